import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { fileReport } from "@/lib/cases/intake/intake";
import { categoriesForReason } from "@/lib/cases/intake/reasons";
import type { Subject } from "@/lib/cases/subject";
import { prisma } from "@/lib/db/prisma";
import { DEMO_CONSOLE_USERS } from "@/lib/demo/console-users";
import {
  demoAccounts,
  demoForumTopics,
  demoJobs,
  demoReports,
  demoThreads,
  type DemoSubject,
} from "@/lib/demo/demo-data";
import { scanMessage } from "@/lib/scanning/scan";
import { scanJobs } from "@/lib/scanning/scan-job";
import { DEFAULT_TEMPLATES } from "@/lib/replies/default-templates";

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

  const accountIds = new Map<string, string>();
  for (const [i, a] of demoAccounts.entries()) {
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
        await prisma.enforcement.create({
          data: {
            kind,
            accountId: row.id,
            actorId: staff.id,
            reason: "Imported with the account from the platform",
            ...(restricted ? { endsAt: at(-(a.restrictedForDays ?? 7)), scopes: ["MESSAGING"] } : {}),
            createdAt: at(Math.min(a.joinedDaysAgo, 3)),
          },
        });
      }
    }
    progress("accounts", i + 1, demoAccounts.length);
  }
  const account = (key: string) => lookup(accountIds, key, "account");

  const jobIds = new Map<string, { id: string; clientId: string }>();
  for (const [i, j] of demoJobs.entries()) {
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
    progress("jobs", i + 1, demoJobs.length);
  }

  const threadIds = new Map<string, string>();
  const messageIds = new Map<string, string>();
  const totalMessages =
    demoThreads.reduce((n, t) => n + t.messages.length, 0) + demoForumTopics.reduce((n, t) => n + t.posts.length, 0);
  let messagesDone = 0;

  for (const t of demoThreads) {
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

  for (const topic of demoForumTopics) {
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
  const reports = [...demoReports].sort((a, b) => b.hoursAgo - a.hoursAgo);
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

  // Job postings are scanned last, so the cases their automatic reports
  // open come after every case above (demo case numbers stay stable).
  // Scanned once: a re-seed leaves jobs already scanned alone.
  const unscanned = await prisma.jobPosting.findMany({
    where: { externalId: { in: demoJobs.map((j) => `demo:${j.key}`) }, scannedAt: null },
    orderBy: { postedAt: "asc" },
    select: { id: true },
  });
  for (const [i, job] of unscanned.entries()) {
    await prisma.$transaction((tx) => scanJobs(tx, [job.id], now));
    progress("job postings", i + 1, unscanned.length);
  }
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

async function upsertMessage(input: {
  externalId: string;
  threadId: string;
  authorId: string;
  body: string;
  sentAt: Date;
  contractActive: boolean;
}): Promise<string> {
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
