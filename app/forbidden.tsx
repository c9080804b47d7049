import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-red-700">403 · Not allowed</p>
        <h1 className="mt-2 text-xl font-semibold text-slate-900">Your role cannot open this page</h1>
        <p className="mt-2 text-sm text-slate-600">
          If you need it for your work, ask a console admin to change your role.
        </p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-700 underline">
          Back to your start page
        </Link>
      </div>
    </main>
  );
}
