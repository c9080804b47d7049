"use client";

import type { Suggestion } from "@/lib/cases/decisions/strike-ladder";

/** The strike ladder's suggestion with every reason it rests on; the moderator decides. */
export function SuggestionBox({ suggestion, onUse }: { suggestion: Suggestion; onUse: (() => void) | null }) {
  const step =
    suggestion.action === "RESTRICT" ? `restrict for ${suggestion.days} days` : suggestion.action.toLowerCase();
  return (
    <div className="border-b border-slate-100 px-4 py-2 text-xs text-slate-700" data-testid="suggestion">
      <p>
        <span className="font-semibold">Suggested next step:</span> {step}. {suggestion.why}
      </p>
      <ul aria-label="Reasons for the suggestion" className="mt-1 list-disc space-y-0.5 pl-4 text-slate-600">
        {suggestion.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {onUse ? (
        <button
          type="button"
          className="mt-1 rounded font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none"
          onClick={onUse}
        >
          Use the suggestion
        </button>
      ) : null}
    </div>
  );
}
