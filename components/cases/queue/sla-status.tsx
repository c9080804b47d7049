"use client";

import { useNow } from "@/components/ui/use-now";
import { slaStanding } from "@/lib/cases/sla";
import { cn } from "@/lib/ui/cn";

/**
 * The time left to a case's target, or how long it is overdue: in words,
 * with an icon when breached (never colour alone). Shown once the page has a
 * clock, so the server's render and the browser's agree.
 */
export function SlaStatus({ dueAt, className }: { dueAt: string; className?: string }) {
  const now = useNow();
  if (now === null) return null;
  const standing = slaStanding(dueAt, now);
  return (
    <span
      data-testid="sla"
      data-breached={standing.breached || undefined}
      className={cn(
        "mt-0.5 flex items-center gap-1",
        standing.breached ? "font-medium text-danger-text" : "text-muted",
        className,
      )}
    >
      {standing.breached ? <BreachIcon /> : null}
      {/* Said in full to screen readers; the icon and "overdue" say it on screen, in a narrow column. */}
      {standing.breached ? <span className="sr-only">SLA breached: </span> : null}
      {standing.text}
    </span>
  );
}

function BreachIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 shrink-0 fill-current">
      <path d="M8 1.5a1 1 0 0 1 .87.5l6.5 11.25A1 1 0 0 1 14.5 14.75h-13a1 1 0 0 1-.87-1.5L7.13 2a1 1 0 0 1 .87-.5Zm0 4a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0v-3.5A.75.75 0 0 0 8 5.5Zm0 6.25a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z" />
    </svg>
  );
}
