import "server-only";
import { enforcedReasonSql } from "@/lib/cases/enforced-subject";
import { computePriority } from "@/lib/cases/intake/priority";
import type { EnforcedReason } from "@/lib/cases/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingCategory, Severity } from "@/lib/generated/prisma/enums";

/**
 * Recomputes a case's priority from what it holds now: its reports, the
 * detector's violations in the messages concerned, and the account behind
 * the subject (age, payment verification, earlier enforcement).
 */
export async function refreshCasePriority(
  tx: Prisma.TransactionClient,
  caseId: string,
  now = new Date(),
): Promise<number> {
  const scores = await refreshCasePriorities(tx, [{ caseId, now }]);
  const score = scores.get(caseId);
  if (score === undefined) throw new Error(`Case ${caseId} does not exist.`);
  return score;
}

interface PriorityRow {
  id: string;
  reporterCount: number;
  categories: FindingCategory[];
  firstReportedAt: Date;
  automaticReports: number;
  worstSeverity: Severity | null;
  joinedAt: Date | null;
  paymentVerified: boolean | null;
  priorEnforcements: number;
  enforced: EnforcedReason | null;
}

/**
 * refreshCasePriority for many cases in two queries: one reads every input
 * of the formula, one writes the scores.
 */
export async function refreshCasePriorities(
  tx: Prisma.TransactionClient,
  items: { caseId: string; now?: Date }[],
): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  if (items.length === 0) return scores;
  const ids = [...new Set(items.map((i) => i.caseId))];
  // The account behind the subject: the account itself, the job's or the
  // thread's client, or the message's author. The worst violation among the
  // messages concerned: reported ones, the subject message, the thread's,
  // and those in the job's threads, and the job posting's own findings
  // (enum order is LOW < … < CRITICAL).
  const rows = await tx.$queryRaw<PriorityRow[]>`
    SELECT c."id", c."reporterCount", c."categories"::text[] AS "categories", c."firstReportedAt",
      (SELECT count(*)::int FROM "Report" r WHERE r."caseId" = c."id" AND r."source" = 'AUTOMATIC') AS "automaticReports",
      (SELECT max(s)::text FROM (
        SELECT f."severity" AS s FROM "Finding" f
        WHERE f."violation" AND f."messageId" IN (
          SELECT r."messageId" FROM "Report" r WHERE r."caseId" = c."id" AND r."messageId" IS NOT NULL
          UNION ALL SELECT c."messageId"
          UNION ALL SELECT m."id" FROM "Message" m WHERE m."threadId" = c."threadId"
          UNION ALL SELECT m."id" FROM "Message" m JOIN "Thread" t ON t."id" = m."threadId" WHERE t."jobId" = c."jobId")
        UNION ALL
        SELECT jf."severity" FROM "JobFinding" jf WHERE jf."violation" AND jf."jobId" = c."jobId") AS severities) AS "worstSeverity",
      a."joinedAt", a."paymentVerified", ${enforcedReasonSql} AS "enforced",
      (SELECT count(*)::int FROM "Enforcement" e WHERE e."accountId" = a."id" AND e."reversedAt" IS NULL AND e."caseId" <> c."id") AS "priorEnforcements"
    FROM "Case" c
    LEFT JOIN "JobPosting" j ON j."id" = c."jobId"
    LEFT JOIN "Thread" t ON t."id" = c."threadId"
    LEFT JOIN "Message" m ON m."id" = c."messageId"
    LEFT JOIN "Account" a ON a."id" = COALESCE(c."accountId", j."clientId", t."clientId", m."authorId")
    WHERE c."id" = ANY(${ids}::text[])`;

  const nowOf = new Map(items.map((i) => [i.caseId, i.now ?? new Date()]));
  const updates = rows.map((row) => {
    const now = nowOf.get(row.id)!;
    const { score, breakdown } = computePriority({
      reporterCount: row.reporterCount,
      automaticReports: row.automaticReports,
      worstSeverity: row.worstSeverity,
      categories: row.categories,
      accountAgeDays: row.joinedAt ? (now.getTime() - row.joinedAt.getTime()) / 86_400_000 : null,
      paymentVerified: row.paymentVerified,
      priorEnforcements: row.priorEnforcements,
      subjectEnforced: row.enforced,
      waitingHours: (now.getTime() - row.firstReportedAt.getTime()) / 3_600_000,
    });
    scores.set(row.id, score);
    return { id: row.id, priority: score, breakdown };
  });
  await tx.$executeRaw`
    UPDATE "Case" AS c SET "priority" = u."priority", "priorityBreakdown" = u."breakdown", "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS u("id" text, "priority" int, "breakdown" jsonb)
    WHERE c."id" = u."id"`;
  return scores;
}
