import "server-only";
import { ACCOUNT_STANDING_SELECT, FINDING_SELECT } from "@/lib/cases/view/selects";
import { tallyCategories } from "@/lib/cases/category-tally";
import { contactVariants } from "@/lib/cases/view/contact-key";
import { subjectLabelOf } from "@/lib/cases/view/subject-label";
import type {
  AccountView,
  CaseView,
  FindingView,
  JobFindingView,
  LinkedAccountView,
  ThreadChoice,
  ThreadView,
  TimelineEntry,
} from "@/lib/cases/view/types";
// Read-only: these queries may be served by the read replica (lib/db/prisma.ts, readPrisma).
import { readPrisma as prisma } from "@/lib/db/prisma";
import { subjectTextSql } from "@/lib/cases/subject-text";
import { snapshotView } from "@/lib/cases/view/snapshot";
import type { AccountStatus, CaseStatus } from "@/lib/generated/prisma/enums";

/**
 * Everything a moderator needs to decide a case, in one object: the thread
 * with its stored findings, the reports, the people and job involved, the
 * accounts that share this case's contact values, notes and the timeline.
 * Returns null when the case does not exist.
 */
export async function loadCaseView(caseId: string, options: { threadId?: string } = {}): Promise<CaseView | null> {
  const kase = await prisma.case.findUnique({
    where: { id: caseId },
    include: {
      claimedBy: { select: { id: true, name: true } },
      job: { select: { id: true, title: true, status: true, postedAt: true, description: true, clientId: true } },
      account: { select: { id: true, handle: true } },
      thread: {
        select: {
          id: true,
          title: true,
          clientId: true,
          freelancerId: true,
          jobId: true,
          job: { select: { title: true } },
        },
      },
      message: { select: { id: true, threadId: true, authorId: true, author: { select: { handle: true } } } },
      appeal: { select: { case: { select: { number: true } }, account: { select: { handle: true } } } },
    },
  });
  if (!kase) return null;

  // The thread is known up front for thread and message cases: load it
  // alongside everything else instead of after choosing it.
  const knownThreadId = options.threadId ?? kase.threadId ?? kase.message?.threadId ?? null;
  const [threadChoices, knownThread, reports, notes, events, snapshots] = await Promise.all([
    threadChoicesFor(kase),
    knownThreadId ? loadThread(knownThreadId).catch(() => null) : Promise.resolve(null),
    prisma.report.findMany({
      where: { caseId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        source: true,
        reason: true,
        comment: true,
        createdAt: true,
        messageId: true,
        reporter: { select: { id: true, handle: true, displayName: true } },
      },
    }),
    prisma.caseNote.findMany({
      where: { caseId },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
    prisma.auditEvent.findMany({
      where: { caseId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        action: true,
        actorKind: true,
        reason: true,
        data: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    // What each reporter saw, beside the text as it reads now.
    prisma.$queryRaw<{ id: string; snapshot: unknown; current: unknown }[]>`
      SELECT r."id", r."subjectSnapshot" AS "snapshot", ${subjectTextSql("r")} AS "current"
      FROM "Report" r WHERE r."caseId" = ${caseId}`,
  ]);
  const snapshotOf = new Map(snapshots.map((s) => [s.id, snapshotView(s.snapshot, s.current)]));
  const chosen =
    threadChoices.find((t) => t.id === knownThread?.id) ??
    [...threadChoices].sort((a, b) => b.violationCount - a.violationCount)[0] ??
    null;
  const thread =
    knownThread && chosen?.id === knownThread.id ? knownThread : chosen ? await loadThread(chosen.id) : null;

  const accountIds = new Set<string>();
  const roles = new Map<string, string>();
  const addAccount = (id: string | null | undefined, role: string) => {
    if (!id) return;
    accountIds.add(id);
    if (!roles.has(id)) roles.set(id, role);
  };
  addAccount(kase.accountId, "Reported account");
  addAccount(kase.message?.authorId, "Message author");
  addAccount(kase.job?.clientId, "Client");
  addAccount(thread?.clientId, "Client");
  addAccount(thread?.freelancerId, "Freelancer");
  for (const m of thread?.messages ?? []) addAccount(m.authorId, "Participant");

  const [accounts, threadJob, linked] = await Promise.all([
    loadAccounts([...accountIds], roles, caseId),
    // A thread's job is the job of the case too: it is what a take-down acts on.
    !kase.job && thread?.jobId
      ? prisma.jobPosting.findUnique({
          where: { id: thread.jobId },
          select: { id: true, title: true, status: true, postedAt: true, description: true, clientId: true },
        })
      : Promise.resolve(null),
    thread ? loadLinkedAccounts(thread, [...accountIds]) : Promise.resolve([]),
  ]);
  const job = kase.job ?? threadJob;
  const jobDetails = job ? await loadJobDetails(job.id) : null;
  const jobFindings = jobDetails?.findings ?? [];

  const violations = (thread?.messages ?? []).flatMap((m) =>
    m.findings.filter((f) => f.violation).map((f) => ({ m, f })),
  );
  const jobViolations = jobFindings.filter((f) => f.violation);
  const categories = tallyCategories({
    reported: kase.categories,
    violations: [...violations.map(({ f }) => f), ...jobViolations],
  });
  // A job case is about the posting first; a thread case about its messages.
  const firstInMessages = violations[0]
    ? {
        messageId: violations[0].m.id,
        findingId: violations[0].f.id,
        category: violations[0].f.category,
        explanation: violations[0].f.explanation,
        authorHandle: violations[0].m.authorHandle,
      }
    : null;
  const firstInJob =
    jobViolations[0] && jobDetails
      ? {
          messageId: null,
          findingId: jobViolations[0].id,
          category: jobViolations[0].category,
          explanation: jobViolations[0].explanation,
          authorHandle: jobDetails.clientHandle,
        }
      : null;
  const firstViolation = kase.subjectType === "JOB" ? (firstInJob ?? firstInMessages) : (firstInMessages ?? firstInJob);

  const timeline: TimelineEntry[] = events.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    actor:
      e.actor?.name ??
      (e.actorKind === "PLATFORM" ? "Platform" : e.actorKind === "SYSTEM" ? "Detector / system" : "Unknown"),
    reason: e.reason,
    data: e.data as Record<string, unknown>,
    at: e.createdAt.toISOString(),
  }));

  return {
    id: kase.id,
    number: kase.number,
    status: kase.status,
    priority: kase.priority,
    priorityBreakdown: kase.priorityBreakdown as Record<string, number>,
    version: kase.version,
    subjectType: kase.subjectType,
    subjectLabel: subjectLabelOf(kase),
    categories: kase.categories,
    claimedBy: kase.claimedBy && kase.claimExpiresAt && kase.claimExpiresAt > new Date() ? kase.claimedBy : null,
    claimExpiresAt: kase.claimExpiresAt?.toISOString() ?? null,
    escalationReason: kase.escalationReason,
    createdAt: kase.createdAt.toISOString(),
    summary: {
      categories,
      // Highlighted places, as the thread panel and its jump keys count them: two findings on one span
      // (contact shared and an invitation, say) are one violation to read, while each still counts
      // in its own category above.
      total:
        new Set(violations.map(({ m, f }) => `${m.id}:${f.start}`)).size +
        new Set(jobViolations.map((f) => `${f.field}:${f.start}`)).size,
      firstViolation,
    },
    threadChoices,
    thread,
    reports: reports.map((r) => ({
      id: r.id,
      source: r.source,
      reason: r.reason,
      comment: r.comment,
      createdAt: r.createdAt.toISOString(),
      messageId: r.messageId,
      reporter: r.reporter,
      snapshot: snapshotOf.get(r.id) ?? null,
    })),
    job: job
      ? {
          id: job.id,
          title: job.title,
          status: job.status,
          postedAt: job.postedAt.toISOString(),
          description: job.description,
          clientHandle: jobDetails?.clientHandle ?? "",
          scannedAt: jobDetails?.scannedAt ?? null,
          findings: jobFindings,
        }
      : null,
    accounts,
    linked,
    notes: notes.map((n) => ({ id: n.id, body: n.body, author: n.author.name, at: n.createdAt.toISOString() })),
    timeline,
  };
}

/** The job posting's stored findings (title first, then description, in text order) and its poster. */
async function loadJobDetails(
  jobId: string,
): Promise<{ clientHandle: string; scannedAt: string | null; findings: JobFindingView[] }> {
  const job = await prisma.jobPosting.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      scannedAt: true,
      client: { select: { handle: true } },
      findings: {
        orderBy: [{ field: "asc" }, { start: "asc" }],
        select: { field: true, ...FINDING_SELECT },
      },
    },
  });
  return {
    clientHandle: job.client.handle,
    scannedAt: job.scannedAt?.toISOString() ?? null,
    findings: job.findings satisfies JobFindingView[],
  };
}

