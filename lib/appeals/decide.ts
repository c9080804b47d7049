import "server-only";
import { formatEnd, recomputeAccountState } from "@/lib/accounts/enforcement";
import { queueAppealReply } from "@/lib/appeals/reply";
import { appealDecisionSchema, canModify, type AppealDecision, type AppealDecisionInput } from "@/lib/appeals/rules";
import { caseRequestId } from "@/lib/cases/bulk";
import { decideInTransaction } from "@/lib/cases/decisions/decide";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { changeCase, lockCase, type CaseActor, type LockedCase } from "@/lib/cases/kernel";
import { caseReference, ENFORCEMENT_KIND_LABELS } from "@/lib/cases/labels";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { createEnforcement } from "@/lib/statements/issue";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppealOutcome, AuditAction, CaseStatus, RestrictionScope } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
const ALL_SCOPES: RestrictionScope[] = ["MESSAGING", "PROPOSALS", "JOB_POSTING"];

const OUTCOME: Record<AppealDecision["decision"], { outcome: AppealOutcome; action: AuditAction }> = {
  UPHOLD: { outcome: "UPHELD", action: "APPEAL_UPHELD" },
  OVERTURN: { outcome: "OVERTURNED", action: "APPEAL_OVERTURNED" },
  MODIFY: { outcome: "MODIFIED", action: "APPEAL_MODIFIED" },
};

export interface AppealDecisionResult {
  message: string;
  caseVersion: number;
  caseStatus: CaseStatus;
  duplicate: boolean;
}

const DUPLICATE_MESSAGE = "This appeal decision was already recorded; it was not applied twice.";

/**
 * Decides an appeal case, in one transaction through the case kernel
 * (intent `decide-appeal`: staff only, open appeal cases only, version and
 * request id checked): never by the person who made the appealed decision
 * (checked here, under the case's lock). Uphold leaves the enforcement;
 * overturn reverses it as any reversal is made, a REVERSE decision on the
 * appealed case through lib/cases/decisions (account recomputed: job back,
 * restriction lifted, strike withdrawn, badge given back); modify reverses
 * it the same way and puts a shorter restriction in its place. Each outcome
 * queues a reply to the appellant and closes the appeal case with its audit
 * event; all parts share one group id.
 */
export async function decideAppeal(actor: CaseActor, input: AppealDecisionInput): Promise<AppealDecisionResult> {
  const d = appealDecisionSchema.parse(input);
  const earlier = await prisma.auditEvent.findUnique({
    where: { requestId: d.requestId },
    select: { caseVersion: true, case: { select: { status: true } } },
  });
  if (earlier)
    return {
      message: DUPLICATE_MESSAGE,
      caseVersion: earlier.caseVersion ?? 0,
      caseStatus: earlier.case?.status ?? "RESOLVED",
      duplicate: true,
    };
  await expireRestrictions();
  const now = new Date();
  const outcome = await prisma.$transaction((tx) =>
    changeCase(tx, {
      caseId: d.caseId,
      actor,
      intent: "decide-appeal",
      now,
      expectedVersion: d.expectedVersion,
      requestId: d.requestId,
      apply: (kase) => applyAppealDecision(tx, actor, d, kase, now),
    }),
  );
  if (outcome.duplicate)
    return { message: DUPLICATE_MESSAGE, caseVersion: outcome.version, caseStatus: outcome.status, duplicate: true };
  return { message: outcome.result, caseVersion: outcome.version, caseStatus: outcome.status, duplicate: false };
}

