"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.");
        return;
      }
      router.replace("/");
      router.refresh();
    } catch {
      setError("The console could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-border bg-surface p-6 shadow-sm" noValidate>
      <Field label="Email" id="email">
        <Input name="email" type="email" autoComplete="username" required autoFocus className="py-2" />
      </Field>
      <Field label="Password" id="password">
        <Input name="password" type="password" autoComplete="current-password" required className="py-2" />
      </Field>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-danger-line bg-danger-subtle px-3 py-2 text-sm text-danger-text"
        >
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} variant="primary" size="lg" className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
