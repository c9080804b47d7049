import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type ConsoleActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadCaseReplyContext } from "@/lib/replies/recipients";
import { AUDIENCE_LABELS, sendReplySchema, type SendReplyInput } from "@/lib/replies/schemas";
import { fitsAudience } from "@/lib/replies/suggest";

const RECIPIENT_WORD = { REPORTER: "reporter", REPORTED: "reported user" } as const;

async function replyForRequest(requestId: string) {
  const event = await prisma.auditEvent.findUnique({ where: { requestId }, select: { action: true, data: true } });
  const replyId = event?.action === "REPLY_SENT" ? (event.data as { replyId?: string }).replyId : undefined;
  return replyId ? prisma.reply.findUnique({ where: { id: replyId } }) : null;
}

/**
 * Stores a reply in the outbox (status QUEUED, for the platform to collect)
 * and its REPLY_SENT audit event in one transaction. The text is the agent's
 * final text, refused while a `[[placeholder]]` or `{{variable}}` is left in
 * it. The same draft (requestId) sent twice is stored once.
 */
export async function sendReply(actor: ConsoleActor, input: SendReplyInput) {
  assertCan(actor, "reply:send");
  const data = sendReplySchema.parse(input);
  const earlier = await replyForRequest(data.requestId);
  if (earlier) return { reply: earlier, duplicate: true as const };
  try {
    const reply = await prisma.$transaction(async (tx) => {
      const context = await loadCaseReplyContext(tx, data.caseId);
      if (!context) throw new SafeError("NOT_FOUND", "That case no longer exists.");
      const recipient = context.recipients.find(
        (r) => r.accountId === data.recipientId && r.audience === data.audience,
      );
      if (!recipient) {
        throw new SafeError(
          "INVALID",
          `That account is not a ${RECIPIENT_WORD[data.audience]} in this case. Choose the recipient again.`,
        );
      }
      const template = data.templateId
        ? await tx.replyTemplate.findUnique({
            where: { id: data.templateId },
            select: { id: true, name: true, audience: true, version: true },
          })
        : null;
      if (data.templateId && !template)
        throw new SafeError("NOT_FOUND", "The template you started from no longer exists. Pick another one.");
      if (template && !fitsAudience(template, data.audience)) {
        throw new SafeError(
          "INVALID",
          `"${template.name}" is written for ${AUDIENCE_LABELS[template.audience].toLowerCase()}, not for a ${RECIPIENT_WORD[data.audience]}.`,
        );
      }
      const reply = await tx.reply.create({
        data: {
          caseId: data.caseId,
          templateId: template?.id ?? null,
          recipientId: recipient.accountId,
          audience: data.audience,
          subject: data.subject,
          body: data.body,
          senderId: actor.id,
        },
      });
      await recordAudit(tx, {
        action: "REPLY_SENT",
        actorId: actor.id,
        caseId: data.caseId,
        caseVersion: context.caseVersion,
        subjectType: "ACCOUNT",
        subjectId: recipient.accountId,
        reason: `To @${recipient.handle} (${RECIPIENT_WORD[data.audience]}): ${data.subject}`,
        data: {
          replyId: reply.id,
          recipientId: recipient.accountId,
          recipientHandle: recipient.handle,
          audience: data.audience,
          templateId: template?.id ?? null,
          templateName: template?.name ?? null,
          templateVersion: template?.version ?? null,
          subject: data.subject,
        },
        requestId: data.requestId,
      });
      return { reply, recipient };
    });
    return { reply: reply.reply, recipient: reply.recipient, duplicate: false as const };
  } catch (error) {
    // Two submissions of one draft raced: the audit's unique requestId let one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await replyForRequest(data.requestId);
      if (winner) return { reply: winner, duplicate: true as const };
    }
    throw error;
  }
}

/** The replies sent from a case, newest first, as the case page lists them. */
export async function listCaseReplies(caseId: string) {
  const replies = await prisma.reply.findMany({
    where: { caseId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      audience: true,
      subject: true,
      body: true,
      status: true,
      deliveredAt: true,
      failureReason: true,
      createdAt: true,
      recipient: { select: { handle: true, displayName: true } },
      sender: { select: { name: true } },
      template: { select: { name: true } },
    },
  });
  return replies.map((r) => ({
    id: r.id,
    audience: r.audience,
    subject: r.subject,
    body: r.body,
    status: r.status,
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
    failureReason: r.failureReason,
    sentAt: r.createdAt.toISOString(),
    recipientHandle: r.recipient.handle,
    recipientName: r.recipient.displayName,
    senderName: r.sender.name,
    templateName: r.template?.name ?? null,
  }));
}

export type CaseReplyRow = Awaited<ReturnType<typeof listCaseReplies>>[number];
