"use client";

import { useNow } from "./use-now";
import { formatAbsolute, formatRelative } from "@/lib/ui/time";

/**
 * A time in the viewer's own time zone with its age ("3 h ago"). Rendered
 * on the client so the zone is the moderator's, not the server's.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={now === null ? iso : formatAbsolute(date)} suppressHydrationWarning>
      {now === null ? formatAbsolute(date, "UTC") : formatRelative(date, new Date(now))}
    </time>
  );
}
