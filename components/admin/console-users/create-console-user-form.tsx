"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { createConsoleUserAction } from "@/app/(console)/admin/users/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { CONSOLE_ROLES, createConsoleUserSchema } from "@/lib/admin/console-users/schemas";
import { Button } from "@/components/ui/button";
import { EnumOptions } from "@/components/ui/enum-options";
import { FormCard } from "@/components/ui/form-card";

const FIELD = "mt-1 block w-full rounded-md border border-border-strong px-3 py-2 text-sm shadow-sm";

export function CreateConsoleUserForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const raw = Object.fromEntries(new FormData(formElement));
    // The same schema the server uses: errors show before a round trip, and
    // the server still checks everything itself.
    const parsed = createConsoleUserSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await createConsoleUserAction(parsed.data);
      if (result.ok) {
        toast.success(result.message);
        formElement.reset();
        router.refresh();
      } else {
        setErrors(result.fieldErrors ?? {});
        toast.error(result.error);
      }
    });
  }

  return (
    <FormCard onSubmit={onSubmit} headingId="new-user-heading" title="Add a console user">
      <Field label="Name" name="name" error={errors.name} />
      <Field label="Email" name="email" type="email" error={errors.email} />
      <div>
        <label htmlFor="new-user-role" className="block text-sm font-medium text-fg-soft">
          Role
        </label>
        <select id="new-user-role" name="role" className={FIELD} defaultValue="MODERATOR">
          <EnumOptions values={CONSOLE_ROLES} labels={ROLE_LABELS} />
        </select>
      </div>
      <Field
        label="Initial password"
        name="password"
        type="password"
        error={errors.password}
        hint="At least 12 characters; share it privately."
      />
      <Button type="submit" disabled={pending} variant="primary" size="lg" className="w-full">
        {pending ? "Adding…" : "Add user"}
      </Button>
    </FormCard>
  );
}

function Field({
  label,
  name,
  type = "text",
  error,
  hint,
}: {
  label: string;
  name: string;
  type?: string;
  error?: string;
  hint?: string;
}) {
  const id = `new-user-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-fg-soft">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        className={FIELD}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-note` : undefined}
      />
      {error ? (
        <p id={`${id}-note`} className="mt-1 text-xs text-danger-text">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-note`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
