import type { ActorKind, AuditAction } from "@/lib/generated/prisma/enums";

/**
 * What the database announces when cases change (pure: shared by the
 * server's listener and the browser). The trigger on the audit trail
 * (prisma/migrations/20261202151600_case_change_notify) sends one
 * notification per committed INSERT of audit events on CASE_CHANGES_CHANNEL.
 */
export const CASE_CHANGES_CHANNEL = "case_changes";

/** One audit event about a case (or a case's subject), as the trigger sends it. */
export interface CaseChangeEvent {
  /** The audit event's id. */
  id: string;
  caseId: string | null;
  /** The version the case reached with this event (null: the event changed no version). */
  version: number | null;
  action: AuditAction;
  actorKind: ActorKind;
  actorId: string | null;
  actorName: string | null;
  /** When it was written (ISO, UTC). */
  at: string;
}

/**
 * One notification: the events themselves; for a batch too large for a
 * notification's 8,000 bytes only which cases changed; for a huge one only
 * that many did.
 */
export type CaseChanges = { events: CaseChangeEvent[] } | { cases: string[] } | { all: true };

export function parseCaseChanges(payload: string): CaseChanges | null {
  try {
    const value = JSON.parse(payload) as Partial<{ events: unknown; cases: unknown; all: unknown }>;
    if (Array.isArray(value.events)) return { events: value.events as CaseChangeEvent[] };
    if (Array.isArray(value.cases)) return { cases: value.cases.filter((c): c is string => typeof c === "string") };
    if (value.all === true) return { all: true };
  } catch {
    // fall through: a payload this code does not know is ignored, not fatal
  }
  return null;
}

/**
 * The part of a notification about one case: its events, or (for a batch
 * sent without events) a bare "it may have changed"; null when the case is
 * not concerned.
 */
export function changesForCase(changes: CaseChanges, caseId: string): CaseChanges | null {
  if ("events" in changes) {
    const events = changes.events.filter((e) => e.caseId === caseId);
    return events.length ? { events } : null;
  }
  if ("cases" in changes) return changes.cases.includes(caseId) ? { cases: [caseId] } : null;
  return changes;
}
