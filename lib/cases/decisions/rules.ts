import { can, MODERATOR_MAX_RESTRICTION_DAYS, type Permission } from "@/lib/auth/permissions";
import { mayActInState } from "@/lib/cases/lifecycle";
import type { CaseStatus, ConsoleRole } from "@/lib/generated/prisma/enums";
import { DECISION_ACTIONS, type Decision, type DecisionAction } from "@/lib/cases/decisions/schemas";

/**
 * Who may take which decision, read from the one permission table. Pure, so
 * the UI (what to offer) and the server (what to allow) use the same rules.
 * What the case's state allows (closed, escalated) is lib/cases/lifecycle.ts's
 * rule, which the case kernel checks for every decision.
 */
export const ACTION_PERMISSION: Record<DecisionAction, Permission> = {
  DISMISS: "case:decide",
  RESOLVE: "case:decide",
  ESCALATE: "case:escalate",
  WARN: "case:decide",
  TAKE_DOWN_JOB: "job:take-down",
  TAKE_DOWN_ALL_JOBS: "job:take-down",
  RESTRICT: "account:restrict",
  REMOVE_BADGE: "account:remove-badge",
  SUSPEND: "account:suspend",
  REVERSE: "case:decide",
};

export interface DecisionContext {
  /** For REVERSE: who made the decision being reversed. */
  reversedActorId?: string | null;
}

/** The permissions a decision needs in its context, each with why. */
export function permissionsNeeded(
  decision: Pick<Decision, "action"> & { days?: number },
  actorId: string,
  ctx: DecisionContext,
): { permission: Permission; why: string }[] {
  const needed: { permission: Permission; why: string }[] = [
    { permission: ACTION_PERMISSION[decision.action], why: describeAction(decision.action) },
  ];
  if (decision.action === "RESTRICT" && (decision.days ?? 0) > MODERATOR_MAX_RESTRICTION_DAYS) {
    needed.push({
      permission: "account:suspend",
      why: `restricting for more than ${MODERATOR_MAX_RESTRICTION_DAYS} days`,
    });
  }
  if (decision.action === "REVERSE" && ctx.reversedActorId !== actorId) {
    needed.push({ permission: "decision:reverse", why: "reversing someone else's decision" });
  }
  return needed;
}

export function missingPermission(
  role: ConsoleRole,
  decision: Pick<Decision, "action"> & { days?: number },
  actorId: string,
  ctx: DecisionContext,
) {
  return permissionsNeeded(decision, actorId, ctx).find((n) => !can(role, n.permission)) ?? null;
}

/** Actions that are heavy or hard to undo ask the person to confirm. */
export function needsConfirmation(decision: Pick<Decision, "action"> & { days?: number }): boolean {
  return (
    decision.action === "SUSPEND" ||
    decision.action === "TAKE_DOWN_ALL_JOBS" ||
    decision.action === "TAKE_DOWN_JOB" ||
    decision.action === "REMOVE_BADGE" ||
    decision.action === "REVERSE" ||
    (decision.action === "RESTRICT" && (decision.days ?? 0) > 7)
  );
}

export function describeAction(action: DecisionAction): string {
  switch (action) {
    case "DISMISS":
      return "dismissing a case";
    case "RESOLVE":
      return "resolving a case";
    case "ESCALATE":
      return "escalating to staff";
    case "WARN":
      return "warning an account";
    case "TAKE_DOWN_JOB":
      return "taking a job down";
    case "TAKE_DOWN_ALL_JOBS":
      return "taking down all of a client's jobs";
    case "RESTRICT":
      return "restricting an account";
    case "REMOVE_BADGE":
      return "removing a badge";
    case "SUSPEND":
      return "suspending an account";
    case "REVERSE":
      return "reversing a decision";
  }
}

/**
 * The decisions (other than reversals) to offer `role` on a case in
 * `status`: what the state allows and the role's permissions allow, less
 * escalating a case that is already escalated. The server checks again.
 */
export function offeredActions(role: ConsoleRole, status: CaseStatus): DecisionAction[] {
  if (!mayActInState(status, role, "decide")) return [];
  return DECISION_ACTIONS.filter(
    (a) => a !== "REVERSE" && can(role, ACTION_PERMISSION[a]) && !(a === "ESCALATE" && status === "ESCALATED"),
  );
}

/** Whether `role` may reverse an enforcement that `enforcerId` made. */
export function mayReverse(role: ConsoleRole, actorId: string, enforcerId: string): boolean {
  return missingPermission(role, { action: "REVERSE" }, actorId, { reversedActorId: enforcerId }) === null;
}
