import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Says what happened to a case since the version someone decided on, so a
 * refused decision explains itself instead of failing silently.
 */
export async function describeChangesSince(tx: Prisma.TransactionClient, caseId: string, version: number): Promise<string> {
  const events = await tx.auditEvent.findMany({
    where: { caseId, caseVersion: { gt: version } },
    orderBy: { id: "asc" },
    take: 5,
    select: { action: true, reason: true, actorKind: true, actor: { select: { name: true } } },
  });
  const what = events.length
    ? events
        .map((e) => {
          const who = e.actor?.name ?? (e.actorKind === "SYSTEM" ? "The system" : "The platform");
          const action = e.action.toLowerCase().replace(/_/g, " ");
          return `${who}: ${action}${e.reason ? ` (“${e.reason.length > 80 ? `${e.reason.slice(0, 80)}…` : e.reason}”)` : ""}`;
        })
        .join("; ")
    : "it was updated";
  return `This case changed since you opened it — ${what}. Your decision was not applied; reload to see the current state and decide again.`;
}
