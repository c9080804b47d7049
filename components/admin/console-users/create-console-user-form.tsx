"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { createConsoleUserAction } from "@/app/(console)/admin/users/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { CONSOLE_ROLES, createConsoleUserSchema } from "@/lib/admin/console-users/schemas";

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm";

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
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="new-user-heading"
    >
      <h2 id="new-user-heading" className="text-sm font-semibold text-slate-900">
        Add a console user
      </h2>
      <Field label="Name" name="name" error={errors.name} />
      <Field label="Email" name="email" type="email" error={errors.email} />
      <div>
        <label htmlFor="new-user-role" className="block text-sm font-medium text-slate-700">
          Role
        </label>
        <select id="new-user-role" name="role" className={FIELD} defaultValue="MODERATOR">
          {CONSOLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Initial password"
        name="password"
        type="password"
        error={errors.password}
        hint="At least 12 characters; share it privately."
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-800 disabled:opacity-60"
      >
        {pending ? "Adding…" : "Add user"}
      </button>
    </form>
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
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
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
        <p id={`${id}-note`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-note`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