async function applyAppealDecision(tx: Tx, actor: CaseActor, d: AppealDecision, kase: LockedCase, now: Date) {
  const appeal = await tx.appeal.findFirst({
    where: { appealCase: { id: kase.id } },
    include: {
      account: { select: { id: true, handle: true, displayName: true } },
      case: { select: { id: true, number: true, categories: true } },
      enforcement: { include: { actor: { select: { name: true } }, job: { select: { title: true } } } },
    },
  });
  if (!appeal) throw new SafeError("NOT_FOUND", `${caseReference(kase.number)} has no appeal.`);
  if (appeal.status === "DECIDED") throw new SafeError("CONFLICT", "This appeal was already decided.");
  const e = appeal.enforcement;
  // Four eyes: whoever made the decision does not judge its appeal.
  if (e.actorId === actor.id) {
    throw new SafeError(
      "APPEAL_OWN_DECISION",
      `You made the decision under appeal (${ENFORCEMENT_KIND_LABELS[e.kind].toLowerCase()} in ${caseReference(appeal.case.number)}), so another staff member must decide its appeal.`,
    );
  }
  if (d.decision !== "UPHOLD" && !d.confirmed)
    throw new SafeError("INVALID", "This changes the appellant's account: confirm it first.");

  const groupId = d.requestId;
  const { outcome, action } = OUTCOME[d.decision];
  const ref = caseReference(kase.number);
  const data: Record<string, Prisma.InputJsonValue | null> = {
    decision: d.decision,
    appealId: appeal.externalId,
    outcome,
    enforcementId: e.id,
    enforcementKind: e.kind,
    appealedCaseId: appeal.case.id,
    appealedCaseNumber: appeal.case.number,
    caseStatus: { from: kase.status, to: "RESOLVED" },
  };
  let message: string;
  let restrictedUntil: Date | null = null;
  let replacementId: string | null = null;

  if (d.decision === "UPHOLD") {
    message = `Appeal upheld: the ${ENFORCEMENT_KIND_LABELS[e.kind].toLowerCase()} stands.`;
  } else {
    let endsAt: Date | null = null;
    if (d.decision === "MODIFY") {
      if (!canModify(e.kind))
        throw new SafeError(
          "INVALID",
          `A ${ENFORCEMENT_KIND_LABELS[e.kind].toLowerCase()} cannot be shortened: uphold or overturn it.`,
        );
      endsAt = new Date(e.createdAt.getTime() + d.days! * DAY);
      if (endsAt <= now)
        throw new SafeError(
          "INVALID",
          `${d.days} days from the decision ended on ${formatEnd(endsAt)}: that is overturning it; choose Overturn, or more days.`,
        );
      if (e.kind === "RESTRICTION" && e.endsAt && endsAt >= e.endsAt)
        throw new SafeError(
          "INVALID",
          `The restriction already ends on ${formatEnd(e.endsAt)}; a modified one must end sooner (or uphold it).`,
        );
    }
    // The reversal is a REVERSE decision on the appealed case, through the same path as any reversal.
    const appealed = await lockCase(tx, appeal.case.id);
    const reversal = await decideInTransaction(
      tx,
      actor,
      {
        action: "REVERSE",
        caseId: appealed.id,
        expectedVersion: appealed.version,
        requestId: caseRequestId(d.requestId, "appeal-reversal"),
        reason: `${d.decision === "OVERTURN" ? "Overturned" : "Modified"} on appeal ${ref}: ${d.reason}`,
        enforcementId: e.id,
        confirmed: true,
      },
      {
        groupId,
        auditData: { appealId: appeal.externalId, appealCaseId: kase.id, appealCaseNumber: kase.number },
        statementEnd: { end: d.decision === "OVERTURN" ? "OVERTURNED" : "MODIFIED", appealCaseNumber: kase.number },
      },
      now,
    );
    data.reversal = reversal.message;
    message = `Appeal overturned: ${reversal.message}`;
    if (d.decision === "MODIFY" && endsAt && appeal.accountId) {
      const scopes = d.scopes ?? (e.kind === "RESTRICTION" && e.scopes.length ? e.scopes : ALL_SCOPES);
      const replacement = await createEnforcement(
        tx,
        actor,
        {
          kind: "RESTRICTION",
          accountId: appeal.accountId,
          caseId: kase.id,
          scopes,
          endsAt,
          reason: `Modified on appeal ${ref}: ${d.reason}`,
          groupId,
        },
        now,
      );
      const state = await recomputeAccountState(tx, appeal.accountId, now);
      replacementId = replacement.id;
      restrictedUntil = state.after.restrictedUntil ?? endsAt;
      data.replacementEnforcementId = replacement.id;
      data.restrictedUntil = restrictedUntil.toISOString();
      data.scopes = scopes;
      data.status = { from: state.before.status, to: state.after.status };
      message = `Appeal decided, decision modified: @${appeal.account.handle} is now restricted until ${formatEnd(restrictedUntil)} instead.`;
    }
  }

  await tx.appeal.update({
    where: { id: appeal.id },
    data: {
      status: "DECIDED",
      outcome,
      decisionReason: d.reason,
      decidedById: actor.id,
      decidedAt: now,
      replacementId,
    },
  });
  const reply = await queueAppealReply(tx, actor, {
    appealCaseId: kase.id,
    appealCaseNumber: kase.number,
    appealedCaseNumber: appeal.case.number,
    categories: appeal.case.categories,
    appellant: appeal.account,
    enforcement: { kind: e.kind, endsAt: e.endsAt, badge: e.badge, jobTitle: e.job?.title ?? null },
    outcome,
    reason: d.reason,
    restrictedUntil,
    requestId: d.requestId,
    groupId,
  });
  data.replyId = reply.replyId;
  return {
    change: {
      status: "RESOLVED" as const,
      claim: null,
      audit: { action, subjectType: "APPEAL" as const, subjectId: appeal.id, reason: d.reason, groupId, data },
    },
    result: `${message} Reply queued to @${appeal.account.handle}. ${ref} is resolved.`,
  };
}
