import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { refreshCasePriority } from "@/lib/cases/refresh-priority";
import { subjectColumns, subjectKey, type Subject } from "@/lib/cases/subject";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingCategory, ReportReason, ReportSource } from "@/lib/generated/prisma/enums";

export const OPEN_STATUSES = ["OPEN", "IN_REVIEW", "ESCALATED"] as const;

export interface ReportInput {
  externalId: string;
  source: ReportSource;
  reporterId: string | null;
  reason: ReportReason;
  comment?: string | null;
  categories?: FindingCategory[];
  subject: Subject;
  createdAt?: Date;
}

export interface IntakeResult {
  reportId: string;
  caseId: string;
  duplicate: boolean;
  caseOpened: boolean;
}

/**
 * Files a report into the open case of its subject, opening one when there
 * is none. A report on a subject whose case was already closed opens a new
 * case (linked to the earlier one in its audit entry) rather than reopening
 * it: the earlier decision stays as it was made, and the new report gets a
 * fresh look. Reports are idempotent on their external id.
 */
export async function fileReport(tx: Prisma.TransactionClient, input: ReportInput): Promise<IntakeResult> {
  const existing = await tx.report.findUnique({ where: { externalId: input.externalId }, select: { id: true, caseId: true } });
  if (existing) return { reportId: existing.id, caseId: existing.caseId, duplicate: true, caseOpened: false };

  const key = subjectKey(input.subject);
  // Serialise intake per subject across every app instance, so two reports
  // arriving together join one case instead of racing to open two.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;

  const at = input.createdAt ?? new Date();
  const categories = input.categories ?? [];
  let kase = await tx.case.findFirst({
    where: { subjectKey: key, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, categories: true },
  });
  let caseOpened = false;
  if (!kase) {
    const previous = await tx.case.findFirst({
      where: { subjectKey: key },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    });
    kase = await tx.case.create({
      data: { subjectKey: key, ...subjectColumns(input.subject), firstReportedAt: at, lastReportedAt: at, createdAt: at },
      select: { id: true, categories: true },
    });
    caseOpened = true;
    await recordAudit(tx, {
      action: "CASE_OPENED",
      actorKind: input.source === "AUTOMATIC" ? "SYSTEM" : "PLATFORM",
      caseId: kase.id,
      caseVersion: 1,
      subjectType: input.subject.type,
      subjectId: key.split(":")[1],
      data: previous ? { previousCaseId: previous.id, previousCaseNumber: previous.number } : {},
    });
  }

  const report = await tx.report.create({
    data: {
      externalId: input.externalId,
      source: input.source,
      reporterId: input.reporterId,
      reason: input.reason,
      comment: input.comment ?? null,
      categories,
      ...subjectColumns(input.subject),
      caseId: kase.id,
      createdAt: at,
    },
    select: { id: true },
  });

  const reporters = await tx.report.findMany({
    where: { caseId: kase.id, reporterId: { not: null } },
    distinct: ["reporterId"],
    select: { reporterId: true },
  });
  const merged = [...new Set([...kase.categories, ...categories])];
  const updated = await tx.case.update({
    where: { id: kase.id },
    data: {
      reportCount: { increment: 1 },
      reporterCount: reporters.length,
      categories: merged,
      hasAutomaticReport: input.source === "AUTOMATIC" ? true : undefined,
      lastReportedAt: at,
      version: { increment: 1 },
    },
    select: { version: true },
  });
  await refreshCasePriority(tx, kase.id, at);

  await recordAudit(tx, {
    action: "REPORT_RECEIVED",
    actorKind: input.source === "AUTOMATIC" ? "SYSTEM" : "PLATFORM",
    caseId: kase.id,
    caseVersion: updated.version,
    subjectType: input.subject.type,
    subjectId: key.split(":")[1],
    reason: input.comment ?? null,
    data: { reportId: report.id, source: input.source, reason: input.reason, reporterId: input.reporterId },
  });
  return { reportId: report.id, caseId: kase.id, duplicate: false, caseOpened };
}
