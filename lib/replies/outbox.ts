import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

// The outbox: replies wait here (status QUEUED) until the platform collects
// them and reports back whether they reached the person. The platform API
// exposes these two functions; nothing in the console delivers by itself.

export const outboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The id of the last reply of the previous page. */
  after: z.string().min(1).optional(),
});

/** Queued replies, oldest first, with what the platform needs to deliver them. */
export async function queuedReplies(input: z.input<typeof outboxQuerySchema> = {}) {
  const { limit, after } = outboxQuerySchema.parse(input);
  const cursor = after ? await prisma.reply.findUnique({ where: { id: after }, select: { createdAt: true, id: true } }) : null;
  const rows = await prisma.reply.findMany({
    where: {
      status: "QUEUED",
      ...(cursor ? { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      subject: true,
      body: true,
      audience: true,
      createdAt: true,
      case: { select: { number: true } },
      recipient: { select: { externalId: true, handle: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case.number,
    recipientExternalId: r.recipient.externalId,
    recipientHandle: r.recipient.handle,
    audience: r.audience,
    subject: r.subject,
    body: r.body,
    queuedAt: r.createdAt.toISOString(),
  }));
}

export const deliveryReportSchema = z.discriminatedUnion("status", [
  z.object({ id: z.string().min(1), status: z.literal("DELIVERED") }),
  z.object({ id: z.string().min(1), status: z.literal("FAILED"), failureReason: z.string().trim().min(1).max(500) }),
]);

/**
 * The platform's word on one reply. Reporting the same outcome again is a
 * no-op; a delivered reply stays delivered.
 */
export async function recordDelivery(input: z.input<typeof deliveryReportSchema>) {
  const report = deliveryReportSchema.parse(input);
  const reply = await prisma.reply.findUnique({ where: { id: report.id }, select: { status: true } });
  if (!reply) throw new SafeError("NOT_FOUND", "No reply has that id.");
  if (reply.status === "DELIVERED") return { changed: false, status: reply.status };
  if (reply.status === report.status) return { changed: false, status: reply.status };
  await prisma.reply.update({
    where: { id: report.id },
    data:
      report.status === "DELIVERED"
        ? { status: "DELIVERED", deliveredAt: new Date(), failureReason: null }
        : { status: "FAILED", failureReason: report.failureReason },
  });
  return { changed: true, status: report.status };
}
