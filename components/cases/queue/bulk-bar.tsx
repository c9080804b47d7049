"use client";

import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";

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
  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="sticky top-0 z-10 mb-2 flex items-center gap-3 rounded-lg border border-accent-subtle bg-accent-subtle px-4 py-2 text-sm"
    >
      <span className="font-medium text-accent-text">{count} selected</span>
      {canDismiss ? (
        <Button onClick={onDismiss} size="sm">
          Dismiss… <Kbd>d</Kbd>
        </Button>
      ) : null}
      {canAssign ? (
        <Button onClick={onAssign} size="sm">
          Assign… <Kbd>a</Kbd>
        </Button>
      ) : null}
      <Button onClick={onClear} variant="link" size="sm" className="ml-auto">
        Clear selection
      </Button>
    </div>
  );
}
