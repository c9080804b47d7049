import { z } from "@/lib/zod";
import { sendTextIssues, templateTextIssues, type TextIssue } from "@/lib/replies/text";
import { versionSchema } from "@/lib/version";

// One schema per input, shared by the forms (errors before a round trip) and
// the server (which checks everything again). Pure: no database.

export const REPLY_AUDIENCES = ["REPORTER", "REPORTED", "ANY"] as const;
export const RECIPIENT_AUDIENCES = ["REPORTER", "REPORTED"] as const;
export const FINDING_CATEGORIES = [
  "CONTACT_SHARING",
  "OFF_PLATFORM_COMMUNICATION",
  "OFF_PLATFORM_PAYMENT",
  "PERSONAL_DATA_REQUEST",
] as const;

export const AUDIENCE_LABELS: Record<(typeof REPLY_AUDIENCES)[number], string> = {
  REPORTER: "Reporters",
  REPORTED: "Reported users",
  ANY: "Anyone",
};

export const TEMPLATE_LIMITS = { name: 80, subject: 150, body: 5000 } as const;

function reportIssues(check: (text: string) => TextIssue[]) {
  return (value: string, ctx: z.RefinementCtx) => {
    for (const issue of check(value)) {
      ctx.addIssue({
        code: "custom",
        message: issue.message,
        params: { code: issue.code, line: issue.line, column: issue.column, index: issue.index },
      });
    }
  };
}

const templateFields = {
  name: z
    .string()
    .trim()
    .min(3, "Give the template a name of at least 3 characters.")
    .max(TEMPLATE_LIMITS.name, `Keep the name under ${TEMPLATE_LIMITS.name} characters.`),
  audience: z.enum(REPLY_AUDIENCES, { message: "Choose who the template is for." }),
  categories: z
    .array(z.enum(FINDING_CATEGORIES, { message: "Unknown category." }))
    .max(FINDING_CATEGORIES.length)
    .transform((list) => FINDING_CATEGORIES.filter((c) => list.includes(c))),
  subject: z
    .string()
    .trim()
    .min(1, "Write a subject line.")
    .max(TEMPLATE_LIMITS.subject, `Keep the subject under ${TEMPLATE_LIMITS.subject} characters.`)
    .refine((s) => !s.includes("\n"), "The subject is one line.")
    .superRefine(reportIssues(templateTextIssues)),
  body: z
    .string()
    .trim()
    .min(1, "Write the reply text.")
    .max(TEMPLATE_LIMITS.body, `Keep the text under ${TEMPLATE_LIMITS.body.toLocaleString("en")} characters.`)
    .superRefine(reportIssues(templateTextIssues)),
};

export const templateInputSchema = z.object(templateFields);
export type TemplateInput = z.input<typeof templateInputSchema>;
export type TemplateData = z.output<typeof templateInputSchema>;

export const templateUpdateSchema = z.object({
  ...templateFields,
  id: z.string().min(1),
  /** The version the editor started from: a save over someone else's change is refused. */
  version: versionSchema,
});
export type TemplateUpdateInput = z.input<typeof templateUpdateSchema>;

export const templateRefSchema = z.object({ id: z.string().min(1) });

export const sendReplySchema = z.object({
  caseId: z.string().min(1),
  recipientId: z.string().min(1, "Choose who the reply goes to."),
  audience: z.enum(RECIPIENT_AUDIENCES, { message: "Choose who the reply goes to." }),
  templateId: z.string().min(1).nullable(),
  subject: z
    .string()
    .trim()
    .min(1, "Write a subject line.")
    .max(200, "Keep the subject under 200 characters.")
    .refine((s) => !s.includes("\n"), "The subject is one line.")
    .superRefine(reportIssues(sendTextIssues)),
  body: z
    .string()
    .trim()
    .min(1, "Write the reply.")
    .max(TEMPLATE_LIMITS.body, "Keep the reply under 5,000 characters.")
    .superRefine(reportIssues(sendTextIssues)),
  /** Chosen by the composer once per draft: the same reply submitted twice is stored once. */
  requestId: z.string().min(8).max(100),
});
export type SendReplyInput = z.input<typeof sendReplySchema>;

/** Every message per field (the forms show them all, not just the first). */
export function fieldMessages(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
