import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { serverEnv } from "@/lib/config/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { composeStatement } from "@/lib/statements/content";

type Tx = Prisma.TransactionClient;

export type EnforcementData = Omit<Prisma.EnforcementUncheckedCreateInput, "id" | "statement" | "actorId"> & {
  createdAt?: Date;
};

/**
 * The one way an enforcement is made: the row, its statement of reasons,
 * the notice to the affected account in the outbox and the STATEMENT_ISSUED
 * event, all in the caller's transaction, so no enforcement exists that its
 * account was not told about (decisions, compound and account decisions, an
 * appeal's replacement, the demo's imported accounts).
 */
export async function createEnforcement(
  tx: Tx,
  actor: { id: string },
  data: EnforcementData,
  now: Date = data.createdAt ?? new Date(),
) {
  const enforcement = await tx.enforcement.create({
    data: { ...data, actorId: actor.id, createdAt: data.createdAt ?? now },
    include: { job: { select: { title: true, postedAt: true } }, account: { select: { joinedAt: true } } },
  });
  const facts = enforcement.caseId ? await caseFacts(tx, enforcement.caseId) : null;
  const content = composeStatement({
    kind: enforcement.kind,
    scopes: enforcement.scopes,
    badge: enforcement.badge,
    jobTitle: enforcement.job?.title ?? null,
    reason: enforcement.reason,
    startsAt: enforcement.createdAt,
    endsAt: enforcement.endsAt,
    caseNumber: facts?.caseNumber ?? null,
    categories: facts?.categories ?? [],
    userReports: facts?.userReports ?? 0,
    automaticReports: facts?.automaticReports ?? 0,
    appealDays: serverEnv().APPEAL_DEADLINE_DAYS,
  });
  const reply = enforcement.accountId
    ? await tx.reply.create({
        data: {
          caseId: enforcement.caseId,
          recipientId: enforcement.accountId,
          audience: "REPORTED",
          subject: content.subject,
          body: content.body,
          senderId: actor.id,
          createdAt: enforcement.createdAt,
        },
      })
    : null;
  const { subject: _subject, body: _body, ...stored } = content;
  const statement = await tx.statementOfReasons.create({
    data: {
      ...stored,
      enforcementId: enforcement.id,
      accountId: enforcement.accountId,
      caseId: enforcement.caseId,
      replyId: reply?.id ?? null,
      kind: enforcement.kind,
      issuedAt: enforcement.createdAt,
      contentDate:
        enforcement.job?.postedAt ?? facts?.postedAt ?? enforcement.account?.joinedAt ?? enforcement.createdAt,
    },
  });
  await recordAudit(tx, {
    action: "STATEMENT_ISSUED",
    actorId: actor.id,
    caseId: enforcement.caseId,
    subjectType: "ACCOUNT",
    subjectId: enforcement.accountId,
    reason: content.subject,
    data: {
      statementId: statement.id,
      enforcementId: enforcement.id,
      kind: enforcement.kind,
      replyId: reply?.id ?? null,
    },
    groupId: enforcement.groupId,
  });
  return enforcement;
}

/**
 * What the case held when the decision was taken. An appeal case's
 * replacement decision stands on the appealed case's reports and categories.
 */
async function caseFacts(tx: Tx, caseId: string) {
  const kase = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { ...FACTS, appeal: { select: { caseId: true } } },
  });
  const basis = kase.appeal
    ? await tx.case.findUniqueOrThrow({ where: { id: kase.appeal.caseId }, select: FACTS })
    : kase;
  const counts = await tx.report.groupBy({ by: ["source"], where: { caseId: basis.id }, _count: { _all: true } });
  const count = (source: "USER" | "AUTOMATIC") => counts.find((c) => c.source === source)?._count._all ?? 0;
  return {
    caseNumber: basis.number,
    categories: basis.categories,
    userReports: count("USER"),
    automaticReports: count("AUTOMATIC"),
    // When the subject was posted: the DSA Transparency Database's content_date.
    postedAt:
      basis.job?.postedAt ?? basis.thread?.createdAt ?? basis.message?.sentAt ?? basis.account?.joinedAt ?? null,
  };
}

const FACTS = {
  id: true,
  number: true,
  categories: true,
  job: { select: { postedAt: true } },
  thread: { select: { createdAt: true } },
  message: { select: { sentAt: true } },
  account: { select: { joinedAt: true } },
} as const;
