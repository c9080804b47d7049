"use client";

import { useEffect, useId, useRef } from "react";
import { PRIORITY_PART_LABELS } from "@/lib/cases/intake/priority";

/**
 * The priority score as a button; pressed (or `p` on the focused row), it
 * shows what the score is made of, so a moderator can see why a case ranks
 * where it does.
 */
export function PriorityBreakdown({
  caseLabel,
  score,
  breakdown,
  open,
  onToggle,
}: {
  caseLabel: string;
  score: number;
  breakdown: Record<string, number>;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const parts = Object.entries(breakdown)
    .filter(([, points]) => points !== 0)
    .sort((a, b) => b[1] - a[1]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onToggle(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open, onToggle]);

  return (
    <div ref={wrapper} className="relative inline-block text-left">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Priority ${score} of ${caseLabel}: ${open ? "hide" : "show"} why`}
        onClick={(event) => {
          event.stopPropagation();
          onToggle(!open);
        }}
        className="inline-flex items-center gap-1.5 rounded-md px-1.5 py-0.5 font-semibold text-fg tabular-nums hover:bg-surface-strong"
      >
        <PriorityMeter score={score} />
        {score}
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label={`Why ${caseLabel} has priority ${score}`}
          className="absolute right-0 z-20 mt-1 w-64 rounded-lg border border-border bg-surface p-3 text-left text-xs shadow-lg"
        >
          <p className="mb-2 font-semibold text-fg">Why priority {score}</p>
          <dl className="space-y-1">
            {parts.map(([part, points]) => (
              <div key={part} className="flex justify-between gap-3">
                <dt className="text-muted">{PRIORITY_PART_LABELS[part] ?? part}</dt>
                <dd className="font-medium text-fg tabular-nums">+{points}</dd>
              </div>
            ))}
          </dl>
          {parts.length === 0 ? <p className="text-muted">Nothing raises this case yet.</p> : null}
        </div>
      ) : null}
    </div>
  );
}

/** Three bars: a glance at the level; the number beside it carries the meaning. */
function PriorityMeter({ score }: { score: number }) {
  const level = score >= 100 ? 3 : score >= 60 ? 2 : 1;
  return (
    <span aria-hidden className="inline-flex items-end gap-px">
      {[1, 2, 3].map((bar) => (
        <span
          key={bar}
          className={`w-1 rounded-sm ${bar <= level ? (level === 3 ? "bg-danger" : level === 2 ? "bg-warning" : "bg-border-strong") : "bg-border"}`}
          style={{ height: 4 + bar * 3 }}
        />
      ))}
    </span>
  );
}
