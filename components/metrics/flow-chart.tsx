"use client";

import type { FlowDay } from "@/lib/metrics/days";

/**
 * Incoming and closed per day as paired bars, and the queue's depth at each day's end. Drawn with
 * CSS only; the chart is hidden from screen readers because the table beside it says the same.
 * Incoming is a solid bar and closed an outlined one, so the two differ by more than colour.
 */
export function FlowChart({ days, label }: { days: FlowDay[]; label: (day: string) => string }) {
  const peak = Math.max(1, ...days.map((d) => Math.max(d.incoming, d.closed)));
  const deepest = Math.max(1, ...days.map((d) => d.depth));
  return (
    <div aria-hidden="true" className="space-y-3">
      <div className="flex items-center gap-4 text-xs text-muted">
        <span className="flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm bg-accent" /> Incoming
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm border-2 border-fg-soft bg-surface" /> Closed
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-1 w-4 rounded-sm bg-warning" /> Open at day&apos;s end
        </span>
      </div>
      <div className="flex h-40 items-end gap-1 border-b border-border">
        {days.map((d) => (
          <div key={d.day} className="flex h-full min-w-0 flex-1 items-end justify-center gap-px" title={label(d.day)}>
            <div className="w-1/2 max-w-3 rounded-t-sm bg-accent" style={{ height: `${(d.incoming / peak) * 100}%` }} />
            <div
              className="w-1/2 max-w-3 rounded-t-sm border-2 border-b-0 border-fg-soft bg-surface"
              style={{ height: `${(d.closed / peak) * 100}%` }}
            />
          </div>
        ))}
      </div>
      <div className="flex h-16 items-end gap-1">
        {days.map((d) => (
          <div key={d.day} className="flex h-full min-w-0 flex-1 items-end">
            <div
              className="w-full rounded-t-sm bg-warning"
              style={{ height: `${Math.max(2, (d.depth / deepest) * 100)}%` }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
