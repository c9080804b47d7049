import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-danger-text text-sm font-semibold">403 · Not allowed</p>
        <h1 className="text-fg mt-2 text-xl font-semibold">Your role cannot open this page</h1>
        <p className="text-muted mt-2 text-sm">
          If you need it for your work, ask a console admin to change your role.
        </p>
        <Link href="/" className="text-accent-text mt-4 inline-block text-sm font-medium underline">
          Back to your start page
        </Link>
      </div>
    </main>
  );
}
