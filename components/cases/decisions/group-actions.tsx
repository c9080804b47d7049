"use client";

import type { DecisionContextView } from "@/lib/cases/decisions/context";

/** Undo a compound decision as a whole (staff), or reopen a case whose decision was reversed. */
export function GroupActions({
  context,
  pending,
  onUndo,
  onReopen,
}: {
  context: DecisionContextView;
  pending: boolean;
  onUndo: (groupId: string, label: string) => void;
  onReopen: () => void;
}) {
  if (context.groups.length === 0 && !context.canReopen) return null;
  return (
    <div className="space-y-2 border-t border-slate-100 px-4 py-3 text-xs">
      {context.groups.map((g) => (
        <div key={g.id} className="flex items-center justify-between gap-2">
          <p className="text-slate-700">
            <span className="font-medium">Decision in parts:</span> {g.label}
          </p>
          <button
            type="button"
            disabled={pending}
            onClick={() => onUndo(g.id, g.label)}
            className="shrink-0 rounded-md border border-slate-300 px-2 py-1 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
          >
            Undo all of it
          </button>
        </div>
      ))}
      {context.canReopen ? (
        <div className="flex items-center justify-between gap-2">
          <p className="text-slate-700">The decision that closed this case was reversed.</p>
          <button
            type="button"
            disabled={pending}
            onClick={onReopen}
            className="shrink-0 rounded-md border border-slate-300 px-2 py-1 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
          >
            Reopen the case
          </button>
        </div>
      ) : null}
    </div>
  );
}
