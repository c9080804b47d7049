import type { Metadata } from "next";
import { after } from "next/server";
import { QueueView } from "@/components/cases/queue/queue-view";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { nextCaseToClaim } from "@/lib/cases/claims/claims";
import { countQueue, listAssignees, listQueue } from "@/lib/cases/queue/list";
import { filtersFromSearchParams, QUEUE_PAGE_SIZE } from "@/lib/cases/queue/schemas";
import { refreshWaitingPointsIfDue } from "@/lib/cases/queue/waiting";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("queue:read");
  const filters = filtersFromSearchParams(await searchParams);
  // The first page is rendered here, so the queue shows at once; the client
  // then keeps it live.
  const now = new Date();
  const canClaim = can(actor.role, "case:claim");
  const [page, counts, assignees, nextToClaim] = await Promise.all([
    listQueue(actor, { ...filters, limit: QUEUE_PAGE_SIZE }, now),
    countQueue(actor, { ...filters, limit: QUEUE_PAGE_SIZE }, now),
    listAssignees(),
    canClaim ? nextCaseToClaim(now) : null,
  ]);
  after(() => refreshWaitingPointsIfDue().catch((error) => console.error("waiting refresh failed", error)));
  return (
    <QueueView
      viewer={{
        id: actor.id,
        name: actor.name,
        role: actor.role,
        can: {
          claim: canClaim,
          decide: can(actor.role, "case:decide"),
          assign: can(actor.role, "case:assign"),
        },
      }}
      assignees={assignees}
      initialFilters={filters}
      initialPage={page}
      initialCounts={{ counts, generatedAt: now.toISOString() }}
      nextToClaim={nextToClaim}
    />
  );
}
