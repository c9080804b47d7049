import "server-only";
import { receiveAppeal } from "@/lib/appeals/intake";
import { hashPassword } from "@/lib/auth/password";
import { caseRequestId } from "@/lib/cases/bulk";
import { decide } from "@/lib/cases/decisions/decide";
import { fileReport } from "@/lib/cases/intake/intake";
import { categoriesForReason } from "@/lib/cases/intake/reasons";
import type { Subject } from "@/lib/cases/subject";
import { prisma } from "@/lib/db/prisma";
import { caseReference } from "@/lib/cases/labels";
import { DEMO_CONSOLE_USERS } from "@/lib/demo/console-users";
import {
  demoAppealAccounts,
  demoAppealJobs,
  demoAppealReports,
  demoAppeals,
  demoAppealThreads,
} from "@/lib/demo/demo-appeals";
import {
  demoAccounts,
  demoForumTopics,
  demoJobs,
  demoReports,
  demoThreads,
  type DemoAccount,
  type DemoForumTopic,
  type DemoJob,
  type DemoReport,
  type DemoSubject,
  type DemoThread,
} from "@/lib/demo/demo-data";
import { scanMessage } from "@/lib/scanning/scan";
import { scanJobs } from "@/lib/scanning/scan-job";
import { DEFAULT_TEMPLATES } from "@/lib/replies/default-templates";
import type { NewMessage } from "@/lib/platform/messages";
import { createEnforcement } from "@/lib/statements/issue";

const DAY = 86_400_000;
const MINUTE = 60_000;

export type SeedProgress = (step: string, done: number, total: number) => void;

/**
 * Writes the demo data. Every row is keyed by a stable external id
 * ("demo:<key>"), so running it again changes nothing; times are relative
 * to `now`, so a fresh demo always looks current.
 */
export async function seedDemo(progress: SeedProgress = () => {}, now = new Date()): Promise<void> {
  const at = (daysAgo: number, minutes = 0) => new Date(now.getTime() - daysAgo * DAY + minutes * MINUTE);

  for (const [i, user] of DEMO_CONSOLE_USERS.entries()) {
    const exists = await prisma.consoleUser.findUnique({ where: { email: user.email }, select: { id: true } });
    if (!exists) {
      await prisma.consoleUser.create({
        data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
      });
    }
    progress("console users", i + 1, DEMO_CONSOLE_USERS.length);
  }

  await seedReplyTemplates(progress);

  await seedContent(demoContent, at, now, progress);

  // Job postings are scanned last, so the cases their automatic reports
  // open come after every case above (demo case numbers stay stable).
  await scanDemoJobs(demoJobs, now, progress);

  // Last, so every case above keeps its number: the decisions under appeal and their appeals.
  await seedDemoAppeals(at, now, progress);
}

/**
 * The demo's appeals, through the same paths as real ones: their
 * conversations and reports, the first staff member's restriction through
 * decide(), then the client's appeal through receiveAppeal(). A re-seed
 * leaves an appeal already received alone.
 */
async function seedDemoAppeals(at: (daysAgo: number, minutes?: number) => Date, now: Date, progress: SeedProgress) {
  const ids = await seedContent(
    {
      accounts: demoAppealAccounts,
      jobs: demoAppealJobs,
      threads: demoAppealThreads,
      forumTopics: [],
      reports: demoAppealReports,
    },
    at,
    now,
    progress,
  );
  await scanDemoJobs(demoAppealJobs, now, progress);
  const decider = await prisma.consoleUser.findFirstOrThrow({
    where: { role: "STAFF" },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, role: true },
  });
  for (const [i, appeal] of demoAppeals.entries()) {
    const externalId = `demo:${appeal.key}`;
    if (await prisma.appeal.findUnique({ where: { externalId }, select: { id: true } })) continue;
    const threadId = lookup(ids.threads, appeal.threadKey, "thread");
    const kase = await prisma.case.findFirstOrThrow({
      where: { threadId, subjectType: "THREAD" },
      orderBy: { number: "asc" },
      select: { id: true, number: true, version: true },
    });
    // A request id derived from the appeal: a seed interrupted after the decision does not decide twice.
    await decide(decider, {
      action: "RESTRICT",
      accountId: lookup(ids.accounts, appeal.accountKey, "account"),
      days: appeal.restriction.days,
      scopes: appeal.restriction.scopes,
      caseId: kase.id,
      expectedVersion: kase.version,
      requestId: caseRequestId(externalId, kase.id),
      reason: appeal.restriction.reason,
      confirmed: true,
    });
    await receiveAppeal({
      id: externalId,
      accountId: `demo:${appeal.accountKey}`,
      caseId: caseReference(kase.number),
      statement: appeal.statement,
      submittedAt: new Date().toISOString(),
    });
    progress("appeals", i + 1, demoAppeals.length);
  }
}

