import "server-only";
import { fieldErrorAt, fieldsError, type FieldError } from "@/lib/http/problem";
import type { AckBatch } from "@/lib/api/schemas/outbox";
import type { ApiCaller } from "@/lib/api/auth";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";
import { inTransaction } from "@/lib/platform/transaction";

/** Replies waiting for the platform to deliver them, oldest first. */
export async function listOutbox(limit: number) {
  const rows = await prisma.reply.findMany({
    where: { status: "QUEUED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true,
      caseId: true,
      case: { select: { number: true } },
      statement: { select: { id: true } },
      endOfStatement: { select: { id: true } },
      recipient: { select: { externalId: true } },
      audience: true,
      subject: true,
      body: true,
      createdAt: true,
    },
  });
  return {
    replies: rows.slice(0, limit).map((r) => ({
      id: r.id,
      caseId: r.caseId,
      caseNumber: r.case?.number ?? null,
      // A statement of reasons, or the update saying its decision ended: both belong to the statement.
      statementId: r.statement?.id ?? r.endOfStatement?.id ?? null,
      recipientId: r.recipient.externalId,
      audience: r.audience,
      subject: r.subject,
      body: r.body,
      queuedAt: r.createdAt.toISOString(),
    })),
    more: rows.length > limit,
  };
}

/**
 * Records the platform's delivery results, each with its audit event, all
 * in one transaction. An acknowledgement sent again changes nothing. A
 * failed reply may still be delivered later (the platform retried), but a
 * delivered one stays delivered: "failed" after "delivered" is a 409.
 */
export async function acknowledgeReplies(batch: AckBatch, caller: ApiCaller, now = new Date()) {
  return inTransaction(async (tx) => {
    const ids = batch.acks.map((a) => a.id);
    // Locked, so two acknowledgements of one reply cannot both apply.
    const replies = await tx.$queryRaw<{ id: string; caseId: string; status: string; recipientId: string }[]>`
      SELECT "id", "caseId", "status"::text AS "status", "recipientId" FROM "Reply" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
    const byId = new Map(replies.map((r) => [r.id, r]));

    const unknown: FieldError[] = [];
    const conflicts: FieldError[] = [];
    batch.acks.forEach((ack, i) => {
      const reply = byId.get(ack.id);
      if (!reply)
        unknown.push(
          fieldErrorAt(["acks", i, "id"], `Unknown reply "${ack.id}": use the ids GET /api/v1/outbox returns.`),
        );
      else if (reply.status === "DELIVERED" && ack.status === "FAILED") {
        conflicts.push(
          fieldErrorAt(["acks", i, "status"], `Reply "${ack.id}" was already acknowledged as ${reply.status}.`),
        );
      }
    });
    if (unknown.length)
      throw fieldsError(
        "INVALID",
        "Some acknowledgements name replies the console does not know. Nothing was written.",
        unknown,
      );
    if (conflicts.length)
      throw fieldsError("CONFLICT", "Some acknowledgements contradict earlier ones. Nothing was written.", conflicts);

    const results: { id: string; status: "updated" | "unchanged"; deliveryStatus: "DELIVERED" | "FAILED" }[] = [];
    for (const ack of batch.acks) {
      const reply = byId.get(ack.id)!;
      if (reply.status === ack.status) {
        results.push({ id: ack.id, status: "unchanged", deliveryStatus: ack.status });
        continue;
      }
      if (ack.status === "DELIVERED") {
        const deliveredAt = ack.deliveredAt ? new Date(ack.deliveredAt) : now;
        await tx.reply.update({
          where: { id: ack.id },
          data: { status: "DELIVERED", deliveredAt, failureReason: null },
        });
        await recordAudit(tx, {
          action: "REPLY_DELIVERED",
          actorKind: "PLATFORM",
          caseId: reply.caseId,
          data: {
            replyId: ack.id,
            recipientId: reply.recipientId,
            deliveredAt: deliveredAt.toISOString(),
            ...(reply.status === "FAILED" ? { afterFailure: true } : {}),
            tokenId: caller.tokenId,
            tokenName: caller.tokenName,
          },
        });
      } else {
        await tx.reply.update({ where: { id: ack.id }, data: { status: "FAILED", failureReason: ack.reason } });
        await recordAudit(tx, {
          action: "REPLY_FAILED",
          actorKind: "PLATFORM",
          caseId: reply.caseId,
          reason: ack.reason,
          data: {
            replyId: ack.id,
            recipientId: reply.recipientId,
            tokenId: caller.tokenId,
            tokenName: caller.tokenName,
          },
        });
      }
      results.push({ id: ack.id, status: "updated", deliveryStatus: ack.status });
    }
    return { acks: results };
  });
}
