"use client";

/**
 * The versions this tab's own claim-next claims left their cases at (the
 * claim's answer says so), for a case page rendered just before that claim:
 * a page prefetched while the case waited in the queue
 * (components/cases/use-case-prefetch.ts) shows the version before it. When
 * the claim is the only change since (the page shows exactly the version
 * before it), what the page shows is still true but for the claim, so a
 * decision can name the claim's version instead of being refused as stale;
 * the page refreshes itself from its live stream a moment later anyway.
 */
const claimedAt = new Map<string, number>();

export function rememberOwnClaim(caseId: string, version: number) {
  claimedAt.set(caseId, version);
}

/** The version a decision on the page should expect: the shown one, or the own claim's just after it. */
export function versionAfterOwnClaim(caseId: string, shown: number): number {
  const claimed = claimedAt.get(caseId);
  return claimed === shown + 1 ? claimed : shown;
}
