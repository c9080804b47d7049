"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { PrefetchKind } from "next/dist/client/components/router-reducer/router-reducer-types";

type Router = ReturnType<typeof useRouter>;

/** The case page's address (the one the queue, claim-next and "apply and next" open). */
export const caseHref = (id: string) => `/cases/${encodeURIComponent(id)}`;

/**
 * Prefetches a case page in full (its data and its code), so opening it is
 * a client-side render with nothing to wait for. Kept by the router for
 * staleTimes.static (next.config.ts); a page opened from it that is already
 * behind (the moderator's own claim came after it) is refreshed by its live
 * stream's catch-up (components/cases/live-case-banner.tsx).
 */
export function prefetchCase(router: Router, id: string | null | undefined) {
  // Next's PrefetchKind is an enum not exported from a public entry point; its value is the string.
  if (id) router.prefetch(caseHref(id), { kind: "full" as PrefetchKind });
}

/**
 * How long after opening a case the one after it is prefetched: later than
 * the page being opened, whose server render it would otherwise slow down,
 * and far sooner than a moderator decides.
 */
export const AFTER_OPEN_MS = 1_500;

/** Prefetches the case after the one just opened, once that one has had the server to itself. */
export function prefetchCaseAfterOpening(router: Router, id: string | null | undefined) {
  if (id) setTimeout(() => prefetchCase(router, id), AFTER_OPEN_MS);
}

/** How long the cursor must rest on a row before its case is prefetched (j/k through rows fetch nothing). */
export const SETTLE_MS = 120;

/**
 * Prefetches the cases a moderator is likely to open next: the queue's
 * focused row (Enter) and the case claim-next would take (n), once the
 * cursor has rested on the row for SETTLE_MS (the first ones at once: the
 * moderator may press a key as soon as the queue shows).
 */
export function useCasePrefetch(ids: readonly (string | null | undefined)[]) {
  const router = useRouter();
  const first = useRef(true);
  const key = [...new Set(ids.filter((id): id is string => !!id))].join(" ");
  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(
      () => {
        for (const id of key.split(" ")) prefetchCase(router, id);
      },
      first.current ? 0 : SETTLE_MS,
    );
    first.current = false;
    return () => clearTimeout(timer);
  }, [key, router]);
}
