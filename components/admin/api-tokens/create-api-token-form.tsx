"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { createApiTokenAction } from "@/app/(console)/admin/tokens/actions";
import { createApiTokenSchema } from "@/lib/admin/api-tokens/schemas";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";

export function CreateApiTokenForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | undefined>();
  // Held in memory only, until the admin dismisses it: never shown again.
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const parsed = createApiTokenSchema.safeParse(Object.fromEntries(new FormData(formElement)));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    startTransition(async () => {
      const result = await createApiTokenAction(parsed.data);
      if (result.ok) {
        setCreated(result.data);
        formElement.reset();
        router.refresh();
      } else {
        setError(result.fieldErrors?.name);
        toast.error(result.error);
      }
    });
  }

  return (
    <div className="space-y-4">
      {created ? <NewTokenPanel name={created.name} token={created.token} onDone={() => setCreated(null)} /> : null}
      <FormCard onSubmit={onSubmit} headingId="new-token-heading" title="Create an API token">
        <Field
          label="Name"
          id="new-token-name"
          error={error}
          hint="Who or what uses it. The token is shown once, right after it is created."
        >
          <Input name="name" type="text" autoComplete="off" placeholder="Marketplace production" />
        </Field>
        <Button type="submit" disabled={pending} variant="primary" size="lg" className="w-full">
          {pending ? "Creating…" : "Create token"}
        </Button>
      </FormCard>
    </div>
  );
}

function NewTokenPanel({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
    } catch {
      // No clipboard permission: select it so Ctrl-C works.
      input.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
    toast.success("Token copied to the clipboard.");
  }

  return (
    <section
      aria-labelledby="token-once-heading"
      className="rounded-lg border border-warning-line bg-warning-subtle p-4"
    >
      <h2 id="token-once-heading" className="text-sm font-semibold text-warning-text">
        Copy the token for “{name}” now
      </h2>
      <p className="mt-1 text-xs text-warning-text">
        This is the only time the console shows it; only a hash is kept. Store it in the platform&apos;s secret store.
      </p>
      <div className="mt-3 flex gap-2">
        <input
          ref={input}
          readOnly
          value={token}
          aria-label="New API token"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-warning-line bg-surface px-2 py-1.5 font-mono text-xs text-fg"
        />
        <Button onClick={copy} variant="primary" size="sm">
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <Button onClick={onDone} variant="link" size="sm" className="mt-3 text-warning-text underline">
        I have stored it — hide the token
      </Button>
    </section>
  );
}