type CaseWithSubject = {
  subjectType: string;
  jobId: string | null;
  accountId: string | null;
  threadId: string | null;
  message: { threadId: string } | null;
};

/** The conversations a case is about; a job or account can have several. */
async function threadChoicesFor(kase: CaseWithSubject): Promise<ThreadChoice[]> {
  const where =
    kase.threadId != null
      ? { id: kase.threadId }
      : kase.message
        ? { id: kase.message.threadId }
        : kase.jobId != null
          ? { jobId: kase.jobId }
          : kase.accountId != null
            ? {
                OR: [
                  { clientId: kase.accountId },
                  { freelancerId: kase.accountId },
                  { messages: { some: { authorId: kase.accountId } } },
                ],
              }
            : null;
  if (!where) return [];
  const threads = await prisma.thread.findMany({
    where,
    take: 50,
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      title: true,
      job: { select: { title: true } },
      freelancer: { select: { handle: true } },
      client: { select: { handle: true } },
    },
  });
  if (threads.length === 0) return [];
  const counts = await prisma.$queryRaw<{ threadId: string; n: bigint }[]>`
    SELECT m."threadId", count(*) AS n FROM "Finding" f JOIN "Message" m ON m."id" = f."messageId"
    WHERE f."violation" AND m."threadId" = ANY(${threads.map((t) => t.id)}) GROUP BY m."threadId"`;
  const byThread = new Map(counts.map((c) => [c.threadId, Number(c.n)]));
  return threads.map((t) => ({
    id: t.id,
    label:
      t.kind === "FORUM_TOPIC"
        ? `Forum: ${t.title ?? "untitled topic"}`
        : `${t.job?.title ?? "Job thread"} · @${t.client?.handle ?? "?"} ↔ @${t.freelancer?.handle ?? "?"}`,
    violationCount: byThread.get(t.id) ?? 0,
  }));
}

