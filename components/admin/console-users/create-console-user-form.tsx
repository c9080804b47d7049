"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { createConsoleUserAction } from "@/app/(console)/admin/users/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { CONSOLE_ROLES, createConsoleUserSchema } from "@/lib/admin/console-users/schemas";
import { Button } from "@/components/ui/button";
import { EnumOptions } from "@/components/ui/enum-options";
import { Field, Input, Select } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";

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
      <TextField label="Name" name="name" error={errors.name} />
      <TextField label="Email" name="email" type="email" error={errors.email} />
      <Field label="Role" id="new-user-role">
        <Select name="role" defaultValue="MODERATOR">
          <EnumOptions values={CONSOLE_ROLES} labels={ROLE_LABELS} />
        </Select>
      </Field>
      <TextField
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

/** A text input of the form, with its label and its error (or hint) from the shared schema. */
function TextField({
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
  return (
    <Field label={label} id={`new-user-${name}`} error={error} hint={hint}>
      <Input name={name} type={type} />
    </Field>
  );
}
