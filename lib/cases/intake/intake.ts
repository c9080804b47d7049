import "server-only";
import { subjectTextSql } from "@/lib/cases/subject-text";
import { recordAudits } from "@/lib/audit/record";
import { refreshCasePriorities } from "@/lib/cases/intake/refresh-priority";
import { cuid } from "@/lib/db/ids";
import { addReportsToCases } from "@/lib/cases/kernel";
import { OPEN_STATUSES } from "@/lib/cases/lifecycle";
import { subjectColumns, subjectKey, type Subject } from "@/lib/cases/subject";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingCategory, ReportReason, ReportSource } from "@/lib/generated/prisma/enums";

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
  const [result] = await fileReports(tx, [input]);
  return result!;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const idOf = (key: string) => key.slice(key.indexOf(":") + 1);

/**
 * fileReport for many reports at once, with the same outcome as filing them
 * one by one in order, but a fixed number of queries whatever their number
 * (message ingestion files the detector's reports for a whole batch).
 */
export async function fileReports(tx: Prisma.TransactionClient, inputs: ReportInput[]): Promise<IntakeResult[]> {
  if (inputs.length === 0) return [];
  const results: (IntakeResult | undefined)[] = new Array(inputs.length);

  const earlier = await tx.$queryRaw<{ id: string; externalId: string; caseId: string }[]>`
    SELECT "id", "externalId", "caseId" FROM "Report" WHERE "externalId" = ANY(${[...new Set(inputs.map((i) => i.externalId))]}::text[])`;
  const known = new Map(earlier.map((r) => [r.externalId, { reportId: r.id, caseId: r.caseId }]));

  // The reports to store, grouped by subject; a repeated external id within
  // the inputs is a duplicate of its first occurrence.
  const fresh: { index: number; input: ReportInput; key: string; at: Date }[] = [];
  const firstOf = new Map<string, number>();
  inputs.forEach((input, index) => {
    if (known.has(input.externalId) || firstOf.has(input.externalId)) return;
    firstOf.set(input.externalId, index);
    fresh.push({ index, input, key: subjectKey(input.subject), at: input.createdAt ?? new Date() });
  });

  if (fresh.length) {
    const keys = [...new Set(fresh.map((f) => f.key))].sort(byKey);
    // Serialise intake per subject across every app instance, so two reports
    // arriving together join one case instead of racing to open two. Locks
    // are taken in key order, so two batches never wait on each other in a cycle.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k OFFSET 0) AS ordered`;

    const open = await tx.$queryRaw<
      { id: string; subjectKey: string; categories: FindingCategory[]; reporterCount: number; version: number }[]
    >`
      SELECT "id", "subjectKey", "categories"::text[] AS "categories", "reporterCount", "version" FROM "Case"
      WHERE "subjectKey" = ANY(${keys}::text[]) AND "status" = ANY(${[...OPEN_STATUSES]}::"CaseStatus"[])`;
    const caseOf = new Map(open.map((c) => [c.subjectKey, { ...c, opened: false }]));

    const missing = keys.filter((k) => !caseOf.has(k));
    if (missing.length) {
      const previous = await tx.$queryRaw<{ subjectKey: string; id: string; number: number }[]>`
        SELECT DISTINCT ON ("subjectKey") "subjectKey", "id", "number" FROM "Case"
        WHERE "subjectKey" = ANY(${missing}::text[]) ORDER BY "subjectKey", "number" DESC`;
      const previousOf = new Map(previous.map((p) => [p.subjectKey, p]));
      const firstReport = new Map<string, (typeof fresh)[number]>();
      for (const f of fresh) if (!firstReport.has(f.key)) firstReport.set(f.key, f);
      const newCases = missing.map((key) => {
        const { input, at } = firstReport.get(key)!;
        return { id: cuid(), subjectKey: key, ...subjectColumns(input.subject), at: at.toISOString() };
      });
      const created = await tx.$queryRaw<{ id: string; subjectKey: string; version: number }[]>`
        INSERT INTO "Case" ("id", "subjectKey", "subjectType", "jobId", "accountId", "threadId", "messageId", "firstReportedAt", "lastReportedAt", "createdAt", "updatedAt")
        SELECT c."id", c."subjectKey", c."subjectType"::"SubjectType", c."jobId", c."accountId", c."threadId", c."messageId", c."at", c."at", c."at", now() AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(newCases)}::jsonb) AS c(
          "id" text, "subjectKey" text, "subjectType" text, "jobId" text, "accountId" text, "threadId" text, "messageId" text, "at" timestamp(3))
        RETURNING "id", "subjectKey", "version"`;
      for (const c of created) caseOf.set(c.subjectKey, { ...c, categories: [], reporterCount: 0, opened: true });
      await recordAudits(
        tx,
        created.map((c) => {
          const { input } = firstReport.get(c.subjectKey)!;
          const prev = previousOf.get(c.subjectKey);
          return {
            action: "CASE_OPENED" as const,
            actorKind: input.source === "AUTOMATIC" ? ("SYSTEM" as const) : ("PLATFORM" as const),
            caseId: c.id,
            caseVersion: 1,
            subjectType: input.subject.type,
            subjectId: idOf(c.subjectKey),
            data: prev ? { previousCaseId: prev.id, previousCaseNumber: prev.number } : {},
          };
        }),
      );
    }

    const reportRows = fresh.map(({ input, key, at }) => ({
      id: cuid(),
      externalId: input.externalId,
      source: input.source,
      reporterId: input.reporterId,
      reason: input.reason,
      comment: input.comment ?? null,
      categories: input.categories ?? [],
      ...subjectColumns(input.subject),
      caseId: caseOf.get(key)!.id,
      createdAt: at.toISOString(),
    }));
    await tx.$executeRaw`
      INSERT INTO "Report" ("id", "externalId", "source", "reporterId", "reason", "comment", "categories", "subjectType", "jobId", "accountId", "threadId", "messageId", "caseId", "createdAt", "subjectSnapshot")
      SELECT r."id", r."externalId", r."source"::"ReportSource", r."reporterId", r."reason"::"ReportReason", r."comment", r."categories"::"FindingCategory"[],
             r."subjectType"::"SubjectType", r."jobId", r."accountId", r."threadId", r."messageId", r."caseId", r."createdAt",
             -- the reported text as it reads now, when the report arrives
             ${subjectTextSql("r")}
      FROM jsonb_to_recordset(${JSON.stringify(reportRows)}::jsonb) AS r(
        "id" text, "externalId" text, "source" text, "reporterId" text, "reason" text, "comment" text, "categories" text[],
        "subjectType" text, "jobId" text, "accountId" text, "threadId" text, "messageId" text, "caseId" text, "createdAt" timestamp(3))`;
    const reportIdOf = new Map(reportRows.map((r) => [r.externalId, r.id]));

    // Per case: how many reports arrive, the categories they add, the time of the last one.
    const perCase = new Map<
      string,
      { id: string; count: number; categories: FindingCategory[]; automatic: boolean; last: Date; reporters: number }
    >();
    for (const f of fresh) {
      const kase = caseOf.get(f.key)!;
      const entry = perCase.get(kase.id) ?? {
        id: kase.id,
        count: 0,
        categories: [...kase.categories],
        automatic: false,
        last: f.at,
        reporters: kase.reporterCount,
      };
      entry.count += 1;
      entry.categories = [...new Set([...entry.categories, ...(f.input.categories ?? [])])];
      entry.automatic ||= f.input.source === "AUTOMATIC";
      entry.last = f.at;
      perCase.set(kase.id, entry);
    }
    // Only a report with a reporter can change how many distinct people reported.
    const withReporters = [...new Set(fresh.filter((f) => f.input.reporterId).map((f) => caseOf.get(f.key)!.id))];
    if (withReporters.length) {
      const counts = await tx.$queryRaw<{ caseId: string; n: number }[]>`
        SELECT "caseId", count(DISTINCT "reporterId")::int AS n FROM "Report"
        WHERE "caseId" = ANY(${withReporters}::text[]) AND "reporterId" IS NOT NULL GROUP BY "caseId"`;
      for (const c of counts) perCase.get(c.caseId)!.reporters = c.n;
    }

    const updates = [...perCase.values()].map((u) => ({
      id: u.id,
      count: u.count,
      reporters: u.reporters,
      categories: u.categories,
      automatic: u.automatic,
      last: u.last.toISOString(),
    }));
    const versions = await addReportsToCases(tx, updates);
    // The version each report's audit event records: as if filed one by one.
    const nextVersion = new Map(versions.map((v) => [v.id, v.version - perCase.get(v.id)!.count]));

    await refreshCasePriorities(
      tx,
      [...perCase.values()].map((u) => ({ caseId: u.id, now: u.last })),
    );

    await recordAudits(
      tx,
      fresh.map(({ input, key }) => {
        const kase = caseOf.get(key)!;
        const version = nextVersion.get(kase.id)! + 1;
        nextVersion.set(kase.id, version);
        return {
          action: "REPORT_RECEIVED" as const,
          actorKind: input.source === "AUTOMATIC" ? ("SYSTEM" as const) : ("PLATFORM" as const),
          caseId: kase.id,
          caseVersion: version,
          subjectType: input.subject.type,
          subjectId: idOf(key),
          reason: input.comment ?? null,
          data: {
            reportId: reportIdOf.get(input.externalId)!,
            source: input.source,
            reason: input.reason,
            reporterId: input.reporterId,
          },
        };
      }),
    );

    for (const f of fresh) {
      const kase = caseOf.get(f.key)!;
      // Only the first report of a case opened here opened it.
      const opened = kase.opened && fresh.find((g) => g.key === f.key) === f;
      results[f.index] = {
        reportId: reportIdOf.get(f.input.externalId)!,
        caseId: kase.id,
        duplicate: false,
        caseOpened: opened,
      };
      known.set(f.input.externalId, { reportId: reportIdOf.get(f.input.externalId)!, caseId: kase.id });
    }
  }

  return inputs.map((input, index) => {
    const stored = results[index];
    if (stored) return stored;
    const { reportId, caseId } = known.get(input.externalId)!;
    return { reportId, caseId, duplicate: true, caseOpened: false };
  });
}
