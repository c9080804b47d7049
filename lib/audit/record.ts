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
  return tx.auditEvent.create({
    data: {
      action: entry.action,
      actorKind: entry.actorKind ?? (entry.actorId ? "USER" : "SYSTEM"),
      actorId: entry.actorId ?? null,
      caseId: entry.caseId ?? null,
      caseVersion: entry.caseVersion ?? null,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      data: entry.data ?? {},
      requestId: entry.requestId ?? null,
    },
  });
}
