import { z } from "@/lib/zod";
import { Text, Timestamp } from "@/lib/api/schemas/common";

export const OutboxQuery = z.strictObject({
  limit: z.coerce
    .number({ message: "Must be a number." })
    .int("Must be a whole number.")
    .min(1, "At least 1.")
    .max(500, "At most 500.")
    .default(100)
    .meta({ description: "How many replies to return (1-500, default 100), oldest first." }),
});

export const OutboxReply = z
  .object({
    id: z.string().meta({ description: "The reply's id; acknowledge it with POST /outbox/ack." }),
    caseId: z
      .string()
      .nullable()
      .meta({ description: "Null for a statement of reasons of a decision taken on the account alone." }),
    caseNumber: z.int().nullable(),
    statementId: z.string().nullable().meta({
      description:
        "Set when this reply is a statement of reasons (what was decided, why, for how long, how to appeal), or the update to one when its decision ended (ran out, reversed, overturned or changed on appeal): show it to the account as such.",
    }),
    recipientId: z.string().meta({ description: "The platform's id of the account to deliver to." }),
    audience: z.enum(["REPORTER", "REPORTED", "ANY"]),
    subject: z.string(),
    body: z.string(),
    queuedAt: z.iso.datetime(),
  })
  .meta({ id: "OutboxReply" });

export const Outbox = z
  .object({
    replies: z.array(OutboxReply),
    more: z.boolean().meta({ description: "More replies are waiting: acknowledge these, then ask again." }),
  })
  .meta({ id: "Outbox" });

// The console's reply ids (cuids): printable, so garbage never reaches a query.
const ReplyId = z
  .string()
  .min(1, "Must not be empty.")
  .max(64, "At most 64 characters.")
  .regex(/^[\x21-\x7E]+$/, "Use printable ASCII without spaces.");

export const Ack = z
  .discriminatedUnion("status", [
    z.strictObject({
      id: ReplyId,
      status: z.literal("DELIVERED"),
      deliveredAt: Timestamp.optional().meta({ description: "Defaults to now." }),
    }),
    z.strictObject({
      id: ReplyId,
      status: z.literal("FAILED"),
      reason: Text(1, 1000).describe("Why delivery failed."),
    }),
  ])
  .meta({ id: "Ack" });

export const AckBatch = z
  .strictObject({ acks: z.array(Ack).min(1, "Acknowledge at least one reply.").max(500, "At most 500 per request.") })
  .superRefine((batch, ctx) => {
    const seen = new Set<string>();
    batch.acks.forEach((ack, index) => {
      if (seen.has(ack.id))
        ctx.addIssue({
          code: "custom",
          path: ["acks", index, "id"],
          message: `Reply "${ack.id}" is acknowledged twice in this request.`,
        });
      seen.add(ack.id);
    });
  })
  .meta({ id: "AckBatch", description: "Delivery results. All or nothing." });

export type AckBatch = z.infer<typeof AckBatch>;

export const AckResult = z
  .object({
    acks: z.array(
      z.object({
        id: z.string(),
        status: z.enum(["updated", "unchanged"]),
        deliveryStatus: z.enum(["DELIVERED", "FAILED"]),
      }),
    ),
  })
  .meta({ id: "AckResult" });
