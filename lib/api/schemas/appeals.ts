import { z } from "@/lib/zod";
import { PlatformId, Text, Timestamp } from "@/lib/api/schemas/common";

export const AppealInput = z
  .strictObject({
    id: PlatformId.meta({ description: "The platform's appeal id; sending it again changes nothing." }),
    accountId: PlatformId.meta({ description: "The appealing account (the platform's account id)." }),
    caseId: z.string().min(1, "Must not be empty.").max(64, "At most 64 characters.").meta({
      description:
        "The case whose decision is appealed: its id (from the outbox or GET /cases/{id}) or its reference, e.g. C-1042.",
      example: "C-1042",
    }),
    statement: Text(1, 5000).meta({ description: "What the account says, in its own words." }),
    submittedAt: Timestamp.meta({
      description: "When the account submitted the appeal; the deadline is counted against it.",
    }),
    enforcementId: z.string().min(1).max(64).optional().meta({
      description:
        "The appealed enforcement (its id in GET /accounts/{id}). Optional when the case holds exactly one standing enforcement against the account.",
    }),
  })
  .meta({
    id: "Appeal",
    description:
      "An account appeals a decision taken against it. It opens an appeal case that staff decide (never the person who made the decision). One appeal per enforcement, within the appeal deadline (14 days by default).",
  });

export type AppealInput = z.infer<typeof AppealInput>;

export const APPEAL_OUTCOMES = ["UPHELD", "OVERTURNED", "MODIFIED"] as const;

export const AppealView = z
  .object({
    id: PlatformId,
    status: z.enum(["OPEN", "DECIDED"]).meta({ description: "OPEN until staff decide the appeal." }),
    outcome: z.enum(APPEAL_OUTCOMES).nullable().meta({
      description: "UPHELD: the decision stands; OVERTURNED: it was reversed; MODIFIED: replaced by a milder one.",
    }),
    caseId: z.string().meta({ description: "The appeal case (GET /cases/{id})." }),
    caseNumber: z.int(),
    appealedCaseId: z.string().meta({ description: "The case whose decision is appealed." }),
    enforcementId: z.string(),
    submittedAt: z.iso.datetime(),
    deadlineAt: z.iso.datetime().meta({ description: "The last moment an appeal of this enforcement was accepted." }),
    decidedAt: z.iso.datetime().nullable(),
    reason: z.string().nullable().meta({ description: "Why staff decided so (null while open)." }),
    modification: z
      .object({
        kind: z.string(),
        endsAt: z.iso.datetime().nullable(),
        scopes: z.array(z.string()),
      })
      .nullable()
      .meta({ description: "Outcome MODIFIED: what now stands in place of the appealed enforcement." }),
  })
  .meta({ id: "AppealStatus" });

export type AppealView = z.infer<typeof AppealView>;

export const AppealResult = z
  .object({
    id: PlatformId,
    status: z.enum(["created", "unchanged"]).meta({ description: "What this request did." }),
    caseId: z.string().meta({ description: "The appeal case it opened (GET /cases/{id})." }),
    caseNumber: z.int(),
    appealedCaseId: z.string(),
    enforcementId: z.string(),
    deadlineAt: z.iso.datetime(),
  })
  .meta({ id: "AppealResult" });

export const AppealIdParam = z.object({
  id: PlatformId.meta({ description: "The platform's appeal id (as sent to POST /appeals)." }),
});
