import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { changeCase, type CaseActor } from "@/lib/cases/kernel";
import { caseReference } from "@/lib/cases/labels";
import { casePartiesOf } from "@/lib/cases/parties";
import { applyDecision, reverseEnforcement } from "@/lib/cases/decisions/effects";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { missingPermission } from "@/lib/cases/decisions/rules";
import type { Decision } from "@/lib/cases/decisions/schemas";
import { assertTargetInCase } from "@/lib/cases/decisions/targets";
import { caseRequestId } from "@/lib/cases/bulk";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { loadCaseReplyContext } from "@/lib/replies/recipients";
import { renderTemplate } from "@/lib/replies/text";
import { variableValues } from "@/lib/replies/variables";
import {
  compoundDecisionSchema,
  undoGroupSchema,
  type CompoundDecisionInput,
  type UndoGroupInput,
} from "@/lib/cases/decisions/compound-schema";

export const THANK_YOU_TEMPLATE = "Thanks for reporting: action taken";

/**
 * Takes the case's job down, restricts its poster and queues a thank-you
 * reply to every reporter, in one transaction through the kernel: the
 * case's event (JOB_TAKEN_DOWN, resolving it) and one event per other part
 * (ACCOUNT_RESTRICTED, REPLY_SENT) share the group id, as do the enforcements,
 * so the whole can be undone at once (undoGroup).
 */
export async function decideCompound(actor: CaseActor, input: CompoundDecisionInput) {
  const d = compoundDecisionSchema.parse(input);
  const groupId = d.requestId;
  await expireRestrictions();
  const now = new Date();
  return prisma.$transaction((tx) =>
    changeCase(tx, {
      caseId: d.caseId,
      actor,
      intent: "decide",
      now,
      expectedVersion: d.expectedVersion,
      requestId: d.requestId,
      apply: async (kase) => {
        const parties = await casePartiesOf(tx, kase.id);
        const jobId = parties.jobIds[0];
        const posterId = parties.jobPosterId;
        if (!jobId || !posterId)
          throw new SafeError("INVALID", `${caseReference(kase.number)} has no job to take down.`);
        const base = { caseId: kase.id, expectedVersion: d.expectedVersion, requestId: d.requestId, reason: d.reason };
        const takeDown: Decision = { ...base, action: "TAKE_DOWN_JOB", jobId, resolve: true, confirmed: true };
        const restrict: Decision = {
          ...base,
          action: "RESTRICT",
          accountId: posterId,
          days: d.restrictDays,
          scopes: d.scopes,
          resolve: true,
          confirmed: true,
        };
        for (const part of [takeDown, restrict]) {
          const missing = missingPermission(actor.role, { action: part.action, days: d.restrictDays }, actor.id, {});
          if (missing)
            throw new SafeError(
              "FORBIDDEN",
              `Your role may not do this: ${missing.why} needs the ${missing.permission} permission.`,
            );
        }
        if (!d.confirmed)
          throw new SafeError("INVALID", "This takes a job down and restricts an account: confirm it first.");
        await assertTargetInCase(tx, actor, takeDown, kase, now);
        const down = await applyDecision(tx, actor, takeDown, kase, now, { groupId });
        const restricted = await applyDecision(tx, actor, restrict, kase, now, { groupId });
        await recordAudit(tx, {
          action: restricted.auditAction,
          actorId: actor.id,
          caseId: kase.id,
          subjectType: restricted.subjectType,
          subjectId: restricted.subjectId,
          reason: d.reason,
          data: { decision: "COMPOUND", ...restricted.data },
          groupId,
        });

        const replies: string[] = [];
        if (d.thankReporters) {
          const template = await tx.replyTemplate.findFirst({ where: { name: THANK_YOU_TEMPLATE, archivedAt: null } });
          const context = template ? await loadCaseReplyContext(tx, kase.id) : null;
          for (const r of context?.recipients.filter((x) => x.audience === "REPORTER") ?? []) {
            const values = variableValues({ ...context!.facts, agentName: actor.name }, r, template!.categories, now);
            const reply = await tx.reply.create({
              data: {
                caseId: kase.id,
                templateId: template!.id,
                recipientId: r.accountId,
                audience: "REPORTER",
                subject: renderTemplate(template!.subject, values),
                body: renderTemplate(template!.body, values),
                senderId: actor.id,
              },
            });
            replies.push(reply.id);
            await recordAudit(tx, {
              action: "REPLY_SENT",
              actorId: actor.id,
              caseId: kase.id,
              subjectType: "ACCOUNT",
              subjectId: r.accountId,
              reason: `To @${r.handle} (reporter): ${reply.subject}`,
              data: {
                replyId: reply.id,
                recipientId: r.accountId,
                recipientHandle: r.handle,
                audience: "REPORTER",
                templateId: template!.id,
                templateName: template!.name,
              },
              requestId: caseRequestId(d.requestId, `reply:${r.accountId}`),
              groupId,
            });
          }
        }
        const thanks = replies.length
          ? ` Thank-you replies queued to ${replies.length} reporter${replies.length === 1 ? "" : "s"}.`
          : "";
        return {
          change: {
            status: "RESOLVED",
            claim: null,
            audit: {
              action: down.auditAction,
              subjectType: down.subjectType,
              subjectId: down.subjectId,
              reason: d.reason,
              groupId,
              data: {
                decision: "COMPOUND",
                ...down.data,
                parts: ["TAKE_DOWN_JOB", "RESTRICT", ...(replies.length ? ["THANK_REPORTERS"] : [])],
                restrictedEnforcementId: restricted.data.enforcementId ?? null,
                replyIds: replies,
                caseStatus: { from: kase.status, to: "RESOLVED" },
              },
            },
          },
          result: `${down.message} ${restricted.message}${thanks} ${caseReference(kase.number)} is resolved.`,
        };
      },
    }),
  );
}

