/**
 * How long claims last, shared by the server (lib/cases/claims/claims.ts) and the
 * queue's optimistic display.
 */

/** Inactivity after which a claim lapses; activity on the case extends it. */
export const CLAIM_TTL_MS = 15 * 60_000;

/**
 * An assignment by staff waits for its assignee through a shift, not just a
 * quarter of an hour; once they work on it, activity extends it as usual.
 */
export const ASSIGNMENT_TTL_MS = 8 * 3_600_000;
