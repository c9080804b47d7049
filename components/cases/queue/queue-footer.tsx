"use client";

import { formatCount } from "@/lib/ui/time";
import { QUEUE_COUNT_CAP } from "@/lib/cases/queue/schemas";
import { Button } from "@/components/ui/button";
import { LiveIndicator } from "@/components/live/live-indicator";
import type { LiveStatus as Live } from "@/components/live/use-live-stream";

/** Below the table: whether the list is live, how much of it is shown, and more. */
export function QueueFooter({
  error,
  liveStatus,
  updatedAt,
  shown,
  total,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  error: boolean;
  liveStatus: Live;
  updatedAt: number;
  shown: number;
  total: number | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  return (
    <footer className="mt-3 flex items-center justify-between text-xs text-muted">
      <LiveStatus error={error} liveStatus={liveStatus} updatedAt={updatedAt} />
      <div className="flex items-center gap-3">
        {shown > 0 ? (
          <span>
            Showing {formatCount(shown)}
            {total !== undefined && total >= shown
              ? ` of ${total > QUEUE_COUNT_CAP ? `${formatCount(QUEUE_COUNT_CAP)}+` : formatCount(total)}`
              : ""}
          </span>
        ) : null}
        {hasMore ? (
          <Button onClick={onLoadMore} disabled={loadingMore} size="sm">
            {loadingMore ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    </footer>
  );
}

/** Says the list is live, and says so plainly when the connection drops. */
function LiveStatus({ error, liveStatus, updatedAt }: { error: boolean; liveStatus: Live; updatedAt: number }) {
  if (error) {
    return (
      <p role="status" className="inline-flex items-center gap-1.5 font-medium text-warning-text">
        <span aria-hidden className="size-2 rounded-full bg-warning" />
        Connection lost: showing the last known state, retrying…
      </p>
    );
  }
  return (
    <span title={updatedAt ? `Updated ${new Date(updatedAt).toLocaleTimeString()}` : undefined}>
      <LiveIndicator status={liveStatus} fallback="refreshing every 2 seconds" />
    </span>
  );
}
