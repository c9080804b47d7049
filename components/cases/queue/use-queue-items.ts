"use client";

import { useMemo } from "react";
import { useQueue, useQueueCounts, useQueueLive } from "@/components/cases/queue/use-queue";
import { useKeptClaims } from "@/components/cases/queue/use-kept-claims";
import type { QueueCountsResponse, QueueFilters, QueuePage } from "@/lib/cases/queue/schemas";

/** The rows for the filters (pages joined without repeats, claims in flight kept) and the tab counts. */
export function useQueueItems(
  filters: QueueFilters,
  initialFilters: QueueFilters,
  initialPage: QueuePage,
  initialCounts: QueueCountsResponse,
) {
  const first = useMemo(() => ({ filters: initialFilters, page: initialPage }), [initialFilters, initialPage]);
  const liveStatus = useQueueLive();
  const live = liveStatus === "live";
  const query = useQueue(filters, first, live);
  const firstCounts = useMemo(
    () => ({ filters: initialFilters, counts: initialCounts }),
    [initialFilters, initialCounts],
  );
  const countsQuery = useQueueCounts(filters, firstCounts, live);

  const fresh = useMemo(() => {
    const seen = new Set<string>();
    return (query.data?.pages ?? []).flatMap((p) => p.items).filter((i) => !seen.has(i.id) && seen.add(i.id));
  }, [query.data]);
  const kept = useKeptClaims(filters, fresh);

  return { query, items: kept.items, kept, counts: countsQuery.data?.counts ?? null, liveStatus };
}
