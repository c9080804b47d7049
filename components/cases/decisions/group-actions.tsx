"use client";

import type { DecisionPart } from "@/components/cases/decisions/use-decision-form";
import { Button } from "@/components/ui/button";

/** Undo a compound decision as a whole (staff), or reopen a case whose decision was reversed. */
export function GroupActions({
  context,
  pending,
  onUndo,
  onReopen,
}: DecisionPart & {
  onUndo: (groupId: string, label: string) => void;
  onReopen: () => void;
}) {
  if (context.groups.length === 0 && !context.canReopen) return null;
  return (
    <div className="space-y-2 border-t border-border px-4 py-3 text-xs">
      {context.groups.map((g) => (
        <div key={g.id} className="flex items-center justify-between gap-2">
          <p className="text-fg-soft">
            <span className="font-medium">Decision in parts:</span> {g.label}
          </p>
          <Button size="sm" disabled={pending} onClick={() => onUndo(g.id, g.label)}>
            Undo all of it
          </Button>
        </div>
      ))}
      {context.canReopen ? (
        <div className="flex items-center justify-between gap-2">
          <p className="text-fg-soft">The decision that closed this case was reversed.</p>
          <Button size="sm" disabled={pending} onClick={onReopen}>
            Reopen the case
          </Button>
        </div>
      ) : null}
    </div>
  );
}
