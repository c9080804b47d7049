import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { CaseActor } from "@/lib/cases/kernel";
import { changeCase } from "@/lib/cases/kernel";
import { caseReference } from "@/lib/cases/labels";
import { decideInTransaction } from "@/lib/cases/decisions/decide";
import { applyDecision } from "@/lib/cases/decisions/effects";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { missingPermission, needsConfirmation } from "@/lib/cases/decisions/rules";
import type { Decision } from "@/lib/cases/decisions/schemas";
import { caseRequestId } from "@/lib/cases/bulk";
import { assertMayEnforceOn, openCasesOfAccount } from "@/lib/cases/parties";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { accountDecisionSchema, type AccountDecisionInput } from "@/lib/accounts/decide-schema";

export interface AccountDecisionResult {
  message: string;
  groupId: string;
  settled: { id: string; number: number }[];
  left: { id: string; number: number; why: string }[];
  /** The case it was taken from, after the decision. */
  fromCase: { version: number; status: string } | null;
  duplicate: boolean;
}

/**
 * A decision on an account as a whole, in one transaction: the enforcement
 * once (through the kernel on the case it is taken from, whose target and
 * claim rules apply; from the account page, with the account's own claim and
 * escalation rules), and with `settleOpenCases` each of the account's other
 * open cases resolved through the kernel with its own audit event linking
 * the decision (its group id, enforcement ids and the case it came from).
 * A case someone else holds is left to them (named in the answer).
 */
export async function decideOnAccount(actor: CaseActor, input: AccountDecisionInput): Promise<AccountDecisionResult> {
  const d = accountDecisionSchema.parse(input);
  const groupId = d.requestId;
  const earlier = await prisma.auditEvent.findFirst({ where: { groupId }, select: { id: true } });
  if (earlier) {
    return {
      message: "This decision was already recorded.",
      groupId,
      settled: [],
      left: [],
      fromCase: null,
      duplicate: true,
    };
  }
  await expireRestrictions();
  const now = new Date();
  const common = { reason: d.reason, requestId: d.requestId, confirmed: d.confirmed, resolve: true };
  const decision = {
    ...common,
    caseId: d.fromCaseId ?? "",
    expectedVersion: d.expectedVersion ?? 1,
    accountId: d.accountId,
    ...(d.action === "RESTRICT"
      ? { action: "RESTRICT" as const, days: d.days!, scopes: d.scopes! }
      : d.action === "TAKE_DOWN_JOBS"
        ? { action: "TAKE_DOWN_ALL_JOBS" as const }
        : { action: d.action }),
  } as Decision;

  const missing = missingPermission(actor.role, decision, actor.id, {});
  if (missing) {
    throw new SafeError(
      "FORBIDDEN",
      `Your role may not do this: ${missing.why} needs the ${missing.permission} permission.`,
    );
  }
  if ((needsConfirmation(decision) || d.settleOpenCases) && !d.confirmed) {
    throw new SafeError("INVALID", "This decision is heavy or closes other cases: confirm it first.");
  }

  return prisma.$transaction(async (tx) => {
    const account = await tx.account.findUnique({ where: { id: d.accountId }, select: { id: true, handle: true } });
    if (!account) throw new SafeError("NOT_FOUND", "That account no longer exists.");
    let message: string;
    let fromCase: AccountDecisionResult["fromCase"] = null;
    if (d.fromCaseId) {
      const r = await decideInTransaction(tx, actor, decision, { groupId, restrictionsExpired: true }, now);
      message = r.message;
      fromCase = { version: r.caseVersion, status: r.caseStatus };
    } else {
      await assertMayEnforceOn(tx, actor, account, null, now);
      const effect = await applyDecision(tx, actor, decision, null, now, { groupId });
      await recordAudit(tx, {
        action: effect.auditAction,
        actorId: actor.id,
        subjectType: effect.subjectType,
        subjectId: effect.subjectId,
        reason: d.reason,
        data: { decision: d.action, ...effect.data },
        requestId: d.requestId,
        groupId,
      });
      message = effect.message;
    }

    const settled: AccountDecisionResult["settled"] = [];
    const left: AccountDecisionResult["left"] = [];
    if (d.settleOpenCases) {
      const enforcementIds = (await tx.enforcement.findMany({ where: { groupId }, select: { id: true } })).map(
        (e) => e.id,
      );
      for (const c of await openCasesOfAccount(tx, account.id, d.fromCaseId)) {
        try {
          await changeCase(tx, {
            caseId: c.id,
            actor,
            intent: "decide",
            now,
            requestId: caseRequestId(d.requestId, c.id),
            apply: async (kase) => ({
              change: {
                status: "RESOLVED",
                claim: null,
                audit: {
                  action: "RESOLVED",
                  reason: d.reason,
                  subjectType: "ACCOUNT",
                  subjectId: account.id,
                  groupId,
                  data: {
                    settledBy: {
                      decision: d.action,
                      accountId: account.id,
                      enforcementIds,
                      fromCaseId: d.fromCaseId ?? null,
                      groupId,
                    },
                    caseStatus: { from: kase.status, to: "RESOLVED" },
                  },
                },
              },
              result: null,
            }),
          });
          settled.push({ id: c.id, number: c.number });
        } catch (error) {
          // Checked before any write of that case: someone else's claim or an escalation the role may not decide.
          if (!(error instanceof SafeError) || (error.reason !== "HELD_BY_OTHER" && error.code !== "FORBIDDEN"))
            throw error;
          left.push({ id: c.id, number: c.number, why: error.message });
        }
      }
      if (settled.length)
        message += ` Settled ${settled.length} other open case${settled.length === 1 ? "" : "s"} of @${account.handle}: ${settled.map((c) => caseReference(c.number)).join(", ")}.`;
      if (left.length)
        message += ` Left ${left.map((c) => caseReference(c.number)).join(", ")} (held by someone else).`;
    }
    return { message, groupId, settled, left, fromCase, duplicate: false };
  });
}