/** Scans the jobs once: a re-seed leaves jobs already scanned alone. */
async function scanDemoJobs(jobs: DemoJob[], now: Date, progress: SeedProgress) {
  const unscanned = await prisma.jobPosting.findMany({
    where: { externalId: { in: jobs.map((j) => `demo:${j.key}`) }, scannedAt: null },
    orderBy: { postedAt: "asc" },
    select: { id: true },
  });
  for (const [i, job] of unscanned.entries()) {
    await prisma.$transaction((tx) => scanJobs(tx, [job.id], now));
    progress("job postings", i + 1, unscanned.length);
  }
}

export interface DemoContent {
  accounts: DemoAccount[];
  jobs: DemoJob[];
  threads: DemoThread[];
  forumTopics: DemoForumTopic[];
  reports: DemoReport[];
}

const demoContent: DemoContent = {
  accounts: demoAccounts,
  jobs: demoJobs,
  threads: demoThreads,
  forumTopics: demoForumTopics,
  reports: demoReports,
};

export interface SeededIds {
  accounts: Map<string, string>;
  jobs: Map<string, { id: string; clientId: string }>;
  threads: Map<string, string>;
}

/**
 * Accounts, jobs, threads with their scanned messages, forum topics and
 * reports, each upserted by its stable external id.
 */
