import "server-only";
import { DECISION_ACTIONS, type CaseView } from "@/lib/api/schemas/cases";
import { prisma } from "@/lib/db/prisma";

// Keys of an audit event's data that are the console's business (who did
// it, internal row ids), not the platform's.
const INTERNAL_KEYS = new Set([
  "actorId",
  "userId",
  "email",
  "requestId",
  "enforcementId",
  "noteId",
  "templateId",
  "reportId",
]);

/**
 * A case as the platform sees it: status, what was reported, and the
 * decisions taken, read from the case's audit trail (the record of every
 * decision), without console-internal details such as who decided.
 */
export async function getCaseForPlatform(id: string): Promise<CaseView | null> {
  const kase = await prisma.case.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      subjectType: true,
      job: { select: { externalId: true } },
      account: { select: { externalId: true } },
      thread: { select: { externalId: true } },
      message: { select: { externalId: true } },
      appeal: { select: { externalId: true } },
      createdAt: true,
      lastReportedAt: true,
      closedAt: true,
      reportCount: true,
      reports: {
        orderBy: { createdAt: "asc" },
        select: { externalId: true, source: true, reason: true, createdAt: true },
      },
      events: {
        where: { action: { in: [...DECISION_ACTIONS] } },
        orderBy: { id: "asc" },
        select: { action: true, createdAt: true, reason: true, data: true },
      },
    },
  });
  if (!kase) return null;
  const subjectId = (kase.job ?? kase.account ?? kase.thread ?? kase.message ?? kase.appeal)?.externalId ?? "";
  return {
    id: kase.id,
    number: kase.number,
    status: kase.status,
    subject: { type: kase.subjectType, id: subjectId },
    openedAt: kase.createdAt.toISOString(),
    lastReportedAt: kase.lastReportedAt.toISOString(),
    closedAt: kase.closedAt?.toISOString() ?? null,
    reportCount: kase.reportCount,
    reports: kase.reports.map((r) => ({
      id: r.source === "USER" ? r.externalId : null,
      source: r.source,
      reason: r.reason,
      reportedAt: r.createdAt.toISOString(),
    })),
    decisions: kase.events.map((e) => ({
      action: e.action as CaseView["decisions"][number]["action"],
      decidedAt: e.createdAt.toISOString(),
      reason: e.reason,
      details:
        e.data && typeof e.data === "object" && !Array.isArray(e.data)
          ? Object.fromEntries(Object.entries(e.data).filter(([k]) => !INTERNAL_KEYS.has(k)))
          : {},
    })),
  };
}
