import type { QueueFilters } from "@/lib/cases/queue/schemas";

/**
 * Query keys for the queue and case-side data, from one place, so a
 * mutation invalidates exactly what it changed (every queue list after a
 * claim) and nothing is spelled twice.
 */
export const queueKeys = {
  all: ["queue"] as const,
  lists: () => [...queueKeys.all, "list"] as const,
  list: (filters: QueueFilters) => [...queueKeys.lists(), filters] as const,
  counts: (filters: QueueFilters) => [...queueKeys.all, "counts", filters] as const,
};

export const caseKeys = {
  all: ["case"] as const,
  detail: (caseId: string) => [...caseKeys.all, caseId] as const,
  viewers: (caseId: string) => [...caseKeys.detail(caseId), "viewers"] as const,
};

/** How often an open queue asks for changes: claims by others show within about this long. */
export const QUEUE_REFRESH_MS = 2_000;

/** Tab counts are a summary: refreshed less often (and at once after one's own actions). */
export const QUEUE_COUNTS_REFRESH_MS = 10_000;
