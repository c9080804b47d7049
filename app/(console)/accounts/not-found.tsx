import Link from "next/link";

export default function AccountNotFound() {
  return (
    <div className="border-border-strong bg-surface rounded-lg border border-dashed px-6 py-12 text-center">
      <h1 className="text-fg text-base font-semibold">No such account</h1>
      <p className="text-muted mt-1 text-sm">
        No account has this id, platform id or handle. Check the spelling, or search the queue for the handle.
      </p>
      <Link href="/queue" className="text-accent-text mt-4 inline-block text-sm font-medium underline">
        Back to the queue
      </Link>
    </div>
  );
}
