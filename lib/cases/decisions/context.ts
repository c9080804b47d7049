import "server-only";
import { can, MODERATOR_MAX_RESTRICTION_DAYS } from "@/lib/auth/permissions";
import type { ConsoleActor } from "@/lib/auth/session";
import type { CaseView } from "@/lib/cases/view/types";
import { prisma } from "@/lib/db/prisma";
import { isClosedStatus } from "@/lib/cases/lifecycle";
import { casePartiesOf, defaultTargetOf, openCasesOfAccount } from "@/lib/cases/parties";
import { linkedEnforcedAccounts } from "@/lib/cases/decisions/ladder-facts";
import { mayReverse, missingPermission, offeredActions } from "@/lib/cases/decisions/rules";
import type { DecisionAction } from "@/lib/cases/decisions/schemas";
import { suggestNextStep, type Suggestion } from "@/lib/cases/decisions/strike-ladder";
import type { EnforcementSummary } from "@/lib/accounts/types";

export interface EnforcementRow extends EnforcementSummary {
  reversed: boolean;
  canReverse: boolean;
  groupId: string | null;
}

export interface DecisionContextView {
  /** Actions this person may offer at all (the server checks again). */
  actions: DecisionAction[];
  targets: { id: string; handle: string; status: string; badges: string[]; openJobs: number; role: string }[];
  job: { id: string; title: string; status: string } | null;
  primaryAccountId: string | null;
  suggestion: Suggestion | null;
  enforcements: EnforcementRow[];
  maxModeratorDays: number;
  /** Someone else holds the case: the form is shown disabled, naming them. */
  heldBy: string | null;
  /** For staff on an escalated case: what the moderator recommended. */
  escalation: { reason: string } | null;
  /** The default target's other open cases (for "also settle its other open cases"). */
  otherOpenCases: number;
  /** The subject account is already suspended or restricted (a banner on the case page). */
  enforcedSubject: { handle: string; status: string; restrictedUntil: string | null } | null;
  /** Take the job down + restrict its poster + thank the reporters, when this person may. */
  compound: { jobTitle: string; posterHandle: string; reporters: number } | null;
  /** Compound or account decisions taken here that staff may undo as a whole. */
  groups: { id: string; label: string; canUndo: boolean }[];
  /** The case was closed by a decision that has been reversed: it may be reopened. */
  canReopen: boolean;
  permissions: { suspend: boolean; restrictLong: boolean; takeDown: boolean; decide: boolean };
}