async function loadThread(
  threadId: string,
): Promise<ThreadView & { clientId: string | null; freelancerId: string | null }> {
  const thread = await prisma.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: {
      id: true,
      kind: true,
      title: true,
      clientId: true,
      freelancerId: true,
      job: { select: { id: true, title: true } },
      contracts: { orderBy: { startedAt: "asc" }, select: { id: true, startedAt: true, endedAt: true } },
      messages: {
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          body: true,
          sentAt: true,
          contractActive: true,
          authorId: true,
          author: { select: { handle: true, displayName: true, kind: true } },
          findings: {
            orderBy: { start: "asc" },
            select: FINDING_SELECT,
          },
        },
      },
    },
  });
  return {
    id: thread.id,
    kind: thread.kind,
    title: thread.title ?? thread.job?.title ?? "Conversation",
    jobId: thread.job?.id ?? null,
    clientId: thread.clientId,
    freelancerId: thread.freelancerId,
    contracts: thread.contracts.map((c) => ({
      id: c.id,
      startedAt: c.startedAt.toISOString(),
      endedAt: c.endedAt?.toISOString() ?? null,
    })),
    messages: thread.messages.map((m) => ({
      id: m.id,
      body: m.body,
      sentAt: m.sentAt.toISOString(),
      contractActive: m.contractActive,
      authorId: m.authorId,
      authorHandle: m.author.handle,
      authorName: m.author.displayName,
      authorRole:
        thread.kind === "FORUM_TOPIC"
          ? "member"
          : m.authorId === thread.clientId
            ? "client"
            : m.authorId === thread.freelancerId
              ? "freelancer"
              : m.author.kind === "CLIENT"
                ? "client"
                : "freelancer",
      findings: m.findings satisfies FindingView[],
    })),
  };
}

