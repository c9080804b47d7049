import { can } from "@/lib/auth/permissions";
import type { CaseStatus, ConsoleRole, SubjectType } from "@/lib/generated/prisma/enums";

/**
 * The one place that says what a case's statuses mean and who may act on a
 * case in which state. Pure (no database, no framework), so the kernel
 * (lib/cases/kernel.ts), the queue's SQL, intake, the decision rules and the
 * UI all read the same lists and rules instead of spelling them out.
 */

export const CASE_STATUSES = [
  "OPEN",
  "IN_REVIEW",
  "ESCALATED",
  "RESOLVED",
  "DISMISSED",
] as const satisfies readonly CaseStatus[];

/** A case still waiting for a decision: new reports join it. */
export const OPEN_STATUSES = ["OPEN", "IN_REVIEW", "ESCALATED"] as const satisfies readonly CaseStatus[];
/** Open and not escalated: the moderators' queue, and what claim-next may pick. */
export const DESK_STATUSES = ["OPEN", "IN_REVIEW"] as const satisfies readonly CaseStatus[];
/** Decided: only a reversal of an enforcement still touches it. */
export const CLOSED_STATUSES = ["RESOLVED", "DISMISSED"] as const satisfies readonly CaseStatus[];

export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

export function isOpenStatus(status: CaseStatus | string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

export function isClosedStatus(status: CaseStatus | string): status is ClosedStatus {
  return (CLOSED_STATUSES as readonly string[]).includes(status);
}

/**
 * A status list as SQL literal text, e.g. `('OPEN', 'IN_REVIEW')`. The queue's
 * reads need literals (not parameters) so the planner can prove the partial
 * indexes of 20261122021500_queue_indexes apply; the values come from the
 * lists above, never from input.
 */
export function statusListSql(statuses: readonly CaseStatus[]): string {
  return `(${statuses.map((s) => `'${s}'`).join(", ")})`;
}

/** Someone took the case: a new case is now in review. */
export function statusWhenClaimed(status: CaseStatus): CaseStatus {
  return status === "OPEN" ? "IN_REVIEW" : status;
}

/** Nobody holds the case any more: "in review" by nobody is open again. */
export function statusWhenUnclaimed(status: CaseStatus): CaseStatus {
  return status === "IN_REVIEW" ? "OPEN" : status;
}

/**
 * A decision that does not close the case still marks it as looked at; a
 * case that leaves the moderators' desk (closed, or escalated to staff)
 * drops its claim.
 */
export function statusAfterDecision(
  current: CaseStatus,
  change: { closeAs?: ClosedStatus | null; status?: CaseStatus | null },
): CaseStatus {
  return change.closeAs ?? change.status ?? statusWhenClaimed(current);
}

export function leavesDesk(status: CaseStatus): boolean {
  return isClosedStatus(status) || status === "ESCALATED";
}

/**
 * What someone wants to do with a case:
 * - hold: claim it, or be assigned it;
 * - decide: any decision but a reversal;
 * - reverse: undo an enforcement (allowed in any state, closed included);
 * - release / assign: give up or hand over the claim (open cases for assign);
 * - reopen: a closed case back to the queue (its decision was reversed);
 * - decide-appeal: uphold, overturn or modify the decision an appeal case is about.
 */
export type CaseIntent = "hold" | "decide" | "reverse" | "release" | "assign" | "reopen" | "decide-appeal";

export interface StateRefusal {
  code: "CONFLICT" | "FORBIDDEN";
  reason: "closed" | "escalated" | "not-closed" | "appeal-staff-only" | "appeal-not-decision" | "not-appeal";
}

/**
 * Why `role` may not act with `intent` on a case in `status`, or null. An
 * appeal case (subject APPEAL) is held and decided by staff only (the
 * appeal:decide permission), and only with an appeal decision; an appeal
 * decision applies to appeal cases only.
 */
export function stateRefusal(
  status: CaseStatus,
  role: ConsoleRole,
  intent: CaseIntent,
  subjectType?: SubjectType,
): StateRefusal | null {
  if (intent === "reverse" || intent === "release") return null;
  if (intent === "reopen") return isClosedStatus(status) ? null : { code: "CONFLICT", reason: "not-closed" };
  if (isClosedStatus(status)) return { code: "CONFLICT", reason: "closed" };
  const appeal = subjectType === "APPEAL";
  if (intent === "decide-appeal" && !appeal) return { code: "CONFLICT", reason: "not-appeal" };
  if (appeal && intent === "decide") return { code: "CONFLICT", reason: "appeal-not-decision" };
  if (appeal && (intent === "hold" || intent === "decide-appeal") && !can(role, "appeal:decide")) {
    return { code: "FORBIDDEN", reason: "appeal-staff-only" };
  }
  // Escalated cases are staff's: only roles that may decide them may hold or decide them.
  if (status === "ESCALATED" && (intent === "hold" || intent === "decide") && !can(role, "case:decide-escalated")) {
    return { code: "FORBIDDEN", reason: "escalated" };
  }
  return null;
}

/** Whether `role` may act with `intent` on a case in `status`. */
export function mayActInState(
  status: CaseStatus,
  role: ConsoleRole,
  intent: CaseIntent,
  subjectType?: SubjectType,
): boolean {
  return stateRefusal(status, role, intent, subjectType) === null;
}
