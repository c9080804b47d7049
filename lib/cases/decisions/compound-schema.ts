import { z } from "@/lib/zod";
import { RESTRICTION_SCOPES } from "@/lib/cases/decisions/schemas";
import { versionSchema } from "@/lib/version";

/**
 * A compound decision on a job case: take the job down, restrict its poster
 * and thank every reporter, as one transaction and one audit group.
 */
export const compoundDecisionSchema = z.object({
  caseId: z.string().min(1),
  expectedVersion: versionSchema,
  requestId: z.string().uuid(),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail.").max(2000),
  restrictDays: z.number().int().min(1).max(365),
  scopes: z.array(z.enum(RESTRICTION_SCOPES)).min(1, "Choose what the account may not do."),
  thankReporters: z.boolean().default(true),
  confirmed: z.boolean().optional(),
});

export const undoGroupSchema = z.object({
  caseId: z.string().min(1),
  expectedVersion: versionSchema,
  requestId: z.string().uuid(),
  groupId: z.string().min(1),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail.").max(2000),
});

export type CompoundDecisionInput = z.input<typeof compoundDecisionSchema>;
export type UndoGroupInput = z.input<typeof undoGroupSchema>;
