import { z } from "@/lib/zod";
import { isStorableDay, STORABLE_DATE_MESSAGE } from "@/lib/dates";
import { AuditAction, SubjectType } from "@/lib/generated/prisma/enums";
import { checkStorableText } from "@/lib/unicode";

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

// Text the database can search: a NUL would fail the query (and, in the export, the stream).
const searchText = (max: number) => z.string().max(max).superRefine(checkStorableText);

// The format first; a malformed day stops there (`abort`), so each bad field gets one error.
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use a date like 2026-11-22.", abort: true })
  .refine(isStorableDay, `A day that exists. ${STORABLE_DATE_MESSAGE}`);

/** The audit page's filters, parsed from the URL (the same for the page and the CSV export). */
export const auditFilterSchema = z.object({
  actor: optional(searchText(200)),
  action: optional(z.enum(Object.values(AuditAction) as [string, ...string[]])),
  subjectType: optional(z.enum(Object.values(SubjectType) as [string, ...string[]])),
  subjectId: optional(searchText(100)),
  from: optional(daySchema),
  to: optional(daySchema),
  // An audit event id: a bigint, at most 18 digits so it always fits.
  before: optional(z.string().regex(/^\d{1,18}$/, "Use an audit event id.")),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): {
  filter: AuditFilter;
  error: string | null;
} {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFilterSchema.safeParse(flat);
  if (parsed.success) return { filter: parsed.data, error: null };
  return { filter: {}, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join(" ") };
}
