"use client";

import { useNow } from "./use-now";
import { formatAbsolute, formatClock, formatRelative } from "@/lib/ui/time";

/**
 * A time in the viewer's own time zone: its age and its clock time ("3 hr. ago · 14:05"). Rendered
 * on the client so the zone is the moderator's, not the server's. `clock={false}` where a column
 * is too narrow for both (the full time stays in the tooltip).
 */
export function RelativeTime({ iso, clock = true }: { iso: string; clock?: boolean }) {
  const now = useNow();
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={now === null ? iso : formatAbsolute(date)} suppressHydrationWarning>
      {now === null
        ? formatAbsolute(date, "UTC")
        : clock
          ? `${formatRelative(date, new Date(now))} · ${formatClock(date, new Date(now))}`
          : formatRelative(date, new Date(now))}
    </time>
  );
}
