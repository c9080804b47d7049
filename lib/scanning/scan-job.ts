import "server-only";
import { createHash } from "node:crypto";
import { fileReports } from "@/lib/cases/intake/intake";
import { reasonForCategories } from "@/lib/cases/intake/reasons";
import { cuid } from "@/lib/db/ids";
import { countFindings } from "@/lib/metrics/prometheus";
import { detect, findingFields, type Finding } from "@/lib/detection/detect";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingCategory, JobTextField } from "@/lib/generated/prisma/enums";
import { reportedOutcome, type ScanOutcome } from "@/lib/scanning/scan";

export interface ScannableJob {
  id: string;
  title: string;
  description: string;
}

export interface JobFindingOf extends Finding {
  /** Which text the span is in: offsets are into the title or into the description. */
  field: JobTextField;
}

/**
 * The detector's findings in a job posting. A job's text is public and no
 * contract exists yet with anyone reading it, so it is judged as text before
 * a contract (`contractActive: false`): "contact our HR on Telegram" in a
 * description is exactly what scam postings carry.
 */
export function detectInJob(job: Pick<ScannableJob, "title" | "description">): JobFindingOf[] {
  return [
    ...detect(job.title, { contractActive: false }).map((f) => ({ ...f, field: "TITLE" as const })),
    ...detect(job.description, { contractActive: false }).map((f) => ({ ...f, field: "DESCRIPTION" as const })),
  ];
}

/**
 * A short fingerprint of a job's text. The automatic report of a violating
 * job is keyed by it: rescanning the same text never files a second report,
 * while a scammer who edits the posting into a new violating text gets a
 * fresh report (and a fresh look, if the earlier case was closed).
 */
export function jobTextKey(job: Pick<ScannableJob, "title" | "description">): string {
  return createHash("sha256").update(job.title).update("\u0000").update(job.description).digest("hex").slice(0, 16);
}

/**
 * Scans job postings (title and description) and replaces their stored
 * findings, stamping the detector version, with a fixed number of queries
 * whatever the number of jobs. A violating job files one automatic report
 * into the case of the job, through the same intake as every report.
 */
export async function scanJobs(
  tx: Prisma.TransactionClient,
  jobIds: string[],
  now = new Date(),
): Promise<Map<string, ScanOutcome>> {
  const outcomes = new Map<string, ScanOutcome>();
  if (jobIds.length === 0) return outcomes;
  const jobs = await tx.$queryRaw<ScannableJob[]>`
    SELECT "id", "title", "description" FROM "JobPosting" WHERE "id" = ANY(${jobIds}::text[]) ORDER BY "id"`;
  if (jobs.length === 0) return outcomes;
  const ids = jobs.map((j) => j.id);
  const scanned = jobs.map((job) => ({ job, findings: detectInJob(job) }));

  await tx.$executeRaw`DELETE FROM "JobFinding" WHERE "jobId" = ANY(${ids}::text[])`;
  await tx.$executeRaw`
    UPDATE "JobPosting" SET "detectorVersion" = ${DETECTOR_VERSION}, "scannedAt" = ${now.toISOString()}::timestamp(3)
    WHERE "id" = ANY(${ids}::text[])`;
  const rows = scanned.flatMap(({ job, findings }) =>
    findings.map((f) => ({
      id: cuid(),
      jobId: job.id,
      field: f.field,
      ...findingFields(f),
    })),
  );
  countFindings(rows);
  if (rows.length) {
    await tx.$executeRaw`
      INSERT INTO "JobFinding" ("id", "jobId", "field", "category", "ruleId", "start", "end", "value", "violation", "severity", "explanation", "createdAt")
      SELECT f."id", f."jobId", f."field"::"JobTextField", f."category"::"FindingCategory", f."ruleId", f."start", f."end", f."value", f."violation",
             f."severity"::"Severity", f."explanation", ${now.toISOString()}::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS f(
        "id" text, "jobId" text, "field" text, "category" text, "ruleId" text, "start" int, "end" int, "value" text, "violation" boolean, "severity" text, "explanation" text)`;
  }

  for (const { job, findings } of scanned) {
    outcomes.set(job.id, { findings: findings.length, violations: 0, reported: false, caseId: null });
  }
  const violating = scanned
    .map(({ job, findings }) => ({ job, findings, violations: findings.filter((f) => f.violation) }))
    .filter((s) => s.violations.length > 0);
  const filed = await fileReports(
    tx,
    violating.map(({ job, violations }) => {
      const categories = [...new Set(violations.map((f) => f.category as FindingCategory))];
      return {
        externalId: `auto:job:${job.id}:${jobTextKey(job)}`,
        source: "AUTOMATIC" as const,
        reporterId: null,
        reason: reasonForCategories(categories),
        comment: null,
        categories,
        subject: { type: "JOB" as const, jobId: job.id },
        createdAt: now,
      };
    }),
  );
  violating.forEach(({ job, findings, violations }, i) =>
    outcomes.set(job.id, reportedOutcome(findings, violations, filed[i]!)),
  );
  return outcomes;
}
