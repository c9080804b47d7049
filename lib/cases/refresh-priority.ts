import "server-only";
import { computePriority } from "@/lib/cases/priority";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Severity } from "@/lib/generated/prisma/enums";

const SEVERITY_ORDER: Severity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

/**
 * Recomputes a case's priority from what it holds now: its reports, the
 * detector's violations in the messages concerned, and the account behind
 * the subject (age, payment verification, earlier enforcement).
 */
export async function refreshCasePriority(tx: Prisma.TransactionClient, caseId: string, now = new Date()): Promise<number> {
  const kase = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      subjectType: true,
      jobId: true,
      accountId: true,
      threadId: true,
      messageId: true,
      reporterCount: true,
      categories: true,
      firstReportedAt: true,
      job: { select: { clientId: true } },
      thread: { select: { clientId: true } },
      message: { select: { authorId: true } },
    },
  });
  const automaticReports = await tx.report.count({ where: { caseId, source: "AUTOMATIC" } });

  const severities = await tx.$queryRaw<{ severity: Severity }[]>`
    SELECT DISTINCT f."severity"
    FROM "Finding" f
    JOIN "Message" m ON m."id" = f."messageId"
    LEFT JOIN "Thread" t ON t."id" = m."threadId"
    WHERE f."violation"
      AND (
        m."id" IN (SELECT r."messageId" FROM "Report" r WHERE r."caseId" = ${caseId} AND r."messageId" IS NOT NULL)
        OR m."id" = ${kase.messageId}
        OR m."threadId" = ${kase.threadId}
        OR t."jobId" = ${kase.jobId}
      )`;
  const worstSeverity = severities
    .map((s) => s.severity)
    .sort((a, b) => SEVERITY_ORDER.indexOf(b) - SEVERITY_ORDER.indexOf(a))[0] ?? null;

  const accountId = kase.accountId ?? kase.job?.clientId ?? kase.thread?.clientId ?? kase.message?.authorId ?? null;
  const account = accountId
    ? await tx.account.findUnique({ where: { id: accountId }, select: { joinedAt: true, paymentVerified: true } })
    : null;
  const priorEnforcements = accountId
    ? await tx.enforcement.count({ where: { accountId, reversedAt: null, caseId: { not: caseId } } })
    : 0;

  const { score, breakdown } = computePriority({
    reporterCount: kase.reporterCount,
    automaticReports,
    worstSeverity,
    categories: kase.categories,
    accountAgeDays: account ? (now.getTime() - account.joinedAt.getTime()) / 86_400_000 : null,
    paymentVerified: account ? account.paymentVerified : null,
    priorEnforcements,
    waitingHours: (now.getTime() - kase.firstReportedAt.getTime()) / 3_600_000,
  });
  await tx.case.update({ where: { id: caseId }, data: { priority: score, priorityBreakdown: breakdown } });
  return score;
}
