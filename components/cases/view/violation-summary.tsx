import { Flag } from "lucide-react";
import { CATEGORY_STYLE } from "@/components/cases/view/category-style";
import { reportedOnly } from "@/lib/cases/category-tally";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { CaseView } from "@/lib/cases/view/types";
import { cn } from "@/lib/ui/cn";

/**
 * Per category, what the detector found in the conversation and job posting
 * shown, and, marked "reported", what the reports named (the queue's
 * "Reported as" chips): two facts that may differ, so each is named.
 */
export function ViolationSummary({ summary }: { summary: CaseView["summary"] }) {
  const unconfirmed = reportedOnly(summary.categories);
  return (
    <section aria-label="Violation summary" className="mb-4 rounded-lg border border-border bg-surface px-4 py-3">
      <p className="mb-2 text-xs text-muted">
        Violations detected in this conversation and job posting; <Flag aria-hidden className="inline size-3" />{" "}
        <span className="font-medium text-fg-soft">reported</span> marks the categories the reports named (the
        queue&rsquo;s &ldquo;Reported as&rdquo;).
      </p>
      <ul className="flex flex-wrap gap-2">
        {summary.categories.map(({ category, detected, reported }) => {
          const style = CATEGORY_STYLE[category];
          return (
            <li
              key={category}
              data-category={category}
              className={cn(
                "inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium",
                detected ? style.chip : "border-border bg-surface text-muted",
              )}
            >
              <style.Icon aria-hidden className="size-3.5" />
              {style.label}: <span className="tabular-nums">{detected}</span> detected
              {reported ? (
                <span className="inline-flex items-center gap-0.5 border-l border-current/30 pl-1.5 font-normal">
                  <Flag aria-hidden className="size-3" />
                  reported
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {unconfirmed.length ? (
        <p className="mt-2 text-sm text-fg-soft" data-testid="reported-not-detected">
          Reported as {unconfirmed.map((c) => CATEGORY_LABELS[c].toLowerCase()).join(" and ")}, but the detector found
          none here: read the reports to judge it.
        </p>
      ) : null}
      <p className="mt-2 text-sm text-fg-soft">
        {summary.firstViolation ? (
          <>
            <span className="font-medium">First violation</span> (
            {CATEGORY_STYLE[summary.firstViolation.category].label.toLowerCase()}, by @
            {summary.firstViolation.authorHandle}
            {summary.firstViolation.messageId === null ? ", in the job posting" : ""}):{" "}
            {summary.firstViolation.explanation}{" "}
            {summary.firstViolation.messageId !== null ? (
              <span className="text-muted">Press ] to jump to it.</span>
            ) : null}
          </>
        ) : (
          "The detector found no violation in this case's conversation or job posting. Read the reports to judge it."
        )}
      </p>
    </section>
  );
}
