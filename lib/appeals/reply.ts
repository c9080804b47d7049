import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { CaseActor } from "@/lib/cases/kernel";
import { caseReference } from "@/lib/cases/labels";
import { caseRequestId } from "@/lib/cases/bulk";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppealOutcome, EnforcementKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_TEMPLATES } from "@/lib/replies/default-templates";
import { renderTemplate } from "@/lib/replies/text";
import { formatReplyDate, policyLinkFor, type VariableValues } from "@/lib/replies/variables";

/** The reply template each outcome sends (seeded from lib/replies/default-templates.ts, editable by staff). */
export const APPEAL_TEMPLATES: Record<AppealOutcome, string> = {
  UPHELD: "Appeal decided: decision upheld",
  OVERTURNED: "Appeal decided: decision overturned",
  MODIFIED: "Appeal decided: decision modified",
};

export interface AppealReplyFacts {
  appealCaseId: string;
  appealCaseNumber: number;
  appealedCaseNumber: number;
  categories: Parameters<typeof policyLinkFor>[1];
  appellant: { id: string; handle: string; displayName: string };
  enforcement: { kind: EnforcementKind; endsAt: Date | null; badge: string | null; jobTitle: string | null };
  outcome: AppealOutcome;
  reason: string;
  /** MODIFIED: when the restriction that replaced the appealed decision ends. */
  restrictedUntil: Date | null;
  requestId: string;
  groupId: string;
}

/** "the restriction of your account until …, decided in case C-1042". */
export function describeAppealedDecision(e: AppealReplyFacts["enforcement"], appealedCaseNumber: number): string {
  const what = {
    WARNING: "the formal warning on your account",
    RESTRICTION: e.endsAt
      ? `the restriction of your account until ${formatReplyDate(e.endsAt.toISOString())}`
      : "the restriction of your account",
    SUSPENSION: "the suspension of your account",
    BADGE_REMOVAL: e.badge ? `the removal of the "${e.badge}" badge from your account` : "the removal of a badge",
    JOB_TAKEDOWN: e.jobTitle
      ? `the take-down of your job posting "${e.jobTitle}"`
      : "the take-down of your job posting",
  }[e.kind];
  return `${what}, decided in case ${caseReference(appealedCaseNumber)}`;
}

/**
 * Queues the outcome's reply to the appellant in the outbox (status QUEUED,
 * for the platform to deliver) with its REPLY_SENT event, in the decision's
 * transaction. The template is the outcome's stored one; archived or
 * deleted, its default text is used, so an appellant always hears back.
 */
export async function queueAppealReply(
  tx: Prisma.TransactionClient,
  actor: CaseActor,
  facts: AppealReplyFacts,
): Promise<{ replyId: string; subject: string }> {
  const name = APPEAL_TEMPLATES[facts.outcome];
  const stored = await tx.replyTemplate.findFirst({ where: { name, archivedAt: null } });
  const template = stored ?? DEFAULT_TEMPLATES.find((t) => t.name === name)!;
  const values: VariableValues = {
    recipient_name: facts.appellant.displayName.trim() || `@${facts.appellant.handle}`,
    case_reference: caseReference(facts.appealCaseNumber),
    policy_link: policyLinkFor(template.categories, facts.categories),
    appealed_decision: describeAppealedDecision(facts.enforcement, facts.appealedCaseNumber),
    appeal_reason: facts.reason.replace(/[.\s]+$/, ""),
    agent_name: actor.name.trim().split(/\s+/)[0] ?? "",
  };
  if (facts.restrictedUntil) values.restriction_end = formatReplyDate(facts.restrictedUntil.toISOString());
  const subject = renderTemplate(template.subject, values);
  const reply = await tx.reply.create({
    data: {
      caseId: facts.appealCaseId,
      templateId: stored?.id ?? null,
      recipientId: facts.appellant.id,
      audience: "REPORTED",
      subject,
      body: renderTemplate(template.body, values),
      senderId: actor.id,
    },
  });
  await recordAudit(tx, {
    action: "REPLY_SENT",
    actorId: actor.id,
    caseId: facts.appealCaseId,
    subjectType: "ACCOUNT",
    subjectId: facts.appellant.id,
    reason: `To @${facts.appellant.handle} (appellant): ${subject}`,
    data: {
      replyId: reply.id,
      recipientId: facts.appellant.id,
      recipientHandle: facts.appellant.handle,
      audience: "REPORTED",
      templateId: stored?.id ?? null,
      templateName: name,
      subject,
    },
    requestId: caseRequestId(facts.requestId, "appeal-reply"),
    groupId: facts.groupId,
  });
  return { replyId: reply.id, subject };
}
