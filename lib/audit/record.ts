import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind, AuditAction, SubjectType } from "@/lib/generated/prisma/enums";

export interface AuditEntry {
  action: AuditAction;
  actorKind?: ActorKind;
  actorId?: string | null;
  caseId?: string | null;
  caseVersion?: number | null;
  subjectType?: SubjectType | null;
  subjectId?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  requestId?: string | null;
}

/**
 * Appends one event to the audit trail. It takes the transaction client on
 * purpose: a decision and its audit entry commit together or not at all.
 */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({ data: auditRow(entry) });
}

/** The stored shape of an entry: the defaults both writers share. */
function auditRow(entry: AuditEntry) {
  return {
    action: entry.action,
    actorKind: entry.actorKind ?? (entry.actorId ? ("USER" as const) : ("SYSTEM" as const)),
    actorId: entry.actorId ?? null,
    caseId: entry.caseId ?? null,
    caseVersion: entry.caseVersion ?? null,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? {},
    requestId: entry.requestId ?? null,
  };
}

/**
 * Appends many events in one statement, in the order given (ingestion
 * records a whole batch's reports at once). Same transaction rule as
 * recordAudit.
 */
export async function recordAudits(tx: Prisma.TransactionClient, entries: AuditEntry[], at = new Date()): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry, ord) => ({ ord, ...auditRow(entry) }));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("action", "actorKind", "actorId", "caseId", "caseVersion", "subjectType", "subjectId", "reason", "data", "requestId", "createdAt")
    SELECT e."action"::"AuditAction", e."actorKind"::"ActorKind", e."actorId", e."caseId", e."caseVersion", e."subjectType"::"SubjectType",
           e."subjectId", e."reason", e."data", e."requestId", ${at.toISOString()}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(
      "ord" int, "action" text, "actorKind" text, "actorId" text, "caseId" text, "caseVersion" int,
      "subjectType" text, "subjectId" text, "reason" text, "data" jsonb, "requestId" text)
    ORDER BY e."ord"`;
}