/**
 * Undoes a compound (or account) decision as a whole, for staff: every
 * standing enforcement of the group is reversed (the account recomputed),
 * queued replies that were not collected yet are withdrawn, and the case is
 * reopened when it was closed by the group. One kernel event on the case,
 * one event per reversed part, all in a new group that names the undone one.
 */
export async function undoGroup(actor: CaseActor, input: UndoGroupInput) {
  const d = undoGroupSchema.parse(input);
  if (!can(actor.role, "decision:reverse"))
    throw new SafeError("FORBIDDEN", "Undoing a whole decision needs the decision:reverse permission (staff).");
  const now = new Date();
  return prisma.$transaction((tx) =>
    changeCase(tx, {
      caseId: d.caseId,
      actor,
      intent: "reverse",
      now,
      expectedVersion: d.expectedVersion,
      requestId: d.requestId,
      apply: async (kase) => {
        const events = await tx.auditEvent.findMany({
          where: { groupId: d.groupId },
          select: { caseId: true, action: true, data: true },
        });
        if (!events.some((e) => e.caseId === kase.id))
          throw new SafeError("TARGET_NOT_IN_CASE", `That decision was not taken on ${caseReference(kase.number)}.`);
        // The thank-yous and the poster's statements of reasons: a notice of a decision undone
        // before it was delivered would tell the account of something no longer true
        // (withdrawn first, so that the reversals send no follow-up to a notice never delivered).
        const replyIds = events.flatMap((e) =>
          e.action === "REPLY_SENT" || e.action === "STATEMENT_ISSUED"
            ? [(e.data as { replyId?: string | null }).replyId ?? ""]
            : [],
        );
        const withdrawn = await tx.reply.updateMany({
          where: { id: { in: replyIds }, status: "QUEUED" },
          data: { status: "FAILED", failureReason: "Withdrawn: the decision was undone before delivery." },
        });
        const parts = await tx.enforcement.findMany({ where: { groupId: d.groupId, reversedAt: null } });
        const messages: string[] = [];
        for (const e of parts) {
          const effect = await reverseEnforcement(tx, actor, e.id, d.reason, now, { groupId: d.requestId });
          messages.push(effect.message);
          await recordAudit(tx, {
            action: effect.auditAction,
            actorId: actor.id,
            caseId: kase.id,
            subjectType: effect.subjectType,
            subjectId: effect.subjectId,
            reason: d.reason,
            data: { ...effect.data, undoneGroupId: d.groupId },
            groupId: d.requestId,
          });
        }
        const reopen = kase.status === "RESOLVED" || kase.status === "DISMISSED";
        const tail = withdrawn.count
          ? ` ${withdrawn.count} queued repl${withdrawn.count === 1 ? "y" : "ies"} withdrawn.`
          : "";
        return {
          change: {
            ...(reopen ? { status: "OPEN" as const } : {}),
            audit: {
              action: "ENFORCEMENT_REVERSED",
              reason: d.reason,
              groupId: d.requestId,
              data: {
                undoneGroupId: d.groupId,
                reversedEnforcementIds: parts.map((p) => p.id),
                withdrawnReplies: withdrawn.count,
                ...(reopen ? { caseStatus: { from: kase.status, to: "OPEN" } } : {}),
              },
            },
          },
          result: `Decision undone: ${messages.join(" ")}${tail}${reopen ? ` ${caseReference(kase.number)} is open again.` : ""}`,
        };
      },
    }),
  );
}