async function loadAccounts(ids: string[], roles: Map<string, string>, caseId: string): Promise<AccountView[]> {
  if (ids.length === 0) return [];
  const accounts = await prisma.account.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      handle: true,
      displayName: true,
      kind: true,
      ...ACCOUNT_STANDING_SELECT,
      enforcements: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, kind: true, reason: true, createdAt: true, endsAt: true, reversedAt: true },
      },
    },
  });
  // Three index lookups (the account itself, its jobs, its messages) rather
  // than one OR over relations, which the planner turns into a scan of every case.
  const pastCases = await prisma.$queryRaw<{ id: string; number: number; status: CaseStatus; ownerId: string }[]>`
    SELECT * FROM (
      SELECT c."id", c."number", c."status", c."accountId" AS "ownerId" FROM "Case" c
      WHERE c."accountId" = ANY(${ids}) AND c."id" <> ${caseId}
      UNION
      SELECT c."id", c."number", c."status", j."clientId" FROM "JobPosting" j JOIN "Case" c ON c."jobId" = j."id"
      WHERE j."clientId" = ANY(${ids}) AND c."id" <> ${caseId}
      UNION
      SELECT c."id", c."number", c."status", m."authorId" FROM "Case" c JOIN "Message" m ON m."id" = c."messageId"
      WHERE c."messageId" IS NOT NULL AND m."authorId" = ANY(${ids}) AND c."id" <> ${caseId}
    ) owned
    ORDER BY "number" DESC
    LIMIT 100`;
  return ids
    .map((id) => accounts.find((a) => a.id === id))
    .filter((a): a is NonNullable<typeof a> => !!a)
    .map((a) => ({
      id: a.id,
      handle: a.handle,
      displayName: a.displayName,
      kind: a.kind,
      roleInCase: roles.get(a.id) ?? "Participant",
      joinedAt: a.joinedAt.toISOString(),
      paymentVerified: a.paymentVerified,
      badges: a.badges,
      status: a.status,
      restrictedUntil: a.restrictedUntil?.toISOString() ?? null,
      restrictionScopes: a.restrictionScopes,
      strikeCount: a.strikeCount,
      enforcements: a.enforcements.map((e) => ({
        id: e.id,
        kind: e.kind,
        reason: e.reason,
        at: e.createdAt.toISOString(),
        endsAt: e.endsAt?.toISOString() ?? null,
        reversed: e.reversedAt !== null,
      })),
      pastCases: pastCases
        .filter((c) => c.ownerId === a.id)
        .slice(0, 8)
        .map((c) => ({ id: c.id, number: c.number, status: c.status })),
    }));
}

/**
 * Other accounts whose messages contain one of this thread's contact values
 * (phone, e-mail, handle, link): scammers reuse one Telegram handle across
 * many fresh accounts, and this shows it at once.
 */
async function loadLinkedAccounts(thread: ThreadView, involved: string[]): Promise<LinkedAccountView[]> {
  const values = new Map<string, string>(); // stored spelling -> the value as shown in this case
  for (const m of thread.messages) {
    for (const f of m.findings) {
      if (f.category !== "CONTACT_SHARING" || !f.value) continue;
      for (const variant of contactVariants(f.value)) if (!values.has(variant)) values.set(variant, f.value);
    }
  }
  if (values.size === 0) return [];
  const rows = await prisma.$queryRaw<
    {
      value: string;
      accountId: string;
      handle: string;
      displayName: string;
      joinedAt: Date;
      status: AccountStatus;
      messages: bigint;
      threads: bigint;
    }[]
  >`
    SELECT f."value", a."id" AS "accountId", a."handle", a."displayName", a."joinedAt", a."status"::text AS "status",
           count(DISTINCT m."id") AS "messages", count(DISTINCT m."threadId") AS "threads"
    FROM "Finding" f
    JOIN "Message" m ON m."id" = f."messageId"
    JOIN "Account" a ON a."id" = m."authorId"
    WHERE f."value" = ANY(${[...values.keys()]})
      AND m."threadId" <> ${thread.id}
      AND NOT (a."id" = ANY(${involved}))
    GROUP BY f."value", a."id"
    ORDER BY count(DISTINCT m."id") DESC
    LIMIT 50`;
  const byAccount = new Map<string, LinkedAccountView>();
  for (const r of rows) {
    const shown = values.get(r.value) ?? r.value;
    const entry: LinkedAccountView = byAccount.get(r.accountId) ?? {
      accountId: r.accountId,
      handle: r.handle,
      displayName: r.displayName,
      joinedAt: r.joinedAt.toISOString(),
      status: r.status,
      sharedValues: [],
      messages: 0,
      threads: 0,
    };
    if (!entry.sharedValues.includes(shown)) entry.sharedValues.push(shown);
    entry.messages += Number(r.messages);
    entry.threads = Math.max(entry.threads, Number(r.threads));
    byAccount.set(r.accountId, entry);
  }
  return [...byAccount.values()].sort((a, b) => b.messages - a.messages);
}

/** Whether a case with this id exists (routes about one case answer 404 otherwise). */
export async function caseExists(caseId: string): Promise<boolean> {
  return (await prisma.case.count({ where: { id: caseId } })) > 0;
}
