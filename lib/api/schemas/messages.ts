import { z } from "@/lib/zod";
import {
  EntityResult,
  entityFields,
  ItemStatus,
  PlatformId,
  rejectDuplicateIds,
  Text,
  Timestamp,
} from "@/lib/api/schemas/common";

export const MAX_MESSAGES_PER_BATCH = 500;

export const MessageInput = z
  .strictObject({
    id: PlatformId,
    threadId: PlatformId.meta({ description: "The thread (in `threads` or sent before)." }),
    authorId: PlatformId.meta({
      description: "The author's account (in `accounts` or sent before); in a job thread, its client or freelancer.",
    }),
    body: Text(0, 50_000),
    sentAt: Timestamp,
  })
  .meta({ id: "Message" });

export const MessageBatch = z
  .strictObject({
    ...entityFields,
    messages: z
      .array(MessageInput)
      .min(1, "Send at least one message.")
      .max(MAX_MESSAGES_PER_BATCH, `At most ${MAX_MESSAGES_PER_BATCH} messages per request.`),
  })
  .superRefine((batch, ctx) =>
    rejectDuplicateIds(ctx, {
      accounts: batch.accounts,
      jobs: batch.jobs,
      threads: batch.threads,
      messages: batch.messages,
    }),
  )
  .meta({
    id: "MessageBatch",
    description:
      "Messages with the threads, jobs and accounts they refer to (those not sent before). All or nothing: one bad item and nothing is written.",
  });

export type MessageBatch = z.infer<typeof MessageBatch>;

export const MessageResult = z
  .object({
    id: PlatformId,
    status: z.enum(["created", "unchanged"]),
    messageId: z.string().meta({ description: "The console's id for the message." }),
    contractActive: z
      .boolean()
      .meta({ description: "Whether a contract was in force in the thread when the message was sent." }),
    findings: z.int().meta({ description: "What the detector found in the message." }),
    violations: z.int().meta({ description: "Findings that break the policy." }),
    caseId: z.string().nullable().meta({ description: "The case the detector's automatic report went to, if any." }),
  })
  .meta({ id: "MessageResult" });

export const MessageBatchResult = z
  .object({
    messages: z.array(MessageResult),
    accounts: z.array(EntityResult),
    jobs: z.array(EntityResult),
    threads: z.array(EntityResult),
  })
  .meta({ id: "MessageBatchResult" });

export type MessageBatchResult = z.infer<typeof MessageBatchResult>;
export { ItemStatus };
