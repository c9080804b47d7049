"use client";

import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { throttle, useLiveStream, type LiveStatus } from "@/components/live/use-live-stream";
import { ASSIGNMENT_TTL_MS, CLAIM_TTL_MS } from "@/lib/cases/claims/policy";
import { fetchJson } from "@/lib/http/fetch-json";
import { QUEUE_COUNTS_REFRESH_MS, QUEUE_REFRESH_MS, queueKeys } from "@/lib/cases/queue/query-keys";
import {
  filtersToSearchParams,
  type BulkActionInput,
  type BulkResult,
  type ClaimResult,
  type QueueCountsResponse,
  type QueueFilters,
  type QueueItem,
  type QueuePage,
} from "@/lib/cases/queue/schemas";

type QueueData = InfiniteData<QueuePage, string | null>;

export function queueUrl(filters: QueueFilters, cursor: string | null, path = "/api/queue"): string {
  const params = filtersToSearchParams(filters);
  // The tab is always sent: the API's default need not match the page's.
  params.set("tab", filters.tab);
  if (cursor) params.set("cursor", cursor);
  return `${path}?${params.toString()}`;
}

/** The tab counts under the current filters: pushed like the rows, polled every QUEUE_COUNTS_REFRESH_MS as the fallback. */
export function useQueueCounts(
  filters: QueueFilters,
  initial: { filters: QueueFilters; counts: QueueCountsResponse },
  live = false,
) {
  // The tab does not change the counts (every tab is counted), so it is left out of the key.
  const countFilters = { ...filters, tab: "unassigned" as const, sort: undefined };
  const isInitial =
    JSON.stringify(countFilters) === JSON.stringify({ ...initial.filters, tab: "unassigned", sort: undefined });
  return useQuery({
    queryKey: queueKeys.counts(countFilters),
    queryFn: ({ signal }) =>
      fetchJson<QueueCountsResponse>(queueUrl(countFilters, null, "/api/queue/counts"), { signal }),
    initialData: isInitial ? initial.counts : undefined,
    initialDataUpdatedAt: isInitial ? new Date(initial.counts.generatedAt).getTime() : undefined,
    // While changes are pushed (useQueueLive) nothing is polled; polling is the fallback.
    refetchInterval: live ? false : QUEUE_COUNTS_REFRESH_MS,
    refetchIntervalInBackground: false,
    placeholderData: keepPreviousData,
  });
}

/**
 * The queue. Changes by others are pushed (useQueueLive invalidates it);
 * only while the live stream is down is it polled every QUEUE_REFRESH_MS. The first
 * page comes rendered from the server; later pages load on demand (keyset).
 */
export function useQueue(filters: QueueFilters, initial: { filters: QueueFilters; page: QueuePage }, live = false) {
  const isInitial = JSON.stringify(filters) === JSON.stringify(initial.filters);
  return useInfiniteQuery({
    queryKey: queueKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchJson<QueuePage>(queueUrl(filters, pageParam), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: isInitial ? { pages: [initial.page], pageParams: [null] } : undefined,
    initialDataUpdatedAt: isInitial ? new Date(initial.page.generatedAt).getTime() : undefined,
    refetchInterval: live ? false : QUEUE_REFRESH_MS,
    refetchIntervalInBackground: false,
    // Switching tabs or filters keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    retry: 2,
  });
}

/** Applies a change to every cached queue list, returning what to restore on failure. */
async function patchQueues(
  queryClient: QueryClient,
  ids: ReadonlySet<string>,
  patch: (item: QueueItem) => QueueItem | null,
) {
  await queryClient.cancelQueries({ queryKey: queueKeys.lists() });
  const snapshot = queryClient.getQueriesData<QueueData>({ queryKey: queueKeys.lists() });
  queryClient.setQueriesData<QueueData>({ queryKey: queueKeys.lists() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.flatMap((item) => {
              if (!ids.has(item.id)) return [item];
              const next = patch(item);
              return next ? [next] : [];
            }),
          })),
        }
      : data,
  );
  return () => {
    for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
  };
}

interface Viewer {
  id: string;
  name: string;
}

/**
 * Claim and release, optimistically: the row changes at once, and if the
 * server refuses (someone else got there first) it changes back and the
 * refusal, naming the holder, is shown.
 */
