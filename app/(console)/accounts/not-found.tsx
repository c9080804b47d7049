import Link from "next/link";

export default function AccountNotFound() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h1 className="text-base font-semibold text-slate-900">No such account</h1>
      <p className="mt-1 text-sm text-slate-600">
        No account has this id, platform id or handle. Check the spelling, or search the queue for the handle.
      </p>
      <Link href="/queue" className="mt-4 inline-block text-sm font-medium text-indigo-700 underline">
        Back to the queue
      </Link>
    </div>
  );
}
