import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { homeFor } from "@/lib/auth/navigation";
import { currentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const actor = await currentActor();
  if (actor) redirect(homeFor(actor.role));
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-xs font-semibold tracking-wider text-accent-text uppercase">Trust &amp; Safety</p>
          <h1 className="mt-1 text-2xl font-semibold text-fg">Sign in to the console</h1>
        </div>
        <SignInForm />
      </div>
    </main>
  );
}