/** What the decision panel needs: the actions this person may take, on whom, and the suggested next step. */
export async function loadDecisionContext(actor: ConsoleActor, view: CaseView): Promise<DecisionContextView> {
  const actions = offeredActions(actor.role, view.status);

  const parties = await casePartiesOf(prisma, view.id);
  const partyAccounts = view.accounts.filter((a) => parties.accountIds.includes(a.id));
  const accountIds = partyAccounts.map((a) => a.id);
  const [openJobs, enforcements] = await Promise.all([
    prisma.jobPosting.groupBy({
      by: ["clientId"],
      where: { clientId: { in: accountIds }, status: "OPEN" },
      _count: true,
    }),
    prisma.enforcement.findMany({
      where: { OR: [{ caseId: view.id }, { accountId: { in: accountIds } }] },
      orderBy: { createdAt: "desc" },
      take: 30,
      include: {
        actor: { select: { id: true, name: true } },
        account: { select: { handle: true } },
        job: { select: { title: true } },
      },
    }),
  ]);
  // The author of the violating findings, else the reported account, else the job's poster.
  const defaultId = defaultTargetOf(parties);
  const primary = partyAccounts.find((a) => a.id === defaultId) ?? null;
  const [otherCases, linked] = primary
    ? await Promise.all([openCasesOfAccount(prisma, primary.id, view.id), linkedEnforcedAccounts(prisma, primary.id)])
    : [[], []];
  const history = (accountId: string) => {
    const mine = enforcements.filter((e) => e.accountId === accountId && !e.reversedAt);
    const account = view.accounts.find((a) => a.id === accountId);
    return {
      // Strikes can predate the console (imported with the account), so count them too.
      warnings: Math.max(account?.strikeCount ?? 0, mine.filter((e) => e.kind === "WARNING").length),
      restrictions: mine.filter((e) => e.kind === "RESTRICTION").length,
      suspensions: mine.filter((e) => e.kind === "SUSPENSION").length,
    };
  };
  const held = view.claimedBy && view.claimedBy.id !== actor.id ? view.claimedBy.name : null;

  const poster = partyAccounts.find((a) => a.id === parties.jobPosterId);
  const reporters = new Set(view.reports.map((r) => r.reporter?.id).filter(Boolean)).size;
  const mayCompound =
    !isClosedStatus(view.status) &&
    actions.includes("TAKE_DOWN_JOB") &&
    actions.includes("RESTRICT") &&
    view.job?.status === "OPEN" &&
    !!poster &&
    // Only when the poster is whom the case is about (not a client whose freelancer broke the rules).
    poster.id === defaultId &&
    poster.status !== "SUSPENDED";

  const caseEnforcements = enforcements.filter((e) => e.caseId === view.id);
  const groupIds = [...new Set(caseEnforcements.map((e) => e.groupId).filter((g): g is string => !!g))];
  const subject = partyAccounts.find((a) => a.id === (parties.reportedAccountId ?? parties.jobPosterId ?? defaultId));

  return {
    actions,
    targets: partyAccounts.map((a) => ({
      id: a.id,
      handle: a.handle,
      status: a.status,
      badges: a.badges,
      openJobs: openJobs.find((j) => j.clientId === a.id)?._count ?? 0,
      role: a.roleInCase,
    })),
    job: view.job ? { id: view.job.id, title: view.job.title, status: view.job.status } : null,
    primaryAccountId: primary?.id ?? null,
    // A suspended account needs no next step: the case only needs resolving.
    suggestion:
      primary && primary.status !== "SUSPENDED"
        ? suggestNextStep(history(primary.id), {
            categories: view.categories,
            violations: view.summary.total,
            reportReasons: view.reports.map((r) => r.reason),
            openCases: otherCases.length,
            linkedEnforced: linked,
          })
        : null,
    enforcements: enforcements.map((e) => ({
      id: e.id,
      kind: e.kind,
      target: e.job ? `job “${e.job.title}”` : e.account ? `@${e.account.handle}` : "—",
      reason: e.reason,
      actor: e.actor.name,
      at: e.createdAt.toISOString(),
      endsAt: e.endsAt?.toISOString() ?? null,
      reversed: e.reversedAt !== null,
      canReverse: !e.reversedAt && mayReverse(actor.role, actor.id, e.actor.id),
      groupId: e.groupId,
    })),
    maxModeratorDays: MODERATOR_MAX_RESTRICTION_DAYS,
    heldBy: held,
    escalation:
      view.status === "ESCALATED" && view.escalationReason && can(actor.role, "case:decide-escalated")
        ? { reason: view.escalationReason }
        : null,
    otherOpenCases: otherCases.length,
    enforcedSubject:
      subject && subject.status !== "ACTIVE"
        ? { handle: subject.handle, status: subject.status, restrictedUntil: subject.restrictedUntil }
        : null,
    compound: mayCompound && poster ? { jobTitle: view.job!.title, posterHandle: poster.handle, reporters } : null,
    groups: groupIds
      .map((id) => {
        const parts = caseEnforcements.filter((e) => e.groupId === id);
        return {
          id,
          label: parts
            .map((p) => (p.job ? `job “${p.job.title}” taken down` : `@${p.account?.handle} ${p.kind.toLowerCase()}`))
            .join(" + "),
          canUndo: parts.some((p) => !p.reversedAt) && can(actor.role, "decision:reverse"),
        };
      })
      .filter((g) => g.canUndo),
    canReopen:
      isClosedStatus(view.status) &&
      can(actor.role, "case:decide") &&
      caseEnforcements.length > 0 &&
      caseEnforcements.every((e) => e.reversedAt),
    permissions: {
      suspend: can(actor.role, "account:suspend"),
      restrictLong: !missingPermission(actor.role, { action: "RESTRICT", days: 30 }, actor.id, {}),
      takeDown: can(actor.role, "job:take-down"),
      decide: can(actor.role, "case:decide"),
    },
  };
}
