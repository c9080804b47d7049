"use client";

import { useNow } from "@/components/ui/use-now";
import { useCallback, useMemo, useState } from "react";
import { effectiveSort, type QueueFilters, type QueueItem, type QueueSort } from "@/lib/cases/queue/schemas";

/** How long a case claimed from the Unassigned tab stays listed there. */
const KEEP_CLAIMED_MS = 2 * 60_000;

/** The server's order, for merging kept rows back into a page. */
function compareFor(sort: QueueSort): (a: QueueItem, b: QueueItem) => number {
  const byId = (a: QueueItem, b: QueueItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case "priority":
      return (a, b) => b.priority - a.priority || byId(a, b);
    case "oldest":
      return (a, b) => a.firstReportedAt.localeCompare(b.firstReportedAt) || byId(a, b);
    case "sla":
      return (a, b) => a.slaDueAt.localeCompare(b.slaDueAt) || byId(a, b);
    case "newest":
      return (a, b) => b.lastReportedAt.localeCompare(a.lastReportedAt) || byId(b, a);
    case "closed":
      return (a, b) => (b.closedAt ?? "").localeCompare(a.closedAt ?? "") || byId(b, a);
  }
}

/**
 * Cases claimed from the Unassigned tab would leave it at the next refresh,
 * under the cursor of someone about to press Enter on them; they stay listed
 * (as "You") until the filters change or a couple of minutes have passed.
 */
export function useKeptClaims(filters: QueueFilters, fresh: QueueItem[]) {
  const [kept, setKept] = useState<ReadonlyMap<string, { item: QueueItem; until: number }>>(new Map());

  const now = useNow() ?? 0;
  const items = useMemo(() => {
    const seen = new Set(fresh.map((i) => i.id));
    const extra = [...kept.values()].filter((k) => !seen.has(k.item.id) && k.until > now).map((k) => k.item);
    return extra.length ? [...fresh, ...extra].sort(compareFor(effectiveSort(filters))) : fresh;
  }, [fresh, kept, filters, now]);

  const keep = useCallback(
    (item: QueueItem) => {
      if (filters.tab !== "unassigned") return;
      setKept((current) => new Map(current).set(item.id, { item, until: Date.now() + KEEP_CLAIMED_MS }));
    },
    [filters.tab],
  );

  /** Applies a change (e.g. a release) to a kept row, if there is one. */
  const update = useCallback((id: string, patch: Partial<QueueItem>) => {
    setKept((current) => {
      const entry = current.get(id);
      return entry ? new Map(current).set(id, { ...entry, item: { ...entry.item, ...patch } }) : current;
    });
  }, []);

  /** Stops keeping a row (its claim was refused). */
  const forget = useCallback((id: string) => {
    setKept((current) => {
      if (!current.has(id)) return current;
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  }, []);

  const clear = useCallback(() => setKept(new Map()), []);

  return { items, keep, forget, update, clear };
}
