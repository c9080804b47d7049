import { z } from "@/lib/zod";
import { RESTRICTION_SCOPES } from "@/lib/cases/decisions/schemas";
import type { EnforcementKind } from "@/lib/generated/prisma/enums";
import { versionSchema } from "@/lib/version";

// Pure: the appeal's rules, shared by the server (intake, decisions) and the
// appeal case page's form.

const DAY = 86_400_000;

/** The last moment an enforcement may be appealed: `days` after it was taken. */
export function appealDeadline(enforcedAt: Date, days: number): Date {
  return new Date(enforcedAt.getTime() + days * DAY);
}

/** An appeal case's stored priority: a fixed part (appeals wait on staff), plus waiting time as every case. */
export function appealPriority(): { total: number; breakdown: Record<string, number> } {
  return { total: 40, breakdown: { appeal: 40, waiting: 0 } };
}

export const APPEAL_DECISIONS = ["UPHOLD", "OVERTURN", "MODIFY"] as const;
export type AppealDecisionKind = (typeof APPEAL_DECISIONS)[number];

export const APPEAL_DECISION_LABELS: Record<AppealDecisionKind, string> = {
  UPHOLD: "Uphold the decision",
  OVERTURN: "Overturn (reverse it)",
  MODIFY: "Modify (shorter restriction)",
};

/**
 * Which enforcements can be modified rather than only upheld or overturned:
 * a restriction can be shortened, a suspension turned into a restriction.
 */
export function canModify(kind: EnforcementKind): boolean {
  return kind === "RESTRICTION" || kind === "SUSPENSION";
}

/** What the person chooses on the appeal case page (the form's schema). */
const appealChoice = z.object({
  decision: z.enum(APPEAL_DECISIONS),
  reason: z
    .string()
    .trim()
    .min(5, "Say why (at least 5 characters); it goes to the appellant and into the audit trail.")
    .max(2000),
  /** MODIFY: the restriction's new length in days, counted from the original decision. */
  days: z.number().int().min(1, "At least one day.").max(365, "At most 365 days.").optional(),
  scopes: z.array(z.enum(RESTRICTION_SCOPES)).min(1, "Choose what the account may not do.").optional(),
  /** Overturning or modifying changes the account: it must be confirmed. */
  confirmed: z.boolean().optional(),
});

function modifyNeedsDays(d: z.infer<typeof appealChoice>, ctx: z.RefinementCtx) {
  if (d.decision === "MODIFY" && d.days === undefined)
    ctx.addIssue({ code: "custom", path: ["days"], message: "Say how many days the restriction lasts now." });
}

export const appealFormSchema = appealChoice.superRefine((d, ctx) => {
  modifyNeedsDays(d, ctx);
  if (d.decision !== "UPHOLD" && !d.confirmed)
    ctx.addIssue({ code: "custom", path: ["confirmed"], message: "Confirm that this changes the account." });
});
export type AppealForm = z.infer<typeof appealFormSchema>;

export const appealDecisionSchema = appealChoice
  .extend({
    caseId: z.string().min(1),
    expectedVersion: versionSchema,
    requestId: z.string().uuid(),
  })
  .superRefine(modifyNeedsDays);

export type AppealDecisionInput = z.input<typeof appealDecisionSchema>;
export type AppealDecision = z.output<typeof appealDecisionSchema>;
