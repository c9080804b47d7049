import { z } from "@/lib/zod";
import { REPORT_REASONS, SUBJECT_TYPES } from "@/lib/api/schemas/reports";

export const DECISION_ACTIONS = [
  "DISMISSED",
  "WARNED",
  "JOB_TAKEN_DOWN",
  "JOB_RESTORED",
  "ACCOUNT_RESTRICTED",
  "RESTRICTION_LIFTED",
  "RESTRICTION_EXPIRED",
  "BADGE_REMOVED",
  "ACCOUNT_SUSPENDED",
  "ACCOUNT_REINSTATED",
  "ENFORCEMENT_REVERSED",
  "ESCALATED",
  "RESOLVED",
  "APPEAL_UPHELD",
  "APPEAL_OVERTURNED",
  "APPEAL_MODIFIED",
] as const;

export const CaseIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ description: "The case id returned by POST /reports.", example: "cmi4x0abc0001qz8h2k3j4l5m" }),
});

export const CaseView = z
  .object({
    id: z.string(),
    number: z.int(),
    status: z.enum(["OPEN", "IN_REVIEW", "ESCALATED", "RESOLVED", "DISMISSED"]),
    subject: z.object({
      type: z.enum([...SUBJECT_TYPES, "APPEAL"]),
      id: z.string().meta({ description: "The platform's id of the subject (of the appeal, for an appeal case)." }),
    }),
    openedAt: z.iso.datetime(),
    lastReportedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    reportCount: z.int(),
    reports: z.array(
      z.object({
        id: z
          .string()
          .nullable()
          .meta({ description: "The platform's report id; null for the console's automatic reports." }),
        source: z.enum(["USER", "AUTOMATIC"]),
        reason: z.enum(REPORT_REASONS),
        reportedAt: z.iso.datetime(),
      }),
    ),
    decisions: z
      .array(
        z.object({
          action: z.enum(DECISION_ACTIONS),
          decidedAt: z.iso.datetime(),
          reason: z.string().nullable(),
          details: z
            .record(z.string(), z.unknown())
            .meta({ description: "What the decision changed (e.g. a restriction's end)." }),
        }),
      )
      .meta({ description: "Decisions in the order they were made, from the case's audit trail." }),
  })
  .meta({ id: "Case" });

export type CaseView = z.infer<typeof CaseView>;
