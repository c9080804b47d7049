import "server-only";
import type { ConsoleActor } from "@/lib/auth/session";
import { changeCase, type CaseActor, type LockedCase } from "@/lib/cases/kernel";
import { caseReference } from "@/lib/cases/labels";
import { leavesDesk, statusAfterDecision } from "@/lib/cases/lifecycle";
import { prisma } from "@/lib/db/prisma";
import { applyDecision, type EffectOptions } from "@/lib/cases/decisions/effects";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { missingPermission, needsConfirmation } from "@/lib/cases/decisions/rules";
import { assertTargetInCase } from "@/lib/cases/decisions/targets";
import { decisionSchema, type Decision, type DecisionInput } from "@/lib/cases/decisions/schemas";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export interface DecisionResult {
  message: string;
  caseVersion: number;
  caseStatus: CaseStatus;
  caseNumber: number;
  /** True when this request had already been applied (a double submit). */
  duplicate: boolean;
}

export interface DecideOptions {
  /** Extra fields for the audit event's data (bulk actions mark themselves). */
  auditData?: Record<string, Prisma.InputJsonValue>;
  /** How a stale-version refusal is worded (bulk actions name the case). */
  staleMessage?: (kase: LockedCase, changes: string) => string;
  /** Set when the caller already lifted lapsed restrictions (a bulk action does it once). */
  restrictionsExpired?: boolean;
  /** Shared by the parts of a compound or account decision (audit events and enforcements). */
  groupId?: string;
  /** A reversal made by an appeal's outcome (lib/appeals/decide.ts). */
  statementEnd?: EffectOptions["statementEnd"];
}

const DUPLICATE_MESSAGE = "This decision was already recorded; it was not applied twice.";

/**
 * Takes one decision on a case, in one transaction through the case kernel
 * (lib/cases/kernel.ts), which locks the case, refuses one someone else
 * holds or that changed since the person looked at it (version), checks the
 * state rules and applies a request id once; this adds who may take which
 * decision, confirmation, and the decision's effect on the platform.
 */
export async function decide(
  actor: ConsoleActor | CaseActor,
  input: DecisionInput,
  options: DecideOptions = {},
): Promise<DecisionResult> {
  const decision = decisionSchema.parse(input);
  const earlier = await resultOfRequest(decision.requestId);
  if (earlier) return earlier;

  if (!options.restrictionsExpired) await expireRestrictions();
  try {
    return await prisma.$transaction((tx) => decideInTransaction(tx, actor, decision, options));
  } catch (error) {
    // The same request id on another case raced past the kernel's check
    // (which is per case, under its lock): the unique requestId let exactly
    // one through; report the other as a repeat.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await resultOfRequest(decision.requestId);
      if (again) return again;
    }
    throw error;
  }
}

/** decide's body, in the caller's transaction. */
export async function decideInTransaction(
  tx: Prisma.TransactionClient,
  actor: ConsoleActor | CaseActor,
  decision: Decision,
  options: DecideOptions = {},
  now = new Date(),
): Promise<DecisionResult> {
  const outcome = await changeCase(tx, {
    caseId: decision.caseId,
    actor,
    intent: decision.action === "REVERSE" ? "reverse" : "decide",
    now,
    expectedVersion: decision.expectedVersion,
    requestId: decision.requestId,
    staleMessage: options.staleMessage,
    apply: async (kase) => {
      const reversed =
        decision.action === "REVERSE"
          ? await tx.enforcement.findUnique({ where: { id: decision.enforcementId }, select: { actorId: true } })
          : null;
      const missing = missingPermission(actor.role, decision, actor.id, { reversedActorId: reversed?.actorId });
      if (missing) {
        throw new SafeError(
          "FORBIDDEN",
          `Your role may not do this: ${missing.why} needs the ${missing.permission} permission. Escalate the case to staff instead.`,
        );
      }
      if (needsConfirmation(decision) && !decision.confirmed) {
        throw new SafeError("INVALID", "This action is heavy or hard to undo: confirm it first.");
      }
      await assertTargetInCase(tx, actor, decision, kase, now);
      const effect = await applyDecision(tx, actor, decision, kase, now, {
        groupId: options.groupId,
        statementEnd: options.statementEnd,
      });
      const status = statusAfterDecision(kase.status, effect);
      const closing =
        effect.closeAs && decision.action !== "DISMISS" && decision.action !== "RESOLVE"
          ? ` ${caseReference(kase.number)} is resolved.`
          : "";
      return {
        change: {
          status,
          ...(leavesDesk(status) ? { claim: null } : {}),
          escalationReason: decision.reason,
          audit: {
            groupId: options.groupId ?? null,
            action: effect.auditAction,
            subjectType: effect.subjectType,
            subjectId: effect.subjectId,
            reason: decision.reason,
            data: {
              decision: decision.action,
              ...effect.data,
              caseStatus: { from: kase.status, to: status },
              ...options.auditData,
            },
          },
        },
        result: `${effect.message}${closing}`,
      };
    },
  });
  const base = { caseVersion: outcome.version, caseStatus: outcome.status, caseNumber: outcome.case.number };
  if (outcome.duplicate) return { ...base, message: DUPLICATE_MESSAGE, duplicate: true };
  return { ...base, message: outcome.result, duplicate: false };
}

async function resultOfRequest(
  requestId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<DecisionResult | null> {
  const event = await db.auditEvent.findUnique({
    where: { requestId },
    select: { caseVersion: true, case: { select: { status: true, number: true } } },
  });
  if (!event) return null;
  return {
    message: DUPLICATE_MESSAGE,
    caseVersion: event.caseVersion ?? 0,
    caseStatus: event.case?.status ?? "OPEN",
    caseNumber: event.case?.number ?? 0,
    duplicate: true,
  };
}
