"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/http/action";
import { caseHref, prefetchCaseAfterOpening } from "@/components/cases/use-case-prefetch";
import { rememberOwnClaim } from "@/components/cases/own-claims";
import type { ClaimResult } from "@/lib/cases/queue/schemas";
import { fetchJson } from "@/lib/http/fetch-json";

/**
 * Runs one decision action: a toast for every outcome, switching on the
 * error code (a stale case offers a reload); with `next`, then claims the
 * most urgent case nobody holds and opens it. The action revalidates the
 * page itself, so success needs no router.refresh().
 */
export function useDecisionSubmit() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run(
    call: () => Promise<ActionResult<unknown>>,
    {
      next = false,
      onDone,
      onFailed,
    }: { next?: boolean; onDone?: () => void; onFailed?: (fieldErrors: boolean) => void } = {},
  ) {
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        const stale = result.code === "STALE_VERSION";
        toast.error(result.fieldErrors ? Object.values(result.fieldErrors).join(" ") : result.error, {
          duration: stale ? 15_000 : 6_000,
          action: stale ? { label: "Reload", onClick: () => router.refresh() } : undefined,
        });
        onFailed?.(!!result.fieldErrors);
        return;
      }
      toast.success(result.message);
      onDone?.();
      if (!next) return;
      try {
        const claimed = await fetchJson<ClaimResult>("/api/queue/claim-next", { method: "POST" });
        rememberOwnClaim(claimed.caseId, claimed.version);
        router.push(caseHref(claimed.caseId));
        // The case after that one, so the next "apply and next" has it ready.
        prefetchCaseAfterOpening(router, claimed.nextId);
      } catch (error) {
        toast.info(error instanceof Error ? error.message : "Nothing left to claim.");
      }
    });
  }
  return { pending, run };
}
