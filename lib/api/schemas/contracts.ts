import { z } from "@/lib/zod";
import { ItemStatus, PlatformId, Timestamp } from "@/lib/api/schemas/common";

export const ContractEvent = z
  .strictObject({
    id: PlatformId.meta({ description: "The contract's id; its `started` and `ended` events carry the same id." }),
    threadId: PlatformId.meta({
      description: "The thread the offer was accepted in (sent before with POST /messages).",
    }),
    event: z.enum(["started", "ended"]),
    at: Timestamp,
  })
  .meta({
    id: "ContractEvent",
    description:
      "A contract started or ended in a thread. Messages sent from `started` until `ended` may share contact details; messages already stored keep the state they were sent in.",
  });

export type ContractEvent = z.infer<typeof ContractEvent>;

export const ContractResult = z
  .object({
    id: PlatformId,
    status: ItemStatus,
    contractId: z.string(),
    threadId: PlatformId,
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ContractResult" });
