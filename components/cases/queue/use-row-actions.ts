"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import { toast } from "sonner";
import type { RowActions } from "@/components/cases/queue/queue-table";
import type { QueueViewer } from "@/components/cases/queue/queue-view";
import { useClaimActions } from "@/components/cases/queue/use-queue";
import { caseHref, prefetchCaseAfterOpening } from "@/components/cases/use-case-prefetch";
import { rememberOwnClaim } from "@/components/cases/own-claims";
import { CLAIM_TTL_MS } from "@/lib/cases/claims/policy";
import { mayActInState } from "@/lib/cases/lifecycle";
import { caseReference } from "@/lib/cases/labels";
import type { QueueItem } from "@/lib/cases/queue/schemas";

interface Kept {
  keep: (item: QueueItem) => void;
  forget: (id: string) => void;
  update: (id: string, patch: Partial<QueueItem>) => void;
}

interface Table {
  canSelect: boolean;
  toggleSelect: (item: QueueItem) => void;
  focusRow: (id: string) => void;
  showBreakdown: (id: string | null) => void;
}

/**
 * Open, claim, release and claim-next, with the answers a row can give
 * without a round trip; `table` is what the table's rows can do.
 */
export function useRowActions(viewer: QueueViewer, kept: Kept, table: Table) {
  const router = useRouter();
  const { claim, release, claimNext } = useClaimActions(viewer);
  const { keep, forget, update } = kept;

  const openCase = useCallback((item: QueueItem) => router.push(caseHref(item.id)), [router]);

  // The kernel's own rule, so the row offers a claim exactly when the server would take it.
  const mayHold = useCallback(
    (item: QueueItem) => mayActInState(item.status, viewer.role, "hold", item.subjectType),
    [viewer.role],
  );

  const claimItem = useCallback(
    (item: QueueItem) => {
      if (!viewer.can.claim) return toast.error("Your role cannot claim cases.");
      if (!mayHold(item))
        return toast.error(
          item.subjectType === "APPEAL"
            ? `${caseReference(item.number)} is an appeal: only staff take and decide appeals.`
            : `${caseReference(item.number)} is escalated: only staff take escalated cases.`,
        );
      if (item.claim?.userId === viewer.id) return toast.info(`You already hold ${caseReference(item.number)}.`);
      // The row already says who holds it; saying it again beats a round trip.
      if (item.claim)
        return toast.error(
          `${caseReference(item.number)} is held by ${item.claim.name}. Pick another case, or ask staff to reassign it.`,
        );
      // Kept from the moment of claiming, not from the answer: a refresh that
      // lands in between would otherwise drop the row from under the cursor.
      keep({
        ...item,
        claim: { userId: viewer.id, name: viewer.name, expiresAt: new Date(Date.now() + CLAIM_TTL_MS).toISOString() },
      });
      claim.mutate(item, {
        onSuccess: (result) => keep({ ...item, version: result.version, claim: result.claim }),
        onError: () => forget(item.id),
      });
    },
    [claim, viewer, keep, forget, mayHold],
  );

  const releaseItem = useCallback(
    (item: QueueItem) => {
      if (item.claim?.userId !== viewer.id) return toast.error(`You do not hold ${caseReference(item.number)}.`);
      release.mutate(item, { onSuccess: (result) => update(item.id, { version: result.version, claim: null }) });
    },
    [release, viewer.id, update],
  );

  const claimNextCase = useCallback(() => {
    if (!viewer.can.claim) return toast.error("Your role cannot claim cases.");
    claimNext.mutate(undefined, {
      onSuccess: (result) => {
        rememberOwnClaim(result.caseId, result.version);
        router.push(caseHref(result.caseId));
        // The case after this one, ready for "apply and next".
        prefetchCaseAfterOpening(router, result.nextId);
      },
    });
  }, [claimNext, router, viewer.can.claim]);

  const pendingIds = useMemo(() => {
    const ids = new Set<string>();
    if (claim.isPending && claim.variables) ids.add(claim.variables.id);
    if (release.isPending && release.variables) ids.add(release.variables.id);
    return ids;
  }, [claim.isPending, claim.variables, release.isPending, release.variables]);

  const { canSelect, toggleSelect, focusRow, showBreakdown } = table;
  const tableActions: RowActions = useMemo(
    () => ({
      canClaim: viewer.can.claim,
      mayHold,
      canSelect,
      onClaim: claimItem,
      onRelease: releaseItem,
      onToggleSelect: toggleSelect,
      onFocusRow: (item) => focusRow(item.id),
      onOpen: openCase,
      onToggleBreakdown: (item, open) => showBreakdown(open ? item.id : null),
    }),
    [viewer.can, mayHold, canSelect, claimItem, releaseItem, toggleSelect, openCase, focusRow, showBreakdown],
  );

  return {
    openCase,
    claimItem,
    releaseItem,
    claimNextCase,
    claimingNext: claimNext.isPending,
    pendingIds,
    tableActions,
  };
}
