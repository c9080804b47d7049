import { z } from "zod";

export const RESTRICTION_SCOPES = ["MESSAGING", "PROPOSALS", "JOB_POSTING"] as const;

const base = {
  caseId: z.string().min(1),
  /** The case version the decision was made against (optimistic concurrency). */
  expectedVersion: z.number().int().positive(),
  /** Chosen by the form when it opens: a double submit has one effect. */
  requestId: z.string().uuid(),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail.").max(2000),
  /** Heavy or irreversible actions must be confirmed by the person. */
  confirmed: z.boolean().optional(),
};

const account = { accountId: z.string().min(1, "Choose the account.") };

export const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("DISMISS"), ...base }),
  z.object({ action: z.literal("RESOLVE"), ...base }),
  z.object({ action: z.literal("ESCALATE"), ...base }),
  z.object({ action: z.literal("WARN"), ...base, ...account, resolve: z.boolean().default(true) }),
  z.object({
    action: z.literal("TAKE_DOWN_JOB"),
    ...base,
    jobId: z.string().min(1, "Choose the job."),
    resolve: z.boolean().default(true),
  }),
  z.object({ action: z.literal("TAKE_DOWN_ALL_JOBS"), ...base, ...account, resolve: z.boolean().default(true) }),
  z.object({
    action: z.literal("RESTRICT"),
    ...base,
    ...account,
    days: z.number().int().min(1, "At least one day.").max(365, "At most 365 days; suspend instead."),
    scopes: z.array(z.enum(RESTRICTION_SCOPES)).min(1, "Choose what the account may not do."),
    resolve: z.boolean().default(true),
  }),
  z.object({
    action: z.literal("REMOVE_BADGE"),
    ...base,
    ...account,
    badge: z.string().min(1, "Choose the badge."),
    resolve: z.boolean().default(true),
  }),
  z.object({ action: z.literal("SUSPEND"), ...base, ...account, resolve: z.boolean().default(true) }),
  z.object({ action: z.literal("REVERSE"), ...base, enforcementId: z.string().min(1) }),
]);

export type DecisionInput = z.input<typeof decisionSchema>;
export type Decision = z.output<typeof decisionSchema>;
export type DecisionAction = Decision["action"];

export const DECISION_ACTIONS: DecisionAction[] = [
  "DISMISS",
  "RESOLVE",
  "ESCALATE",
  "WARN",
  "TAKE_DOWN_JOB",
  "TAKE_DOWN_ALL_JOBS",
  "RESTRICT",
  "REMOVE_BADGE",
  "SUSPEND",
  "REVERSE",
];
