import "server-only";
import { ACCOUNT_STANDING_SELECT, FINDING_SELECT } from "@/lib/cases/view/selects";
import { loadLinkedAccounts } from "@/lib/accounts/linked";
import type { AccountCaseRow, AccountEnforcementRow, AccountPageView, FlaggedThread } from "@/lib/accounts/types";
import type { ConsoleActor } from "@/lib/auth/session";
import { mayReverse } from "@/lib/cases/decisions/rules";
import { isOpenStatus } from "@/lib/cases/lifecycle";
// Read-only: these queries may be served by the read replica (lib/db/prisma.ts, readPrisma).
import { readPrisma as prisma } from "@/lib/db/prisma";

const MAX_CASES = 200;
const MAX_REPORTS = 100;
const MAX_FLAGGED_MESSAGES = 200;

/**
 * Finds an account by the console's id, the platform's id or its handle
 * ("@name" or "name"), so links from anywhere (and pasted handles) work.
 */
export async function resolveAccountId(idOrHandle: string): Promise<string | null> {
  const key = decodeURIComponent(idOrHandle).trim();
  if (!key) return null;
  const handle = key.replace(/^@/, "").toLowerCase();
  const found = await prisma.account.findFirst({
    where: { OR: [{ id: key }, { externalId: key }, { handle }] },
    select: { id: true },
  });
  return found?.id ?? null;
}

/**
 * Everything the account page shows about one account: who it is and its
 * standing, every case concerning it (as the subject, through its jobs, its
 * messages or its conversations), the reports against it, its flagged
 * messages by thread, its jobs, enforcement history (with what the viewer
 * may reverse), linked accounts two hops out and the notes on it.
 * Null when no account matches.
 */
export async function loadAccountPage(
  idOrHandle: string,
  viewer: Pick<ConsoleActor, "id" | "role">,
): Promise<AccountPageView | null> {
  const id = await resolveAccountId(idOrHandle);
  if (!id) return null;
  const account = await prisma.account.findUnique({
    where: { id },
    select: {
      id: true,
      externalId: true,
      handle: true,
      displayName: true,
      kind: true,
      country: true,
      ...ACCOUNT_STANDING_SELECT,
    },
  });
  if (!account) return null;

  const [cases, reports, flagged, jobs, enforcements, linked, notes] = await Promise.all([
    loadCases(id),
    prisma.report.findMany({
      where: { OR: [{ accountId: id }, { job: { clientId: id } }, { message: { authorId: id } }] },
      orderBy: { createdAt: "desc" },
      take: MAX_REPORTS,
      select: {
        id: true,
        source: true,
        reason: true,
        comment: true,
        subjectType: true,
        createdAt: true,
        case: { select: { id: true, number: true } },
        reporter: { select: { id: true, handle: true } },
      },
    }),
    prisma.message.findMany({
      where: { authorId: id, findings: { some: { violation: true } } },
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      take: MAX_FLAGGED_MESSAGES,
      select: {
        id: true,
        body: true,
        sentAt: true,
        contractActive: true,
        threadId: true,
        findings: {
          orderBy: { start: "asc" },
          select: FINDING_SELECT,
        },
      },
    }),
    prisma.jobPosting.findMany({
      where: { clientId: id },
      orderBy: { postedAt: "desc" },
      select: {
        id: true,
        title: true,
        status: true,
        postedAt: true,
        _count: { select: { cases: { where: { status: { in: ["OPEN", "IN_REVIEW", "ESCALATED"] } } } } },
      },
    }),
    prisma.enforcement.findMany({
      where: { OR: [{ accountId: id }, { job: { clientId: id } }] },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        kind: true,
        reason: true,
        createdAt: true,
        endsAt: true,
        scopes: true,
        badge: true,
        reversedAt: true,
        reversalReason: true,
        actor: { select: { id: true, name: true } },
        reversedBy: { select: { name: true } },
        job: { select: { title: true } },
        case: { select: { id: true, number: true, version: true, status: true } },
      },
    }),
    loadLinkedAccounts(id),
    prisma.accountNote.findMany({
      where: { accountId: id },
      orderBy: { createdAt: "desc" },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);

  const flaggedThreads = await groupByThread(id, flagged);
  const now = new Date();

  return {
    ...account,
    joinedAt: account.joinedAt.toISOString(),
    restrictedUntil: account.restrictedUntil?.toISOString() ?? null,
    strikes: enforcements
      .filter((e) => e.kind === "WARNING")
      .map((e) => ({
        id: e.id,
        at: e.createdAt.toISOString(),
        reason: e.reason,
        endsAt: e.endsAt?.toISOString() ?? null,
        withdrawn: e.reversedAt !== null || (e.endsAt !== null && e.endsAt <= now),
        caseNumber: e.case?.number ?? null,
      })),
    cases,
    openCaseCount: cases.filter((c) => isOpenStatus(c.status)).length,
    reports: reports.map((r) => ({
      id: r.id,
      caseId: r.case.id,
      caseNumber: r.case.number,
      source: r.source,
      reason: r.reason,
      comment: r.comment,
      subjectType: r.subjectType,
      reporter: r.reporter,
      at: r.createdAt.toISOString(),
    })),
    flaggedThreads,
    flaggedMessageCount: flagged.length,
    jobs: jobs.map((j) => ({
      id: j.id,
      title: j.title,
      status: j.status,
      postedAt: j.postedAt.toISOString(),
      openCases: j._count.cases,
    })),
    enforcements: enforcements.map((e): AccountEnforcementRow => ({
      id: e.id,
      kind: e.kind,
      target: e.job ? `job “${e.job.title}”` : e.badge ? `badge “${e.badge}”` : `@${account.handle}`,
      reason: e.reason,
      actor: e.actor.name,
      at: e.createdAt.toISOString(),
      endsAt: e.endsAt?.toISOString() ?? null,
      scopes: e.scopes,
      reversed: e.reversedAt
        ? { at: e.reversedAt.toISOString(), by: e.reversedBy?.name ?? null, reason: e.reversalReason }
        : null,
      case: e.case,
      // Reversal is a decision on the enforcement's case (lib/cases/decisions), which checks all of this again.
      canReverse: !e.reversedAt && e.case !== null && mayReverse(viewer.role, viewer.id, e.actor.id),
    })),
    linked,
    notes: notes.map((n) => ({ id: n.id, body: n.body, author: n.author.name, at: n.createdAt.toISOString() })),
  };
}

/** How many open cases concern the account (as on its page). */
export async function countOpenCases(accountId: string): Promise<number> {
  return (await loadCases(accountId)).filter((c) => isOpenStatus(c.status)).length;
}

/**
 * Every case concerning the account: as the reported account, through a
 * job it posted, a message it wrote, or a conversation it is part of. Four
 * index lookups (an OR over relations makes the planner scan every case).
 */
async function loadCases(id: string): Promise<AccountCaseRow[]> {
  const rows = await prisma.$queryRaw<
    (Omit<AccountCaseRow, "openedAt" | "closedAt"> & { createdAt: Date; closedAt: Date | null })[]
  >`
    SELECT DISTINCT ON (c."id") c."id", c."number", c."status", c."subjectType", o."relation",
           c."categories"::text[] AS "categories", c."reportCount", c."createdAt", c."closedAt"
    FROM (
      SELECT c."id", 'ACCOUNT' AS "relation", 1 AS "rank" FROM "Case" c WHERE c."accountId" = ${id}
      UNION ALL
      SELECT c."id", 'JOB', 2 FROM "JobPosting" j JOIN "Case" c ON c."jobId" = j."id" WHERE j."clientId" = ${id}
      UNION ALL
      SELECT c."id", 'MESSAGE', 3 FROM "Message" m JOIN "Case" c ON c."messageId" = m."id" WHERE m."authorId" = ${id}
      UNION ALL
      SELECT c."id", 'THREAD', 4 FROM "Thread" t JOIN "Case" c ON c."threadId" = t."id"
      WHERE t."clientId" = ${id} OR t."freelancerId" = ${id}
    ) o
    JOIN "Case" c ON c."id" = o."id"
    ORDER BY c."id", o."rank"`;
  return rows
    .sort(
      (a, b) =>
        Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status)) ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    )
    .slice(0, MAX_CASES)
    .map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      subjectType: r.subjectType,
      relation: r.relation,
      categories: r.categories,
      reportCount: r.reportCount,
      openedAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
    }));
}

