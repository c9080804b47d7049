import type { LiveStatus } from "@/components/live/use-live-stream";

/** A small, calm line saying whether changes arrive by themselves; text, not colour alone. */
export function LiveIndicator({ status, fallback }: { status: LiveStatus; fallback: string }) {
  return (
    <p role="status" data-live={status} className="inline-flex items-center gap-1.5 text-xs text-muted">
      <span
        aria-hidden
        className={`size-2 rounded-full ${status === "live" ? "bg-success" : status === "down" ? "bg-warning" : "bg-border-strong"}`}
      />
      {status === "live"
        ? "Live: changes appear as they happen"
        : status === "down"
          ? `Live updates paused: ${fallback}, reconnecting…`
          : "Connecting live updates…"}
    </p>
  );
}
