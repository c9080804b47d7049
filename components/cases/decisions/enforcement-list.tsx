"use client";

import { RelativeTime } from "@/components/ui/relative-time";
import type { EnforcementRow } from "@/lib/cases/decisions/context";
import type { DecisionInput } from "@/lib/cases/decisions/schemas";
import { ENFORCEMENT_ITEM_LABELS } from "@/lib/cases/labels";
import { Button } from "@/components/ui/button";

const KIND = ENFORCEMENT_ITEM_LABELS;

interface Props {
  caseId: string;
  version: number;
  rows: EnforcementRow[];
  pending: boolean;
  onDecide: (decision: DecisionInput) => void;
}

export function EnforcementList({ caseId, version, rows, pending, onDecide }: Props) {
  if (rows.length === 0) return null;
  return (
    <div className="border-t border-border px-4 py-3">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Enforcement on these accounts</h3>
      <ul className="mt-1 space-y-2 text-xs">
        {rows.map((e) => (
          <li
            key={e.id}
            className="flex items-start justify-between gap-2"
            aria-label={`${KIND[e.kind].label} on ${e.target}`}
          >
            <div className={e.reversed ? "text-muted" : "text-fg-soft"}>
              <p>
                <span className="font-medium">{KIND[e.kind].label}</span> · {e.target}
                {e.reversed ? " · reversed" : ""}
              </p>
              <p>
                by {e.actor}, <RelativeTime iso={e.at} />
                {e.endsAt && !e.reversed ? (
                  <>
                    {" "}
                    · ends <RelativeTime iso={e.endsAt} />
                  </>
                ) : null}
              </p>
            </div>
            {e.canReverse ? (
              <Button
                size="sm"
                disabled={pending}
                onClick={() =>
                  onDecide({
                    action: "REVERSE",
                    caseId,
                    expectedVersion: version,
                    requestId: crypto.randomUUID(),
                    reason: "",
                    enforcementId: e.id,
                    confirmed: true,
                  })
                }
              >
                {KIND[e.kind].undo}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
