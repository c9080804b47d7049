"use client";

import { formatCount } from "@/lib/ui/time";
import { QUEUE_COUNT_CAP, type QueueCounts, type QueueTab } from "@/lib/cases/queue/schemas";

export const TAB_LABELS: Record<QueueTab, string> = {
  unassigned: "Unassigned",
  mine: "Mine",
  open: "All open",
  escalated: "Escalated",
  appeals: "Appeals",
  resolved: "Resolved",
};

export function QueueTabs({
  tab,
  counts,
  panelId,
  onChange,
}: {
  tab: QueueTab;
  counts: QueueCounts | null;
  panelId: string;
  onChange: (tab: QueueTab) => void;
}) {
  const tabs = Object.keys(TAB_LABELS) as QueueTab[];
  return (
    <div role="tablist" aria-label="Queues" className="flex gap-1 border-b border-border">
      {tabs.map((t, index) => {
        const current = t === tab;
        const count = counts?.[t];
        return (
          <button
            key={t}
            type="button"
            role="tab"
            id={`queue-tab-${t}`}
            aria-selected={current}
            aria-controls={panelId}
            tabIndex={current ? 0 : -1}
            onClick={() => onChange(t)}
            onKeyDown={(event) => {
              // Arrow keys move between tabs, as in every tablist.
              if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
              event.preventDefault();
              const next = tabs[(index + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]!;
              onChange(next);
              document.getElementById(`queue-tab-${next}`)?.focus();
            }}
            className={`-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm ${
              current
                ? "border-accent font-semibold text-fg"
                : "border-transparent text-muted hover:border-border-strong hover:text-fg"
            }`}
          >
            {TAB_LABELS[t]}
            {count !== undefined ? (
              <span
                className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${current ? "bg-accent-subtle text-accent-text" : "bg-surface-strong text-muted"}`}
              >
                {count > QUEUE_COUNT_CAP ? `${formatCount(QUEUE_COUNT_CAP)}+` : formatCount(count)}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
