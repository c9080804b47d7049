/**
 * A reported job thread built straight in a database, for the end-to-end
 * fixtures and the case-view benchmark: a client, a freelancer, the job, the
 * thread, its messages with the real detector's findings, and a thread case
 * with its report. Every platform id is `<prefix>:<tag>:…`, so runs never
 * collide. Relative imports: Playwright loads this too.
 */
import { detect } from "../../lib/detection/detect";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Prisma } from "../../lib/generated/prisma/client";

const DAY = 86_400_000;

export interface PartySpec {
  handle: string;
  displayName: string;
  joinedAt: Date;
}

export interface JobThreadSpec {
  prefix: string;
  tag: string;
  client: PartySpec;
  freelancer: PartySpec;
  job: { title: string; description: string; postedAt: Date };
}

export async function createJobThread(prisma: PrismaClient, spec: JobThreadSpec) {
  const external = (what: string) => `${spec.prefix}:${spec.tag}:${what}`;
  const client = await prisma.account.create({
    data: { externalId: external("c"), ...spec.client, kind: "CLIENT" },
  });
  const freelancer = await prisma.account.create({
    data: { externalId: external("f"), ...spec.freelancer, kind: "FREELANCER" },
  });
  const job = await prisma.jobPosting.create({
    data: { externalId: external("j"), clientId: client.id, ...spec.job },
  });
  const thread = await prisma.thread.create({
    data: {
      externalId: external("t"),
      kind: "JOB_MESSAGES",
      jobId: job.id,
      clientId: client.id,
      freelancerId: freelancer.id,
    },
  });
  return { client, freelancer, job, thread };
}

export const daysAgo = (days: number, now = Date.now()) => new Date(now - days * DAY);

export interface MessageRow {
  authorId: string;
  body: string;
  sentAt: Date;
  contractActive: boolean;
}

/** Stores the thread's messages and the detector's findings on them, as the app would. */
export async function storeScannedMessages(
  prisma: PrismaClient,
  thread: { id: string; prefix: string; tag: string },
  messages: MessageRow[],
) {
  const rows = messages.map((m, i) => ({
    id: `${thread.prefix}${thread.tag}m${i}`,
    externalId: `${thread.prefix}:${thread.tag}:m${i}`,
    threadId: thread.id,
    ...m,
  }));
  await prisma.message.createMany({ data: rows });
  const findings = rows.flatMap((r) =>
    detect(r.body, { contractActive: r.contractActive }).map((f) => ({ ...f, messageId: r.id })),
  );
  if (findings.length) await prisma.finding.createMany({ data: findings });
  return { rows, findings };
}

/** An open thread case with one report in it. */
export async function openThreadCase(
  prisma: PrismaClient,
  thread: { id: string; prefix: string; tag: string },
  kase: Omit<Prisma.CaseUncheckedCreateInput, "subjectType" | "subjectKey" | "threadId">,
  report: Omit<Prisma.ReportUncheckedCreateInput, "externalId" | "subjectType" | "threadId" | "caseId">,
) {
  const created = await prisma.case.create({
    data: { subjectType: "THREAD", subjectKey: `THREAD:${thread.id}`, threadId: thread.id, ...kase },
  });
  await prisma.report.create({
    data: {
      externalId: `${thread.prefix}:${thread.tag}:r`,
      subjectType: "THREAD",
      threadId: thread.id,
      caseId: created.id,
      ...report,
    },
  });
  return created;
}
