"use client";

export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h2 className="text-base font-semibold text-red-900">This account could not be loaded</h2>
      <p className="mt-1 text-sm text-red-800">
        The console or its database did not answer. Nothing was changed. Try again; if it keeps failing, tell the
        console&apos;s admins.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
