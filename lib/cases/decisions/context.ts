import "server-only";
import { MODERATOR_MAX_RESTRICTION_DAYS } from "@/lib/auth/permissions";
import type { ConsoleActor } from "@/lib/auth/session";
import type { CaseView } from "@/lib/cases/view/types";
import { prisma } from "@/lib/db/prisma";
import { casePartiesOf, defaultTargetOf } from "@/lib/cases/parties";
import { mayReverse, offeredActions } from "@/lib/cases/decisions/rules";
import type { DecisionAction } from "@/lib/cases/decisions/schemas";
import { suggestNextStep, type Suggestion } from "@/lib/cases/decisions/strike-ladder";
import type { EnforcementKind } from "@/lib/generated/prisma/enums";

export interface EnforcementRow {
  id: string;
  kind: EnforcementKind;
  target: string;
  reason: string;
  actor: string;
  at: string;
  endsAt: string | null;
  reversed: boolean;
  canReverse: boolean;
}

export interface DecisionContextView {
  /** Actions this person may offer at all (the server checks again). */
  actions: DecisionAction[];
  targets: { id: string; handle: string; status: string; badges: string[]; openJobs: number }[];
  job: { id: string; title: string; status: string } | null;
  primaryAccountId: string | null;
  suggestion: Suggestion | null;
  enforcements: EnforcementRow[];
  maxModeratorDays: number;
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

  return {
    actions,
    targets: partyAccounts.map((a) => ({
      id: a.id,
      handle: a.handle,
      status: a.status,
      badges: a.badges,
      openJobs: openJobs.find((j) => j.clientId === a.id)?._count ?? 0,
    })),
    job: view.job ? { id: view.job.id, title: view.job.title, status: view.job.status } : null,
    primaryAccountId: primary?.id ?? null,
    // A suspended account needs no next step: the case only needs resolving.
    suggestion:
      primary && primary.status !== "SUSPENDED" ? suggestNextStep(history(primary.id), view.categories) : null,
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
    })),
    maxModeratorDays: MODERATOR_MAX_RESTRICTION_DAYS,
  };
}
