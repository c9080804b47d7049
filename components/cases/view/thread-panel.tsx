"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { ChevronDown, ChevronUp } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CATEGORY_STYLE } from "@/components/cases/view/category-style";
import { AccountLink } from "@/components/accounts/account-link";
import { FindingInspector } from "@/components/cases/view/finding-inspector";
import { HighlightedText } from "@/components/cases/view/highlighted-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatGap } from "@/lib/ui/time";
import { threadRows, violationStops } from "@/lib/cases/view/thread-rows";
import type { FindingView, ThreadView } from "@/lib/cases/view/types";
import { isTypingTarget } from "@/lib/ui/keyboard";
import { Button } from "@/components/ui/button";
import { UserText } from "@/components/ui/user-text";

const ROLE_BADGE = {
  client: "bg-success-subtle text-success-text border-success-line",
  freelancer: "bg-accent-subtle text-accent-text border-accent-subtle",
  member: "bg-surface-subtle text-fg-soft border-border",
} as const;

/**
 * The reported conversation, virtualised so a 2,000-message thread stays
 * smooth, with jump keys ([ and ]) that scroll to each violation and focus it.
 */
export function ThreadPanel({ thread, focusMessageId }: { thread: ThreadView; focusMessageId?: string | null }) {
  const rows = useMemo(() => threadRows(thread), [thread]);
  const stops = useMemo(() => violationStops(rows), [rows]);
  const [current, setCurrent] = useState(-1);
  const [inspected, setInspected] = useState<FindingView[]>([]);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === "message" ? 96 : 40),
    overscan: 8,
    // Until the scroll box is measured (after the first paint) the virtualiser
    // assumes no room and renders nothing; a likely size (the box is 62vh)
    // lets the first render, on the server too, already show the first messages.
    initialRect: { width: 800, height: 560 },
  });

  const focusFinding = useCallback((findingId: string, attempt = 0) => {
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-finding-ids~="${CSS.escape(findingId)}"]`);
    if (el) {
      el.focus({ preventScroll: false });
      el.scrollIntoView({ block: "center" });
    } else if (attempt < 10) {
      // The row is rendered a frame after the virtualiser scrolls to it.
      requestAnimationFrame(() => focusFinding(findingId, attempt + 1));
    }
  }, []);

  const jump = useCallback(
    (direction: 1 | -1) => {
      if (stops.length === 0) return;
      const next =
        current === -1 ? (direction === 1 ? 0 : stops.length - 1) : (current + direction + stops.length) % stops.length;
      const stop = stops[next]!;
      setCurrent(next);
      virtualizer.scrollToIndex(stop.rowIndex, { align: "center" });
      focusFinding(stop.findingId);
    },
    [current, stops, virtualizer, focusFinding],
  );

  // The rows now render on the server, so their presence no longer means the keys work: this marks the
  // moment the key handler below is attached (tests wait for it, as the queue's data-ready).
  const [keysReady, setKeysReady] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTypingTarget(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "]") {
        event.preventDefault();
        jump(1);
      } else if (event.key === "[") {
        event.preventDefault();
        jump(-1);
      }
    }
    window.addEventListener("keydown", onKey);
    setKeysReady(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [jump]);

  useEffect(() => {
    if (!focusMessageId) return;
    const index = rows.findIndex((r) => r.kind === "message" && r.message.id === focusMessageId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "center" });
  }, [focusMessageId, rows, virtualizer]);

  const activeFindingId = current >= 0 ? (stops[current]?.findingId ?? null) : null;

  return (
    <section
      aria-labelledby="thread-heading"
      data-ready={keysReady || undefined}
      className="rounded-lg border border-border bg-surface"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-2">
        <h2 id="thread-heading" className="text-sm font-semibold text-fg">
          <UserText text={thread.title} />{" "}
          <span className="font-normal text-muted">· {thread.messages.length.toLocaleString("en")} messages</span>
        </h2>
        <div className="flex items-center gap-2 text-sm">
          <span aria-live="polite" className="text-muted">
            {stops.length === 0
              ? "No violations"
              : current === -1
                ? `${stops.length} violations`
                : `Violation ${current + 1} of ${stops.length}`}
          </span>
          <Button onClick={() => jump(-1)} disabled={stops.length === 0} size="sm">
            <ChevronUp aria-hidden className="h-3.5 w-3.5" /> Previous violation <kbd className="text-muted">[</kbd>
          </Button>
          <Button onClick={() => jump(1)} disabled={stops.length === 0} size="sm">
            <ChevronDown aria-hidden className="h-3.5 w-3.5" /> Next violation <kbd className="text-muted">]</kbd>
          </Button>
        </div>
      </div>
      <FindingInspector findings={inspected} />
      <div
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label="Conversation"
        className="h-[62vh] overflow-y-auto"
        data-testid="thread-scroll"
      >
        <ol aria-label="Messages" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute top-0 left-0 w-full"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === "message" ? (
                  <article
                    aria-label={`Message from @${row.message.authorHandle}`}
                    data-message-id={row.message.id}
                    className={`border-b border-border px-4 py-3 ${row.message.contractActive ? "border-l-4 border-l-emerald-300" : "border-l-4 border-l-transparent"} ${focusMessageId === row.message.id ? "bg-warning-subtle/60" : ""}`}
                  >
                    <header className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                      <a href={`#account-${row.message.authorId}`} className="font-semibold text-fg hover:underline">
                        {row.message.authorName}
                      </a>
                      <AccountLink
                        id={row.message.authorId}
                        handle={row.message.authorHandle}
                        prefetch={false}
                        className="text-accent-text underline-offset-2 hover:underline"
                      />
                      <span
                        className={`rounded border px-1.5 py-0.5 font-medium capitalize ${ROLE_BADGE[row.message.authorRole]}`}
                      >
                        {row.message.authorRole}
                      </span>
                      <RelativeTime iso={row.message.sentAt} />
                      {row.gapMs !== null && formatGap(row.gapMs) ? <span>({formatGap(row.gapMs)})</span> : null}
                      <span className={row.message.contractActive ? "text-success-text" : "text-muted"}>
                        {row.message.contractActive ? "under contract" : "no contract"}
                      </span>
                    </header>
                    <HighlightedText
                      text={row.message.body}
                      findings={row.message.findings}
                      activeFindingId={activeFindingId}
                      onInspect={setInspected}
                    />
                  </article>
                ) : (
                  <div
                    role="separator"
                    aria-label={row.kind === "contract-started" ? "Contract started" : "Contract ended"}
                    className="flex items-center gap-3 px-4 py-2"
                  >
                    <span className="h-px flex-1 bg-success-line" />
                    <span className="rounded-full border border-success-line bg-success-subtle px-3 py-0.5 text-xs font-semibold text-success-text">
                      {row.kind === "contract-started" ? "Contract started" : "Contract ended"} ·{" "}
                      <RelativeTime iso={row.at} />
                    </span>
                    <span className="h-px flex-1 bg-success-line" />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      <p className="border-t border-border px-4 py-2 text-xs text-muted">
        Legend:{" "}
        {Object.values(CATEGORY_STYLE).map((s) => (
          <span key={s.tag} className={`mr-2 inline-flex items-center gap-1 rounded border px-1.5 py-0.5 ${s.chip}`}>
            <s.Icon aria-hidden className="h-3 w-3" /> {s.label}
          </span>
        ))}
        <span className="inline-flex items-center rounded border border-border-strong bg-surface-strong px-1.5 py-0.5 text-muted">
          allowed in context (muted)
        </span>
      </p>
    </section>
  );
}
