"use client";

export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="border-danger-line bg-danger-subtle rounded-lg border p-6">
      <h2 className="text-danger-text text-base font-semibold">This account could not be loaded</h2>
      <p className="text-danger-text mt-1 text-sm">
        The console or its database did not answer. Nothing was changed. Try again; if it keeps failing, tell the
        console&apos;s admins.
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-danger text-accent-fg hover:bg-danger-hover mt-4 rounded-md px-3 py-1.5 text-sm font-semibold"
      >
        Try again
      </button>
    </div>
  );
}
