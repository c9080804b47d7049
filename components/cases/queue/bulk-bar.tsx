"use client";

/** Shown while cases are selected: what can be done to all of them at once. */
export function BulkBar({
  count,
  canDismiss,
  canAssign,
  onDismiss,
  onAssign,
  onClear,
}: {
  count: number;
  canDismiss: boolean;
  canAssign: boolean;
  onDismiss: () => void;
  onAssign: () => void;
  onClear: () => void;
}) {
  const button =
    "rounded-md bg-white px-2.5 py-1 font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="sticky top-0 z-10 mb-2 flex items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm"
    >
      <span className="font-medium text-indigo-900">{count} selected</span>
      {canDismiss ? (
        <button type="button" onClick={onDismiss} className={button}>
          Dismiss… <span className="text-slate-400">d</span>
        </button>
      ) : null}
      {canAssign ? (
        <button type="button" onClick={onAssign} className={button}>
          Assign… <span className="text-slate-400">a</span>
        </button>
      ) : null}
      <button type="button" onClick={onClear} className="ml-auto font-medium text-indigo-800 hover:underline">
        Clear selection
      </button>
    </div>
  );
}