export function useClaimActions(viewer: Viewer) {
  const queryClient = useQueryClient();
  const settle = () => queryClient.invalidateQueries({ queryKey: queueKeys.all });

  // Claim and release end the same way: roll back with the server's reason,
  // or keep the server's version and claim, and refetch either way.
  const claimOutcome = {
    onError: (error: Error, _item: QueueItem, restore: (() => void) | undefined) => {
      restore?.();
      toast.error(error.message);
    },
    onSuccess: (result: ClaimResult) => {
      void patchQueues(queryClient, new Set([result.caseId]), (row) => ({
        ...row,
        version: result.version,
        claim: result.claim,
      }));
      toast.success(result.message);
    },
    onSettled: settle,
  };

  // Claim (POST) and release (DELETE) of one row, shown at once and rolled back if refused.
  const claimCall = (method: "POST" | "DELETE", patch: (row: QueueItem) => Partial<QueueItem>) => ({
    mutationFn: (item: QueueItem) =>
      fetchJson<ClaimResult>(`/api/cases/${encodeURIComponent(item.id)}/claim`, { method }),
    onMutate: (item: QueueItem) => patchQueues(queryClient, new Set([item.id]), (row) => ({ ...row, ...patch(row) })),
    ...claimOutcome,
  });

  const claim = useMutation(claimCall("POST", claimedBy(viewer)));
  const release = useMutation(claimCall("DELETE", released));

  const claimNext = useMutation({
    mutationFn: () => fetchJson<ClaimResult>("/api/queue/claim-next", { method: "POST" }),
    onError: (error) => {
      toast.error(error.message);
      void settle();
    },
    // No refetch on success: the page is leaving for the case, and a queue
    // read now would only compete with rendering it (the queue's live stream
    // and its next visit bring the rows up to date).
    onSuccess: (result) => toast.success(result.message),
  });

  return { claim, release, claimNext };
}

/**
 * Bulk dismiss and assign. Dismissed rows leave the list at once; a case the
 * server refused comes back with the next refresh, and the toast says why.
 */
export function useBulkActions(assignees: { id: string; name: string }[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkActionInput) => fetchJson<BulkResult>("/api/queue/bulk", { method: "POST", json: input }),
    onMutate: (input) => {
      const ids = new Set(input.cases.map((c) => c.caseId));
      if (input.action === "dismiss") return patchQueues(queryClient, ids, () => null);
      const assignee = assignees.find((a) => a.id === input.assigneeId);
      return patchQueues(queryClient, ids, (row) => ({
        ...row,
        claim: assignee
          ? {
              userId: assignee.id,
              name: assignee.name,
              expiresAt: new Date(Date.now() + ASSIGNMENT_TTL_MS).toISOString(),
            }
          : null,
      }));
    },
    onError: (error, _input, restore) => {
      restore?.();
      toast.error(error.message);
    },
    onSuccess: (result) => {
      if (result.outcomes.every((o) => o.ok)) toast.success(result.message);
      else toast.warning(result.message, { duration: 10_000 });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

/**
 * The queue's live updates: every committed case change (lib/live) refetches
 * the rows at once (then at most once a second while changes keep coming)
 * and the counts at most every 3 seconds (they cost more to compute).
 */
export function useQueueLive(): LiveStatus {
  const queryClient = useQueryClient();
  const [refresh] = useState(() => {
    const lists = throttle(() => void queryClient.invalidateQueries({ queryKey: queueKeys.lists() }), 1_000);
    const counts = throttle(
      () => void queryClient.invalidateQueries({ queryKey: [...queueKeys.all, "counts"] }),
      3_000,
    );
    return () => (lists(), counts());
  });
  return useLiveStream("/api/queue/events", { onChanges: refresh, onLive: refresh });
}

/** A row as it looks once `viewer` holds it (until the server answers). */
function claimedBy(viewer: { id: string; name: string }) {
  return (row: QueueItem): Partial<QueueItem> => ({
    status: row.status === "OPEN" ? "IN_REVIEW" : row.status,
    claim: { userId: viewer.id, name: viewer.name, expiresAt: new Date(Date.now() + CLAIM_TTL_MS).toISOString() },
  });
}

/** A row as it looks once released (until the server answers). */
function released(row: QueueItem): Partial<QueueItem> {
  return { status: row.status === "IN_REVIEW" ? "OPEN" : row.status, claim: null };
}
