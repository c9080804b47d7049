"use client";

import { useMemo } from "react";
import { useQueue, useQueueCounts } from "@/components/cases/queue/use-queue";
import { useKeptClaims } from "@/components/cases/queue/use-kept-claims";
import type { QueueCountsResponse, QueueFilters, QueuePage } from "@/lib/cases/queue/schemas";

/** The rows for the filters (pages joined without repeats, claims in flight kept) and the tab counts. */
export function useQueueItems(
  filters: QueueFilters,
  initial: { filters: QueueFilters; page: QueuePage; counts: QueueCountsResponse },
) {
  const first = useMemo(() => ({ filters: initial.filters, page: initial.page }), [initial.filters, initial.page]);
  const query = useQueue(filters, first);
  const firstCounts = useMemo(
    () => ({ filters: initial.filters, counts: initial.counts }),
    [initial.filters, initial.counts],
  );
  const countsQuery = useQueueCounts(filters, firstCounts);

  const fresh = useMemo(() => {
    const seen = new Set<string>();
    return (query.data?.pages ?? []).flatMap((p) => p.items).filter((i) => !seen.has(i.id) && seen.add(i.id));
  }, [query.data]);
  const kept = useKeptClaims(filters, fresh);

  return { query, items: kept.items, kept, counts: countsQuery.data?.counts ?? null };
}
