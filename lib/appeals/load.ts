import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CaseActor } from "@/lib/cases/kernel";
import { canModify } from "@/lib/appeals/rules";
import { loadCaseView } from "@/lib/cases/view/load";
import type { CaseView } from "@/lib/cases/view/types";
import { prisma } from "@/lib/db/prisma";
import type {
  AccountStatus,
  AppealOutcome,
  AppealStatus,
  EnforcementKind,
  RestrictionScope,
} from "@/lib/generated/prisma/enums";

/** What an appeal case's page shows beside the statement: the appealed decision and its evidence. */
export interface AppealView {
  id: string;
  externalId: string;
  statement: string;
  submittedAt: string;
  deadlineAt: string;
  status: AppealStatus;
  outcome: AppealOutcome | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  appellant: {
    id: string;
    handle: string;
    displayName: string;
    status: AccountStatus;
    restrictedUntil: string | null;
  };
  enforcement: {
    id: string;
    kind: EnforcementKind;
    reason: string;
    at: string;
    endsAt: string | null;
    scopes: RestrictionScope[];
    badge: string | null;
    jobTitle: string | null;
    decidedBy: string;
    reversedAt: string | null;
    modifiable: boolean;
  };
  /** The appealed case, loaded as its own page loads it (thread and job with their findings, reports). */
  appealed: CaseView;
  /** Whether the viewer may decide it, and if not, why (shown beside the disabled form). */
  mayDecide: boolean;
  whyNot: string | null;
}

export async function loadAppealView(appealCaseId: string, viewer: CaseActor): Promise<AppealView | null> {
  const appeal = await prisma.appeal.findFirst({
    where: { appealCase: { id: appealCaseId } },
    include: {
      account: { select: { id: true, handle: true, displayName: true, status: true, restrictedUntil: true } },
      decidedBy: { select: { name: true } },
      enforcement: { include: { actor: { select: { name: true } }, job: { select: { title: true } } } },
    },
  });
  if (!appeal) return null;
  const appealed = await loadCaseView(appeal.caseId);
  if (!appealed) return null;
  const e = appeal.enforcement;
  const whyNot =
    appeal.status === "DECIDED"
      ? "This appeal is decided."
      : !can(viewer.role, "appeal:decide")
        ? "Only staff decide appeals."
        : e.actorId === viewer.id
          ? "You made the decision under appeal, so another staff member must decide its appeal (four eyes)."
          : null;
  return {
    id: appeal.id,
    externalId: appeal.externalId,
    statement: appeal.statement,
    submittedAt: appeal.submittedAt.toISOString(),
    deadlineAt: appeal.deadlineAt.toISOString(),
    status: appeal.status,
    outcome: appeal.outcome,
    decisionReason: appeal.decisionReason,
    decidedBy: appeal.decidedBy?.name ?? null,
    decidedAt: appeal.decidedAt?.toISOString() ?? null,
    appellant: {
      ...appeal.account,
      restrictedUntil: appeal.account.restrictedUntil?.toISOString() ?? null,
    },
    enforcement: {
      id: e.id,
      kind: e.kind,
      reason: e.reason,
      at: e.createdAt.toISOString(),
      endsAt: e.endsAt?.toISOString() ?? null,
      scopes: e.scopes,
      badge: e.badge,
      jobTitle: e.job?.title ?? null,
      decidedBy: e.actor.name,
      reversedAt: e.reversedAt?.toISOString() ?? null,
      modifiable: canModify(e.kind),
    },
    appealed,
    mayDecide: whyNot === null,
    whyNot,
  };
}
