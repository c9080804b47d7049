"use client";

export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-danger-line bg-danger-subtle p-6">
      <h2 className="text-base font-semibold text-danger-text">This account could not be loaded</h2>
      <p className="mt-1 text-sm text-danger-text">
        The console or its database did not answer. Nothing was changed. Try again; if it keeps failing, tell the
        console&apos;s admins.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-danger px-3 py-1.5 text-sm font-semibold text-accent-fg hover:bg-danger-hover"
      >
        Try again
      </button>
    </div>
  );
}
