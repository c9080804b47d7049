import { expect } from "vitest";
import { SafeError } from "@/lib/errors";
import { prisma } from "@/lib/db/prisma";
import type { CaseStatus, FindingCategory } from "@/lib/generated/prisma/enums";
import { makeAccount, makeJob, uid } from "./fixtures";

export interface CaseOverrides {
  priority?: number;
  status?: CaseStatus;
  categories?: FindingCategory[];
  firstReportedAt?: Date;
  lastReportedAt?: Date;
  closedAt?: Date | null;
  claimedById?: string | null;
  claimExpiresAt?: Date | null;
  reporterCount?: number;
  hasAutomaticReport?: boolean;
  jobTitle?: string;
  clientId?: string;
}

/**
 * A case on a fresh job, written directly (not through intake), so tests
 * can set exactly the priority, status and claim they are about.
 */
export async function makeCase(overrides: CaseOverrides = {}) {
  const job =
    overrides.jobTitle || overrides.clientId
      ? await prisma.jobPosting.create({
          data: {
            externalId: `test:${uid()}`,
            clientId: overrides.clientId ?? (await makeAccount()).id,
            title: overrides.jobTitle ?? "Test job",
            description: "Test",
            postedAt: new Date(),
          },
        })
      : await makeJob();
  const at = overrides.firstReportedAt ?? new Date();
  return prisma.case.create({
    data: {
      subjectType: "JOB",
      subjectKey: `JOB:${job.id}`,
      jobId: job.id,
      status: overrides.status ?? "OPEN",
      priority: overrides.priority ?? 10,
      priorityBreakdown: { reporters: overrides.priority ?? 10 },
      categories: overrides.categories ?? [],
      reportCount: 1,
      reporterCount: overrides.reporterCount ?? 1,
      hasAutomaticReport: overrides.hasAutomaticReport ?? false,
      firstReportedAt: at,
      lastReportedAt: overrides.lastReportedAt ?? at,
      closedAt: overrides.closedAt ?? null,
      claimedById: overrides.claimedById ?? null,
      claimedAt: overrides.claimedById ? new Date() : null,
      claimExpiresAt: overrides.claimExpiresAt ?? null,
    },
  });
}

/** A console user shaped as the claim functions take it. */
export function asActor(user: { id: string; name: string; role: "MODERATOR" | "STAFF" | "SUPPORT" | "ADMIN" }) {
  return { id: user.id, name: user.name, role: user.role };
}

export async function auditActions(caseId: string): Promise<string[]> {
  const events = await prisma.auditEvent.findMany({
    where: { caseId },
    orderBy: { id: "asc" },
    select: { action: true },
  });
  return events.map((e) => e.action);
}

/** The SafeError a refused call rejects with (the test fails if it resolves or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<SafeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SafeError);
  return error as SafeError;
}
