import { AccountStatusBadge, LocalTime } from "@/components/accounts/account-status";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountPageView } from "@/lib/accounts/types";
import { UserText } from "@/components/ui/user-text";

/** Who the account is and where it stands: the page's header. */
export function AccountSummary({ account }: { account: AccountPageView }) {
  const activeStrikes = account.strikes.filter((s) => !s.withdrawn).length;
  return (
    <header className="mb-5 rounded-lg border border-border bg-surface px-5 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-muted uppercase">
            {account.kind === "CLIENT" ? "Client" : "Freelancer"} account
          </p>
          <h1 className="mt-0.5 flex flex-wrap items-baseline gap-x-2 text-xl font-semibold text-fg">
            <span>
              @<UserText text={account.handle} />
            </span>
            <span className="text-base font-normal text-muted">
              <UserText text={account.displayName} />
            </span>
          </h1>
          <p className="mt-1 text-sm text-muted">
            Joined <RelativeTime iso={account.joinedAt} />
            {account.country ? ` · ${account.country}` : ""} ·{" "}
            {account.paymentVerified ? (
              "payment verified"
            ) : (
              <span className="font-medium text-warning-text">payment not verified</span>
            )}{" "}
            · {account.badges.length ? `badges: ${account.badges.join(", ")}` : "no badges"}
          </p>
          <p className="mt-0.5 font-mono text-xs text-muted">Platform id {account.externalId}</p>
        </div>
        <AccountStatusBadge
          status={account.status}
          restrictedUntil={account.restrictedUntil}
          scopes={account.restrictionScopes}
        />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3 border-t border-border pt-3 text-sm sm:grid-cols-4">
        <Figure label="Open cases" value={account.openCaseCount} />
        <Figure label="All cases" value={account.cases.length} />
        <Figure label="Flagged messages" value={account.flaggedMessageCount} />
        <div>
          <dt className="text-xs text-muted">Strikes</dt>
          <dd className="font-semibold text-fg tabular-nums">
            {account.strikeCount}
            {activeStrikes !== account.strikeCount ? (
              <span className="ml-1 text-xs font-normal text-muted">({activeStrikes} from console warnings)</span>
            ) : null}
          </dd>
        </div>
      </dl>
      {account.status === "RESTRICTED" && account.restrictedUntil ? (
        <p className="mt-2 text-xs text-muted">
          The restriction ends by itself on <LocalTime iso={account.restrictedUntil} /> (
          <RelativeTime iso={account.restrictedUntil} />
          ).
        </p>
      ) : null}
    </header>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-semibold text-fg tabular-nums">{value}</dd>
    </div>
  );
}
