import Link from "next/link";

export default function AccountNotFound() {
  return (
    <div className="rounded-lg border border-dashed border-border-strong bg-surface px-6 py-12 text-center">
      <h1 className="text-base font-semibold text-fg">No such account</h1>
      <p className="mt-1 text-sm text-muted">
        No account has this id, platform id or handle. Check the spelling, or search the queue for the handle.
      </p>
      <Link href="/queue" className="mt-4 inline-block text-sm font-medium text-accent-text underline">
        Back to the queue
      </Link>
    </div>
  );
}
