import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { composeEnding, type StatementEndKind } from "@/lib/statements/content";

type Tx = Prisma.TransactionClient;

export interface StatementEnding {
  enforcementId: string;
  end: StatementEndKind;
  /** Who ended it; null when it ran out by itself (the notice is then sent in the decider's name). */
  actorId: string | null;
  now: Date;
  groupId?: string | null;
  /** The appeal case that overturned or replaced it. */
  appealCaseNumber?: number | null;
}

/**
 * Records on an enforcement's statement of reasons that the enforcement
 * ended, in the caller's transaction: the end and what changed on the
 * statement, a notice to the account through the outbox and a
 * STATEMENT_ENDED event. A reversal, overturn or modification overrides an
 * earlier expiry (the account learns the decision itself was withdrawn);
 * an expiry never overrides anything. The conditional update lets exactly
 * one of two racing callers write it. No notice follows a statement whose
 * own notice was withdrawn before delivery (an undone decision): the account
 * was never told of it. Returns null when nothing was recorded.
 */
export async function endStatement(tx: Tx, e: StatementEnding) {
  const statement = await tx.statementOfReasons.findUnique({
    where: { enforcementId: e.enforcementId },
    include: {
      reply: { select: { status: true, failureReason: true } },
      case: { select: { number: true } },
      enforcement: { select: { actorId: true, scopes: true, badge: true, job: { select: { title: true } } } },
    },
  });
  if (!statement) return null;
  const content = composeEnding({
    kind: statement.kind,
    scopes: statement.enforcement.scopes,
    badge: statement.enforcement.badge,
    jobTitle: statement.enforcement.job?.title ?? null,
    startsAt: statement.startsAt,
    end: e.end,
    endedAt: e.now,
    caseNumber: statement.case?.number ?? null,
    appealCaseNumber: e.appealCaseNumber ?? null,
  });
  const open = e.end === "EXPIRED" ? { endedAt: null } : { OR: [{ endedAt: null }, { endReason: "EXPIRED" as const }] };
  const claimed = await tx.statementOfReasons.updateMany({
    where: { id: statement.id, ...open },
    data: { endedAt: e.now, endReason: e.end, endNote: content.note },
  });
  if (claimed.count === 0) return null;

  const withdrawn = statement.reply?.status === "FAILED" && statement.reply.failureReason?.startsWith("Withdrawn");
  const reply =
    statement.accountId && statement.replyId && !withdrawn
      ? await tx.reply.create({
          data: {
            caseId: statement.caseId,
            recipientId: statement.accountId,
            audience: "REPORTED",
            subject: content.subject,
            body: content.body,
            senderId: e.actorId ?? statement.enforcement.actorId,
            createdAt: e.now,
          },
        })
      : null;
  await tx.statementOfReasons.update({ where: { id: statement.id }, data: { endReplyId: reply?.id ?? null } });
  await recordAudit(tx, {
    action: "STATEMENT_ENDED",
    actorId: e.actorId,
    caseId: statement.caseId,
    subjectType: "ACCOUNT",
    subjectId: statement.accountId,
    reason: content.note,
    data: {
      statementId: statement.id,
      enforcementId: e.enforcementId,
      end: e.end,
      replyId: reply?.id ?? null,
      ...(statement.endReason ? { previousEnd: statement.endReason } : {}),
    },
    groupId: e.groupId ?? null,
  });
  return { statementId: statement.id, replyId: reply?.id ?? null, note: content.note };
}

/**
 * Restrictions whose set end has passed and whose statements do not say so
 * yet: each is ended EXPIRED (called with the account recomputation, in its
 * transaction). Reads by the (endedAt, endsAt) index.
 */
export async function endLapsedStatements(tx: Tx, now: Date): Promise<number> {
  const due = await tx.statementOfReasons.findMany({
    where: { endedAt: null, endsAt: { lte: now }, kind: "RESTRICTION", enforcement: { reversedAt: null } },
    select: { enforcementId: true },
    orderBy: { endsAt: "asc" },
    take: 500,
  });
  let ended = 0;
  for (const s of due) {
    if (await endStatement(tx, { enforcementId: s.enforcementId, end: "EXPIRED", actorId: null, now })) ended++;
  }
  return ended;
}
