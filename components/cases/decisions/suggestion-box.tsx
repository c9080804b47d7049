"use client";

import type { Suggestion } from "@/lib/cases/decisions/strike-ladder";
import { Button } from "@/components/ui/button";

/** The strike ladder's suggestion with every reason it rests on; the moderator decides. */
export function SuggestionBox({ suggestion, onUse }: { suggestion: Suggestion; onUse: (() => void) | null }) {
  const step =
    suggestion.action === "RESTRICT" ? `restrict for ${suggestion.days} days` : suggestion.action.toLowerCase();
  return (
    <div className="border-b border-border px-4 py-2 text-xs text-fg-soft" data-testid="suggestion">
      <p>
        <span className="font-semibold">Suggested next step:</span> {step}. {suggestion.why}
      </p>
      <ul aria-label="Reasons for the suggestion" className="mt-1 list-disc space-y-0.5 pl-4 text-muted">
        {suggestion.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {onUse ? (
        <Button variant="link" size="sm" className="mt-1" onClick={onUse}>
          Use the suggestion
        </Button>
      ) : null}
    </div>
  );
}
