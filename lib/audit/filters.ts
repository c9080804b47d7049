import { z } from "zod";
import { AuditAction, SubjectType } from "@/lib/generated/prisma/enums";

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** The audit page's filters, parsed from the URL (the same for the page and the CSV export). */
export const auditFilterSchema = z.object({
  actor: optional(z.string().max(200)),
  action: optional(z.enum(Object.values(AuditAction) as [string, ...string[]])),
  subjectType: optional(z.enum(Object.values(SubjectType) as [string, ...string[]])),
  subjectId: optional(z.string().max(100)),
  from: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-22.")),
  to: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-22.")),
  before: optional(z.string().regex(/^\d+$/)),
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
