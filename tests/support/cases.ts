import { randomUUID } from "node:crypto";
import type { DecisionInput } from "@/lib/cases/decisions/schemas";
import { fileReport } from "@/lib/cases/intake/intake";
import { prisma } from "@/lib/db/prisma";
import { makeAccount, makeJob, uid } from "@/tests/support/fixtures";

type ReportInput = Parameters<typeof fileReport>[1];

/** A report filed in a transaction of its own, with a fresh external id; a user's unless `source` says otherwise. */
export function fileTestReport(input: Omit<ReportInput, "externalId" | "source"> & { source?: ReportInput["source"] }) {
  return prisma.$transaction((tx) => fileReport(tx, { externalId: `test:${uid()}`, source: "USER", ...input }));
}

/** A reported job with its client account and one open case, ready for decisions. */
export async function makeJobCase(options: { badges?: string[] } = {}) {
  const client = await makeAccount({ kind: "CLIENT" });
  if (options.badges) await prisma.account.update({ where: { id: client.id }, data: { badges: options.badges } });
  const job = await makeJob(client.id);
  const reporter = await makeAccount({ kind: "FREELANCER" });
  const { caseId } = await fileTestReport({
    reporterId: reporter.id,
    reason: "SCAM_JOB",
    subject: { type: "JOB", jobId: job.id },
  });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
  return { client, job, reporter, kase };
}

export const request = () => randomUUID();

type DecisionFields = DecisionInput extends infer D
  ? D extends unknown
    ? Omit<D, "caseId" | "expectedVersion" | "requestId">
    : never
  : never;

/** A decision on `kase` at its version (or the one given), with a fresh request id: a test names only what it decides. */
export function decision(kase: { id: string; version: number }, fields: DecisionFields): DecisionInput {
  return { caseId: kase.id, expectedVersion: kase.version, requestId: request(), ...fields } as DecisionInput;
}
