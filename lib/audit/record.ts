import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
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
  /** Shared by the events of one compound or account decision (recordAudit only). */
  groupId?: string | null;
}

/**
 * Appends one event to the audit trail. It takes the transaction client on
 * purpose: a decision and its audit entry commit together or not at all.
 */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({ data: { ...auditRow(entry), groupId: entry.groupId ?? null } });
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
export async function recordAudits(
  tx: Prisma.TransactionClient,
  entries: AuditEntry[],
  at = new Date(),
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry, ord) => ({ ord, ...auditRow(entry) }));
  await tx.$executeRaw(
    auditInsertSql(
      Prisma.sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
        "ord" int, "action" text, "actorKind" text, "actorId" text, "caseId" text, "caseVersion" int,
        "subjectType" text, "subjectId" text, "reason" text, "data" jsonb, "requestId" text)`,
      at,
    ),
  );
}

/**
 * The audit trail's one INSERT, for writers that must stay a single SQL
 * statement (recordAudits above, and claim-next in lib/cases/kernel.ts,
 * which picks, claims and audits a case in one statement). `source` is a
 * SELECT yielding the columns of AuditEntry as text/int/jsonb plus "ord"
 * (the order to append in); columns it leaves out must be selected as NULL.
 * Rows are appended in "ord" order, so ids follow the order of events.
 */
export function auditInsertSql(source: Prisma.Sql, at: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("action", "actorKind", "actorId", "caseId", "caseVersion", "subjectType", "subjectId", "reason", "data", "requestId", "createdAt")
    SELECT e."action"::"AuditAction", e."actorKind"::"ActorKind", e."actorId", e."caseId", e."caseVersion", e."subjectType"::"SubjectType",
           e."subjectId", e."reason", COALESCE(e."data", '{}'::jsonb), e."requestId", ${at.toISOString()}::timestamp(3)
    FROM (${source}) AS e
    ORDER BY e."ord"`;
}
