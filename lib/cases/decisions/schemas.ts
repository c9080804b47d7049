import { z } from "@/lib/zod";
import { versionSchema } from "@/lib/version";

export const RESTRICTION_SCOPES = ["MESSAGING", "PROPOSALS", "JOB_POSTING"] as const;

const base = {
  caseId: z.string().min(1),
  /** The case version the decision was made against (optimistic concurrency). */
  expectedVersion: versionSchema,
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

/** The decisions the form offers (a reversal is offered per enforcement instead). */
export const FORM_ACTIONS = DECISION_ACTIONS.filter((a) => a !== "REVERSE") as Exclude<DecisionAction, "REVERSE">[];
export type FormAction = Exclude<DecisionAction, "REVERSE">;
const ACCOUNT_FORM_ACTIONS: FormAction[] = ["WARN", "TAKE_DOWN_ALL_JOBS", "RESTRICT", "REMOVE_BADGE", "SUSPEND"];

/** Actions that act on an account the form must name. */
export function actsOnAccount(action: FormAction): boolean {
  return ACCOUNT_FORM_ACTIONS.includes(action);
}

/**
 * The decision form's values (react-hook-form + zodResolver): one flat shape
 * with the same rules and messages as decisionSchema, which the server
 * applies again to what decisionFromForm builds.
 */
export const decisionFormSchema = z
  .object({
    action: z.enum(FORM_ACTIONS as [FormAction, ...FormAction[]]),
    accountId: z.string(),
    jobId: z.string(),
    days: z
      .number({ error: "How many days?" })
      .int()
      .min(1, "At least one day.")
      .max(365, "At most 365 days; suspend instead."),
    scopes: z.array(z.enum(RESTRICTION_SCOPES)),
    badge: z.string(),
    reason: base.reason,
    resolve: z.boolean(),
    /** Also close the account's other open cases (an account decision, lib/accounts/decide.ts). */
    settleOpenCases: z.boolean(),
  })
  .superRefine((f, ctx) => {
    if (actsOnAccount(f.action) && !f.accountId)
      ctx.addIssue({ code: "custom", path: ["accountId"], message: "Choose the account." });
    if (f.action === "TAKE_DOWN_JOB" && !f.jobId)
      ctx.addIssue({ code: "custom", path: ["jobId"], message: "This case has no job posting." });
    if (f.action === "RESTRICT" && f.scopes.length === 0)
      ctx.addIssue({ code: "custom", path: ["scopes"], message: "Choose what the account may not do." });
    if (f.action === "REMOVE_BADGE" && !f.badge)
      ctx.addIssue({ code: "custom", path: ["badge"], message: "Choose the badge." });
  });

export type DecisionForm = z.infer<typeof decisionFormSchema>;

/** Whether the form's decision is one on the account that also settles its other cases. */
export function settlesCases(f: Pick<DecisionForm, "action" | "settleOpenCases">): boolean {
  return f.settleOpenCases && ["WARN", "RESTRICT", "SUSPEND", "TAKE_DOWN_ALL_JOBS"].includes(f.action);
}

export function decisionFromForm(
  f: DecisionForm,
  at: { caseId: string; expectedVersion: number; requestId: string },
): DecisionInput {
  const b = { ...at, reason: f.reason };
  switch (f.action) {
    case "DISMISS":
    case "RESOLVE":
    case "ESCALATE":
      return { ...b, action: f.action };
    case "TAKE_DOWN_JOB":
      return { ...b, action: f.action, jobId: f.jobId, resolve: f.resolve };
    case "RESTRICT":
      return { ...b, action: f.action, accountId: f.accountId, days: f.days, scopes: f.scopes, resolve: f.resolve };
    case "REMOVE_BADGE":
      return { ...b, action: f.action, accountId: f.accountId, badge: f.badge, resolve: f.resolve };
    default:
      return { ...b, action: f.action, accountId: f.accountId, resolve: f.resolve };
  }
}
