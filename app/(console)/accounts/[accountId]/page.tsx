import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountCases, AccountReports } from "@/components/accounts/account-cases";
import { AccountJobs } from "@/components/accounts/account-jobs";
import { AccountNotes } from "@/components/accounts/account-notes";
import { AccountSummary } from "@/components/accounts/account-summary";
import { EnforcementHistory } from "@/components/accounts/enforcement-history";
import { FlaggedMessages } from "@/components/accounts/flagged-messages";
import { LinkedAccountsPanel } from "@/components/accounts/linked-accounts";
import { loadAccountPage } from "@/lib/accounts/load";
import { AccountActions } from "@/components/accounts/account-actions";
import { can, MODERATOR_MAX_RESTRICTION_DAYS } from "@/lib/auth/permissions";
import { missingPermission } from "@/lib/cases/decisions/rules";
import { requirePageActor } from "@/lib/auth/session";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { StatementPanel } from "@/components/statements/statement-panel";
import { statementsOf } from "@/lib/statements/load";

interface Props {
  params: Promise<{ accountId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { accountId } = await params;
  const key = decodeURIComponent(accountId);
  return { title: key.length > 20 ? "Account" : `@${key.replace(/^@/, "")}` };
}

/** /accounts/<console id | platform id | handle>: one account and everything about it. */
export default async function AccountPage({ params }: Props) {
  const actor = await requirePageActor("account:read");
  const { accountId } = await params;
  // Lapsed restrictions end before anyone looks at the account.
  await expireRestrictions();
  const account = await loadAccountPage(accountId, actor);
  if (!account) notFound();
  const statements = await statementsOf({ accountId: account.id });
  return (
    <div>
      <AccountSummary account={account} />
      {/* Decisions on the account as a whole; the server checks every permission again. */}
      <AccountActions
        accountId={account.id}
        handle={account.handle}
        openCases={account.openCaseCount}
        maxModeratorDays={MODERATOR_MAX_RESTRICTION_DAYS}
        permissions={{
          decide: can(actor.role, "case:decide"),
          suspend: can(actor.role, "account:suspend"),
          restrictLong: !missingPermission(
            actor.role,
            { action: "RESTRICT", days: MODERATOR_MAX_RESTRICTION_DAYS + 1 },
            actor.id,
            {},
          ),
          takeDown: can(actor.role, "job:take-down"),
        }}
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-4">
          <AccountCases cases={account.cases} />
          <FlaggedMessages threads={account.flaggedThreads} total={account.flaggedMessageCount} />
          <AccountReports reports={account.reports} />
        </div>
        <div className="min-w-0 space-y-4">
          <LinkedAccountsPanel linked={account.linked} />
          <EnforcementHistory enforcements={account.enforcements} strikes={account.strikes} />
          <StatementPanel statements={statements} scope="account" />
          <AccountNotes accountId={account.id} notes={account.notes} canWrite={can(actor.role, "note:write")} />
          <AccountJobs jobs={account.jobs} isClient={account.kind === "CLIENT"} />
        </div>
      </div>
    </div>
  );
}
