import { z } from "@/lib/zod";
import { entityFields, PlatformId, rejectDuplicateIds, Text, Timestamp } from "@/lib/api/schemas/common";

export const REPORT_REASONS = [
  "OFF_PLATFORM_CONTACT",
  "OFF_PLATFORM_PAYMENT",
  "PHISHING",
  "SCAM_JOB",
  "SPAM",
  "HARASSMENT",
  "OTHER",
] as const;
export const SUBJECT_TYPES = ["JOB", "ACCOUNT", "THREAD", "MESSAGE"] as const;

export const ReportInput = z
  .strictObject({
    id: PlatformId.refine(
      (id) => !id.startsWith("auto:"),
      "Ids starting with auto: are reserved for the console's detector.",
    ),
    reason: z.enum(REPORT_REASONS),
    comment: Text(0, 2000).nullable().optional(),
    reporterId: PlatformId.nullable()
      .optional()
      .meta({ description: "The reporting account (in `accounts` or sent before)." }),
    subject: z.strictObject({ type: z.enum(SUBJECT_TYPES), id: PlatformId }).meta({
      id: "ReportSubject",
      description: "What is flagged, by the platform's id. A message must have been sent with POST /messages first.",
    }),
    reportedAt: Timestamp.optional().meta({ description: "When the user flagged it; defaults to now." }),
    ...entityFields,
  })
  .superRefine((r, ctx) => rejectDuplicateIds(ctx, { accounts: r.accounts, jobs: r.jobs, threads: r.threads }))
  .meta({
    id: "Report",
    description: "A user flags a job, message, thread or account. It joins the open case of its subject, or opens one.",
  });

export type ReportInput = z.infer<typeof ReportInput>;

export const ReportResult = z
  .object({
    id: PlatformId,
    status: z.enum(["created", "unchanged"]),
    reportId: z.string(),
    caseId: z.string().meta({ description: "Pass to GET /cases/{id} to follow the decision." }),
    caseNumber: z.int().meta({ description: "The number moderators use (C-1042)." }),
    caseOpened: z.boolean().meta({ description: "Whether this report opened the case." }),
  })
  .meta({ id: "ReportResult" });
