import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-danger-text">403 · Not allowed</p>
        <h1 className="mt-2 text-xl font-semibold text-fg">Your role cannot open this page</h1>
        <p className="mt-2 text-sm text-muted">
          If you need it for your work, ask a console admin to change your role.
        </p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-accent-text underline">
          Back to your start page
        </Link>
      </div>
    </main>
  );
}
