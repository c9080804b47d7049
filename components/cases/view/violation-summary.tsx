import { CATEGORY_STYLE } from "@/components/cases/view/category-style";
import type { CaseView } from "@/lib/cases/view/types";
import type { FindingCategory } from "@/lib/generated/prisma/enums";

export function ViolationSummary({ summary }: { summary: CaseView["summary"] }) {
  return (
    <section aria-label="Violation summary" className="mb-4 rounded-lg border border-border bg-surface px-4 py-3">
      <ul className="flex flex-wrap gap-2">
        {(Object.entries(summary.counts) as [FindingCategory, number][]).map(([category, count]) => {
          const style = CATEGORY_STYLE[category];
          return (
            <li
              key={category}
              className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium ${count ? style.chip : "border-border bg-surface text-muted"}`}
            >
              <style.Icon aria-hidden className="h-3.5 w-3.5" />
              {style.label}: <span className="tabular-nums">{count}</span>
            </li>
          );
        })}
      </ul>
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
