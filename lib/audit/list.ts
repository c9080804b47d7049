import "server-only";
import { prisma } from "@/lib/db/prisma";

export async function listRecentAuditEvents(limit = 100) {
  const events = await prisma.auditEvent.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      action: true,
      actorKind: true,
      reason: true,
      createdAt: true,
      actor: { select: { name: true } },
      case: { select: { number: true } },
    },
  });
  return events.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    actor: e.actor?.name ?? (e.actorKind === "PLATFORM" ? "Platform" : "System"),
    caseNumber: e.case?.number ?? null,
    reason: e.reason,
    createdAt: e.createdAt.toISOString(),
  }));
}

export type AuditRow = Awaited<ReturnType<typeof listRecentAuditEvents>>[number];
