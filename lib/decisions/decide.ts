import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCanActOnCase } from "@/lib/cases/claims";
import type { ConsoleActor } from "@/lib/auth/session";
import { caseReference } from "@/lib/cases/labels";
import { prisma } from "@/lib/db/prisma";
import { applyDecision, type Effect } from "@/lib/decisions/effects";
import { describeChangesSince } from "@/lib/decisions/changes";
import { expireRestrictions } from "@/lib/decisions/expiry";
import { isOpenStatus, missingPermission, needsConfirmation } from "@/lib/decisions/rules";
import { decisionSchema, type DecisionInput } from "@/lib/decisions/schemas";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export interface DecisionResult {
  message: string;
  caseVersion: number;
  caseStatus: CaseStatus;
  /** True when this request had already been applied (a double submit). */
  duplicate: boolean;
}

/**
 * Takes one decision on a case: checks who may take it, that the case has not
 * changed since the person looked at it (version), that nobody else holds
 * it, then changes the state and appends the audit event in one transaction.
 * The same requestId twice has one effect.
 */
export async function decide(actor: ConsoleActor, input: DecisionInput): Promise<DecisionResult> {
  const decision = decisionSchema.parse(input);
  const earlier = await resultOfRequest(decision.requestId);
  if (earlier) return earlier;

  await expireRestrictions();
  try {
    return await prisma.$transaction(async (tx) => {
      const now = new Date();
      // Locks the case row (concurrent decisions on one case queue up here and
      // each then sees the version the one before it left), refuses a case
      // someone else holds, and extends the actor's own claim.
      await assertCanActOnCase(tx, decision.caseId, actor, now);
      const kase = await tx.case.findUnique({ where: { id: decision.caseId } });
      if (!kase) throw new SafeError("NOT_FOUND", "That case no longer exists.");
      // A double submit that waited for the lock finds its twin committed.
      const twin = await resultOfRequest(decision.requestId, tx);
      if (twin) return twin;
      if (kase.version !== decision.expectedVersion) {
        throw new SafeError("CONFLICT", await describeChangesSince(tx, kase.id, decision.expectedVersion));
      }

      const reversed =
        decision.action === "REVERSE"
          ? await tx.enforcement.findUnique({ where: { id: decision.enforcementId }, select: { actorId: true } })
          : null;
      const missing = missingPermission(actor.role, decision, actor.id, { caseStatus: kase.status, reversedActorId: reversed?.actorId });
      if (missing) {
        throw new SafeError("FORBIDDEN", `Your role may not do this: ${missing.why} needs the ${missing.permission} permission. Escalate the case to staff instead.`);
      }
      if (needsConfirmation(decision) && !decision.confirmed) {
        throw new SafeError("INVALID", "This action is heavy or hard to undo: confirm it first.");
      }
      if (!isOpenStatus(kase.status) && decision.action !== "REVERSE") {
        throw new SafeError("CONFLICT", `This case is already ${kase.status.toLowerCase()}. To change the outcome, reverse the enforcement instead.`);
      }

      const effect: Effect = await applyDecision(tx, actor, decision, kase, now);
      const closes = effect.closeAs ?? null;
      const status: CaseStatus = closes ?? effect.status ?? (kase.status === "OPEN" ? "IN_REVIEW" : kase.status);
      const leavesDesk = closes !== null || status === "ESCALATED";
      const updated = await tx.case.update({
        where: { id: kase.id },
        data: {
          version: { increment: 1 },
          status,
          closedAt: closes ? now : undefined,
          ...(status === "ESCALATED" && kase.status !== "ESCALATED" ? { escalatedAt: now, escalationReason: decision.reason } : {}),
          ...(leavesDesk ? { claimedById: null, claimedAt: null, claimExpiresAt: null } : {}),
        },
        select: { version: true, status: true, number: true },
      });
      await recordAudit(tx, {
        action: effect.auditAction,
        actorId: actor.id,
        caseId: kase.id,
        caseVersion: updated.version,
        subjectType: effect.subjectType,
        subjectId: effect.subjectId,
        reason: decision.reason,
        data: { decision: decision.action, ...effect.data, caseStatus: { from: kase.status, to: updated.status } },
        requestId: decision.requestId,
      });
      const closing = closes && decision.action !== "DISMISS" && decision.action !== "RESOLVE" ? ` ${caseReference(updated.number)} is resolved.` : "";
      return { message: `${effect.message}${closing}`, caseVersion: updated.version, caseStatus: updated.status, duplicate: false };
    });
  } catch (error) {
    // Two submits of one request raced past the first check: the unique
    // requestId let exactly one through; report the other as a repeat.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await resultOfRequest(decision.requestId);
      if (again) return again;
    }
    throw error;
  }
}

async function resultOfRequest(requestId: string, db: Prisma.TransactionClient = prisma): Promise<DecisionResult | null> {
  const event = await db.auditEvent.findUnique({
    where: { requestId },
    select: { caseVersion: true, case: { select: { status: true } } },
  });
  if (!event) return null;
  return {
    message: "This decision was already recorded; it was not applied twice.",
    caseVersion: event.caseVersion ?? 0,
    caseStatus: event.case?.status ?? "OPEN",
    duplicate: true,
  };
}
