"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { LiveIndicator } from "@/components/live/live-indicator";
import { useLiveStream } from "@/components/live/use-live-stream";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { CaseChangeEvent } from "@/lib/live/changes";
import { changesToAnnounce, describeCaseChange } from "@/lib/live/describe";

/**
 * Keeps an open case page live: when someone else claims, decides, reverses
 * or reopens the case (or a report joins it), a banner says what changed and
 * by whom, within about a second of the commit. "Show the changes" refreshes
 * the page's data in place; what the moderator typed in the decision form stays.
 * A page just opened that is already behind (rendered from a prefetch made
 * before the moderator's own claim, or a change landed while it loaded) is
 * refreshed without a banner: nobody has read it yet, and a decision on it
 * would be refused as stale.
 */
export function LiveCaseBanner({ caseId, version, viewerId }: { caseId: string; version: number; viewerId: string }) {
  const router = useRouter();
  const [events, setEvents] = useState<CaseChangeEvent[]>([]);
  // A batch too large to carry its events says only that the case changed.
  const [changedUnseen, setChangedUnseen] = useState<number | null>(null);
  const addEvents = (added: CaseChangeEvent[]) =>
    setEvents((known) => {
      const seen = new Set(known.map((e) => e.id));
      return [...known, ...added.filter((e) => !seen.has(e.id))];
    });
  const status = useLiveStream(`/api/cases/${encodeURIComponent(caseId)}/events?since=${version}`, {
    onChanges: (changes) => {
      if ("events" in changes) addEvents(changes.events);
      else setChangedUnseen(version);
    },
    onMissed: (missed, reconnected) => {
      if (reconnected) addEvents(missed);
      else router.refresh();
    },
  });

  const shown = changesToAnnounce(events, version, viewerId);
  const latest = shown.at(-1);
  const stale = latest || changedUnseen === version;
  return (
    <div className="mb-3 space-y-2">
      <div role="status" aria-live="polite">
        {stale ? (
          <Alert tone="warning" data-testid="live-case-banner">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span>
                {latest ? (
                  <>
                    {describeCaseChange(latest)} <RelativeTime iso={latest.at} clock={false} />
                    {shown.length > 1 ? ` (and ${shown.length - 1} more change${shown.length > 2 ? "s" : ""})` : ""}.
                  </>
                ) : (
                  "This case changed since you opened it."
                )}{" "}
                A decision now would be refused until you look.
              </span>
              <Button size="sm" onClick={() => router.refresh()}>
                Show the changes
              </Button>
            </p>
          </Alert>
        ) : null}
      </div>
      {status === "live" ? null : <LiveIndicator status={status} fallback="reload the page to see changes" />}
    </div>
  );
}
