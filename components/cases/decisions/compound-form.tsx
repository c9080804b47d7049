"use client";

import { useState } from "react";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import type { CompoundDecisionInput } from "@/lib/cases/decisions/compound-schema";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { visibleString } from "@/lib/ui/visible-text";

interface Props {
  compound: NonNullable<DecisionContextView["compound"]>;
  caseId: string;
  version: number;
  pending: boolean;
  onDecide: (input: Omit<CompoundDecisionInput, "requestId" | "reason">, question: string) => void;
}

/** Take the job down + restrict its poster + thank every reporter: one decision, undone as a whole by staff. */
export function CompoundForm({ compound, caseId, version, pending, onDecide }: Props) {
  const [days, setDays] = useState(7);
  const [thank, setThank] = useState(compound.reporters > 0);
  const thanks =
    thank && compound.reporters
      ? ` and thank ${compound.reporters} reporter${compound.reporters === 1 ? "" : "s"}`
      : "";
  return (
    <details className="border-t border-border px-4 py-3 text-sm">
      <summary className="cursor-pointer rounded text-xs font-semibold text-fg-soft focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none">
        Take the job down, restrict the poster and thank the reporters
      </summary>
      <form
        aria-label="Compound decision"
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          onDecide(
            {
              caseId,
              expectedVersion: version,
              restrictDays: days,
              scopes: ["JOB_POSTING", "MESSAGING"],
              thankReporters: thank,
              confirmed: true,
            },
            `Take “${visibleString(compound.jobTitle)}” down, restrict @${visibleString(compound.posterHandle)} for ${days} day${days === 1 ? "" : "s"} (posting jobs, messaging)${thanks}? Staff can undo it as a whole.`,
          );
        }}
      >
        <div className="flex items-center gap-2">
          <label htmlFor="compound-days" className="text-xs text-fg-soft">
            Restrict @{compound.posterHandle} for (days)
          </label>
          <Input
            id="compound-days"
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            className="w-20"
          />
        </div>
        <label className="flex items-center gap-2 text-xs text-fg-soft">
          <input
            type="checkbox"
            checked={thank}
            onChange={(e) => setThank(e.target.checked)}
            disabled={!compound.reporters}
          />
          Queue a thank-you reply to {compound.reporters} reporter{compound.reporters === 1 ? "" : "s"}
        </label>
        <Button type="submit" variant="soft" disabled={pending} className="w-full">
          Apply all three
        </Button>
      </form>
    </details>
  );
}
