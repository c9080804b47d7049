import { z } from "@/lib/zod";
import { RESTRICTION_SCOPES } from "@/lib/cases/decisions/schemas";
import { versionSchema } from "@/lib/version";

/** The decisions taken on an account as a whole (from a case page or the account page). */
export const ACCOUNT_ACTIONS = ["WARN", "RESTRICT", "SUSPEND", "TAKE_DOWN_JOBS"] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export const ACCOUNT_ACTION_LABELS: Record<AccountAction, string> = {
  WARN: "Warn (adds a strike)",
  RESTRICT: "Restrict",
  SUSPEND: "Suspend",
  TAKE_DOWN_JOBS: "Take down all its open jobs",
};

export const accountDecisionSchema = z
  .object({
    accountId: z.string().min(1, "Choose the account."),
    action: z.enum(ACCOUNT_ACTIONS),
    days: z.number().int().min(1, "At least one day.").max(365, "At most 365 days; suspend instead.").optional(),
    scopes: z.array(z.enum(RESTRICTION_SCOPES)).optional(),
    reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail.").max(2000),
    /** Also close each of the account's other open cases, linked to this decision. */
    settleOpenCases: z.boolean().default(false),
    /** The case the decision is taken from (its version is checked); none from the account page. */
    fromCaseId: z.string().min(1).optional(),
    expectedVersion: versionSchema.optional(),
    requestId: z.string().uuid(),
    confirmed: z.boolean().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.action !== "RESTRICT") return;
    if (!d.days) ctx.addIssue({ code: "custom", path: ["days"], message: "How many days?" });
    if (!d.scopes?.length)
      ctx.addIssue({ code: "custom", path: ["scopes"], message: "Choose what the account may not do." });
  })
  .refine((d) => !d.fromCaseId || d.expectedVersion !== undefined, {
    path: ["expectedVersion"],
    message: "The case version is needed with the case.",
  });

export type AccountDecisionInput = z.input<typeof accountDecisionSchema>;
export type AccountDecision = z.output<typeof accountDecisionSchema>;