type FlaggedMessage = {
  id: string;
  body: string;
  sentAt: Date;
  contractActive: boolean;
  threadId: string;
  findings: FlaggedThread["messages"][number]["findings"];
};

/** The flagged messages by thread (threads with the newest flagged message first), each with its contract state. */
async function groupByThread(accountId: string, messages: FlaggedMessage[]): Promise<FlaggedThread[]> {
  const threadIds = [...new Set(messages.map((m) => m.threadId))];
  if (threadIds.length === 0) return [];
  const threads = await prisma.thread.findMany({
    where: { id: { in: threadIds } },
    select: {
      id: true,
      kind: true,
      title: true,
      job: { select: { title: true } },
      client: { select: { id: true, handle: true } },
      freelancer: { select: { id: true, handle: true } },
      contracts: { orderBy: { startedAt: "asc" }, select: { startedAt: true, endedAt: true } },
    },
  });
  const byId = new Map(threads.map((t) => [t.id, t]));
  const now = new Date();
  return threadIds
    .map((threadId) => byId.get(threadId))
    .filter((t): t is NonNullable<typeof t> => !!t)
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title ?? t.job?.title ?? "Conversation",
      counterpart:
        t.kind === "FORUM_TOPIC" ? null : t.client?.id === accountId ? (t.freelancer ?? null) : (t.client ?? null),
      contracts: t.contracts.map((c) => ({
        startedAt: c.startedAt.toISOString(),
        endedAt: c.endedAt?.toISOString() ?? null,
      })),
      contractNow: t.contracts.some((c) => c.startedAt <= now && (!c.endedAt || c.endedAt > now)),
      messages: messages
        .filter((m) => m.threadId === t.id)
        .map((m) => ({
          id: m.id,
          body: m.body,
          sentAt: m.sentAt.toISOString(),
          contractActive: m.contractActive,
          findings: m.findings,
        })),
    }));
}