async function seedContent(
  content: DemoContent,
  at: (daysAgo: number, minutes?: number) => Date,
  now: Date,
  progress: SeedProgress,
): Promise<SeededIds> {
  const accountIds = new Map<string, string>();
  for (const [i, a] of content.accounts.entries()) {
    const restricted = a.status === "RESTRICTED";
    const row = await prisma.account.upsert({
      where: { externalId: `demo:${a.key}` },
      create: {
        externalId: `demo:${a.key}`,
        handle: a.handle,
        displayName: a.displayName,
        kind: a.kind,
        country: a.country,
        joinedAt: at(a.joinedDaysAgo),
        paymentVerified: a.paymentVerified,
        badges: a.badges,
        status: a.status ?? "ACTIVE",
        restrictedUntil: restricted ? at(-(a.restrictedForDays ?? 7)) : null,
        restrictionScopes: restricted ? ["MESSAGING"] : [],
        strikeCount: a.strikeCount ?? 0,
      },
      update: {},
      select: { id: true },
    });
    accountIds.set(a.key, row.id);
    // An account's status is what its enforcement history says (lib/accounts/enforcement.ts), so a
    // demo account that arrives restricted or suspended gets the enforcement that explains it.
    if (a.status === "RESTRICTED" || a.status === "SUSPENDED") {
      const kind = a.status === "RESTRICTED" ? "RESTRICTION" : "SUSPENSION";
      const has = await prisma.enforcement.findFirst({ where: { accountId: row.id, kind }, select: { id: true } });
      if (!has) {
        const staff = await prisma.consoleUser.findFirstOrThrow({
          where: { role: "STAFF" },
          orderBy: { createdAt: "asc" },
        });
        // Through the one enforcement path, so the account has its statement of reasons too.
        await prisma.$transaction((tx) =>
          createEnforcement(tx, staff, {
            kind,
            accountId: row.id,
            reason: "Imported with the account from the platform",
            ...(restricted ? { endsAt: at(-(a.restrictedForDays ?? 7)), scopes: ["MESSAGING"] } : {}),
            createdAt: at(Math.min(a.joinedDaysAgo, 3)),
          }),
        );
      }
    }
    progress("accounts", i + 1, content.accounts.length);
  }
  const account = (key: string) => lookup(accountIds, key, "account");

  const jobIds = new Map<string, { id: string; clientId: string }>();
  for (const [i, j] of content.jobs.entries()) {
    const clientId = account(j.clientKey);
    const row = await prisma.jobPosting.upsert({
      where: { externalId: `demo:${j.key}` },
      create: {
        externalId: `demo:${j.key}`,
        clientId,
        title: j.title,
        description: j.description,
        status: j.status ?? "OPEN",
        postedAt: at(j.postedDaysAgo),
      },
      update: {},
      select: { id: true },
    });
    jobIds.set(j.key, { id: row.id, clientId });
    progress("jobs", i + 1, content.jobs.length);
  }

  const threadIds = new Map<string, string>();
  const messageIds = new Map<string, string>();
  const totalMessages =
    content.threads.reduce((n, t) => n + t.messages.length, 0) +
    content.forumTopics.reduce((n, t) => n + t.posts.length, 0);
  let messagesDone = 0;

  for (const t of content.threads) {
    const job = lookup(jobIds, t.jobKey, "job");
    const freelancerId = account(t.freelancerKey);
    const thread = await prisma.thread.upsert({
      where: { externalId: `demo:${t.key}` },
      create: {
        externalId: `demo:${t.key}`,
        kind: "JOB_MESSAGES",
        jobId: job.id,
        clientId: job.clientId,
        freelancerId,
        createdAt: at(t.startedDaysAgo),
      },
      update: {},
      select: { id: true },
    });
    threadIds.set(t.key, thread.id);

    const sentAt = (index: number) => at(t.startedDaysAgo, t.messages[index]?.minutesAfterStart ?? 0);
    const contract = t.contract;
    if (contract) {
      await prisma.contract.upsert({
        where: { externalId: `demo:${t.key}:contract` },
        create: {
          externalId: `demo:${t.key}:contract`,
          threadId: thread.id,
          startedAt: new Date(sentAt(contract.startsAtMessage).getTime() - MINUTE),
          endedAt:
            contract.endsAtMessage === undefined ? null : new Date(sentAt(contract.endsAtMessage).getTime() - MINUTE),
        },
        update: {},
      });
    }
    for (const [index, m] of t.messages.entries()) {
      const contractActive =
        !!contract &&
        index >= contract.startsAtMessage &&
        (contract.endsAtMessage === undefined || index < contract.endsAtMessage);
      const id = await upsertMessage({
        externalId: `demo:${t.key}:${index}`,
        threadId: thread.id,
        authorId: m.from === "client" ? job.clientId : freelancerId,
        body: m.text,
        sentAt: sentAt(index),
        contractActive,
      });
      messageIds.set(`${t.key}:${index}`, id);
      progress("messages", ++messagesDone, totalMessages);
    }
  }

  for (const topic of content.forumTopics) {
    const thread = await prisma.thread.upsert({
      where: { externalId: `demo:${topic.key}` },
      create: {
        externalId: `demo:${topic.key}`,
        kind: "FORUM_TOPIC",
        title: topic.title,
        createdAt: at(topic.startedDaysAgo),
      },
      update: {},
      select: { id: true },
    });
    threadIds.set(topic.key, thread.id);
    for (const [index, post] of topic.posts.entries()) {
      const id = await upsertMessage({
        externalId: `demo:${topic.key}:${index}`,
        threadId: thread.id,
        authorId: account(post.authorKey),
        body: post.text,
        sentAt: at(topic.startedDaysAgo, post.minutesAfterStart),
        contractActive: false,
      });
      messageIds.set(`${topic.key}:${index}`, id);
      progress("messages", ++messagesDone, totalMessages);
    }
  }

  const toSubject = (s: DemoSubject): Subject => {
    switch (s.type) {
      case "JOB":
        return { type: "JOB", jobId: lookup(jobIds, s.jobKey, "job").id };
      case "ACCOUNT":
        return { type: "ACCOUNT", accountId: account(s.accountKey) };
      case "THREAD":
        return { type: "THREAD", threadId: lookup(threadIds, s.threadKey, "thread") };
      case "MESSAGE":
        return { type: "MESSAGE", messageId: lookup(messageIds, `${s.threadKey}:${s.messageIndex}`, "message") };
    }
  };
  // Oldest first, so cases open and grow in the order the reports arrived.
  const reports = [...content.reports].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const [i, r] of reports.entries()) {
    await prisma.$transaction((tx) =>
      fileReport(tx, {
        externalId: `demo:${r.key}`,
        source: "USER",
        reporterId: account(r.reporterKey),
        reason: r.reason,
        comment: r.comment ?? null,
        categories: categoriesForReason(r.reason),
        subject: toSubject(r.subject),
        createdAt: new Date(now.getTime() - r.hoursAgo * 3_600_000),
      }),
    );
    progress("reports", i + 1, reports.length);
  }

  return { accounts: accountIds, jobs: jobIds, threads: threadIds };
}

/**
 * The starter reply templates, keyed by name and never updated: staff's
 * edits and archiving survive a re-seed.
 */
export async function seedReplyTemplates(progress: SeedProgress = () => {}): Promise<void> {
  for (const [i, template] of DEFAULT_TEMPLATES.entries()) {
    await prisma.replyTemplate.upsert({ where: { name: template.name }, create: template, update: {} });
    progress("reply templates", i + 1, DEFAULT_TEMPLATES.length);
  }
}

async function upsertMessage(input: NewMessage): Promise<string> {
  const existing = await prisma.message.findUnique({ where: { externalId: input.externalId }, select: { id: true } });
  if (existing) return existing.id;
  return prisma.$transaction(async (tx) => {
    const message = await tx.message.create({ data: input, select: { id: true } });
    await scanMessage(tx, message.id);
    return message.id;
  });
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what} "${key}".`);
  return value;
}

/** Whether the database already holds console users (then start skips seeding). */
export async function hasConsoleUsers(): Promise<boolean> {
  return (await prisma.consoleUser.count()) > 0;
}
