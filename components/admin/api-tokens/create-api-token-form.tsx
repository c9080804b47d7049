"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { createApiTokenAction } from "@/app/(console)/admin/tokens/actions";
import { createApiTokenSchema } from "@/lib/admin/api-tokens/schemas";

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm";

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
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-labelledby="new-token-heading"
      >
        <h2 id="new-token-heading" className="text-sm font-semibold text-slate-900">
          Create an API token
        </h2>
        <div>
          <label htmlFor="new-token-name" className="block text-sm font-medium text-slate-700">
            Name
          </label>
          <input
            id="new-token-name"
            name="name"
            type="text"
            autoComplete="off"
            placeholder="Marketplace production"
            className={FIELD}
            aria-invalid={error ? true : undefined}
            aria-describedby="new-token-name-note"
          />
          <p id="new-token-name-note" className={`mt-1 text-xs ${error ? "text-red-700" : "text-slate-500"}`}>
            {error ?? "Who or what uses it. The token is shown once, right after it is created."}
          </p>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-800 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
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
    <section aria-labelledby="token-once-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="token-once-heading" className="text-sm font-semibold text-amber-900">
        Copy the token for “{name}” now
      </h2>
      <p className="mt-1 text-xs text-amber-900">
        This is the only time the console shows it; only a hash is kept. Store it in the platform&apos;s secret store.
      </p>
      <div className="mt-3 flex gap-2">
        <input
          ref={input}
          readOnly
          value={token}
          aria-label="New API token"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
        />
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-md bg-amber-800 px-3 py-1.5 text-xs font-semibold text-white hover:bg-amber-900"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <button
        type="button"
        onClick={onDone}
        className="mt-3 text-xs font-medium text-amber-900 underline underline-offset-2"
      >
        I have stored it — hide the token
      </button>
    </section>
  );
}
