import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReplyCaseFacts, ReplyRecipientFacts } from "@/lib/replies/variables";

export interface ReplyRecipient extends ReplyRecipientFacts {
  /** Why this person is in the case, as the composer shows it. */
  roleLabel: string;
}

export interface CaseReplyContext {
  caseId: string;
  caseVersion: number;
  facts: Omit<ReplyCaseFacts, "agentName">;
  recipients: ReplyRecipient[];
}

/**
 * Who may be answered from a case and what the case says about them. The
 * composer offers exactly these people and the server accepts only them:
 * reporters (people who filed a user report) and reported accounts (the
 * subject account, the reported message's author, the job's client, or the
 * authors of a reported thread's violating messages).
 */
export async function loadCaseReplyContext(
  db: Prisma.TransactionClient,
  caseId: string,
): Promise<CaseReplyContext | null> {
  const jobSelect = { select: { title: true, status: true, clientId: true } } as const;
  const kase = await db.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      number: true,
      version: true,
      categories: true,
      accountId: true,
      job: jobSelect,
      thread: { select: { id: true, clientId: true, freelancerId: true, job: jobSelect } },
      message: { select: { authorId: true, thread: { select: { job: jobSelect } } } },
    },
  });
  if (!kase) return null;

  // One after another: inside a transaction the queries share one connection.
  const reports = await db.report.findMany({
    where: { caseId, source: "USER", reporterId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { reporterId: true },
  });
  const enforcements = await db.enforcement.findMany({
    where: { caseId, reversedAt: null },
    orderBy: { createdAt: "asc" },
    select: { kind: true, accountId: true, endsAt: true, badge: true },
  });
  const violators = kase.thread
    ? await db.message.findMany({
        where: { threadId: kase.thread.id, findings: { some: { violation: true } } },
        distinct: ["authorId"],
        select: { authorId: true },
      })
    : [];

  const reporterIds = [...new Set(reports.map((r) => r.reporterId!))];
  const reported = new Map<string, string>();
  const addReported = (id: string | null | undefined, label: string) => {
    if (id && !reported.has(id)) reported.set(id, label);
  };
  addReported(kase.accountId, "Reported account");
  addReported(kase.message?.authorId, "Wrote the reported message");
  addReported(kase.job?.clientId, "Client who posted the job");
  for (const v of violators) addReported(v.authorId, "Wrote flagged messages in the thread");
  if (kase.thread && violators.length === 0) {
    // Nothing flagged: the other party to the reporters is who they complained about.
    if (kase.thread.clientId && !reporterIds.includes(kase.thread.clientId))
      addReported(kase.thread.clientId, "Client in the reported thread");
    if (kase.thread.freelancerId && !reporterIds.includes(kase.thread.freelancerId))
      addReported(kase.thread.freelancerId, "Freelancer in the reported thread");
  }

  const accounts = await db.account.findMany({
    where: { id: { in: [...reporterIds, ...reported.keys()] } },
    select: { id: true, handle: true, displayName: true, restrictedUntil: true, status: true },
  });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const recipient = (id: string, audience: ReplyRecipient["audience"], roleLabel: string): ReplyRecipient[] => {
    const a = byId.get(id);
    if (!a) return [];
    return [
      {
        accountId: a.id,
        handle: a.handle,
        displayName: a.displayName,
        audience,
        roleLabel,
        restrictedUntil: a.status === "RESTRICTED" ? (a.restrictedUntil?.toISOString() ?? null) : null,
      },
    ];
  };

  const job = kase.job ?? kase.thread?.job ?? kase.message?.thread.job ?? null;
  return {
    caseId: kase.id,
    caseVersion: kase.version,
    facts: {
      caseNumber: kase.number,
      caseCategories: kase.categories,
      jobTitle: job?.title ?? null,
      jobTakenDown: job?.status === "TAKEN_DOWN",
      enforcements: enforcements.map((e) => ({
        kind: e.kind,
        accountId: e.accountId,
        endsAt: e.endsAt?.toISOString() ?? null,
        badge: e.badge,
      })),
    },
    recipients: [
      ...reporterIds.flatMap((id) => recipient(id, "REPORTER", "Filed a report in this case")),
      ...[...reported].flatMap(([id, label]) => recipient(id, "REPORTED", label)),
    ],
  };
}
