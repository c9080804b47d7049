import { AccountStatusBadge, LocalTime } from "@/components/accounts/account-status";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountPageView } from "@/lib/accounts/types";

/** Who the account is and where it stands: the page's header. */
export function AccountSummary({ account }: { account: AccountPageView }) {
  const activeStrikes = account.strikes.filter((s) => !s.withdrawn).length;
  return (
    <header className="border-border bg-surface mb-5 rounded-lg border px-5 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-muted text-xs font-medium tracking-wide uppercase">
            {account.kind === "CLIENT" ? "Client" : "Freelancer"} account
          </p>
          <h1 className="text-fg mt-0.5 flex flex-wrap items-baseline gap-x-2 text-xl font-semibold">
            <span>@{account.handle}</span>
            <span className="text-muted text-base font-normal">{account.displayName}</span>
          </h1>
          <p className="text-muted mt-1 text-sm">
            Joined <RelativeTime iso={account.joinedAt} />
            {account.country ? ` · ${account.country}` : ""} ·{" "}
            {account.paymentVerified ? (
              "payment verified"
            ) : (
              <span className="text-warning-text font-medium">payment not verified</span>
            )}{" "}
            · {account.badges.length ? `badges: ${account.badges.join(", ")}` : "no badges"}
          </p>
          <p className="text-muted mt-0.5 font-mono text-xs">Platform id {account.externalId}</p>
        </div>
        <AccountStatusBadge
          status={account.status}
          restrictedUntil={account.restrictedUntil}
          scopes={account.restrictionScopes}
        />
      </div>
      <dl className="border-border mt-3 grid grid-cols-2 gap-3 border-t pt-3 text-sm sm:grid-cols-4">
        <Figure label="Open cases" value={account.openCaseCount} />
        <Figure label="All cases" value={account.cases.length} />
        <Figure label="Flagged messages" value={account.flaggedMessageCount} />
        <div>
          <dt className="text-muted text-xs">Strikes</dt>
          <dd className="text-fg font-semibold tabular-nums">
            {account.strikeCount}
            {activeStrikes !== account.strikeCount ? (
              <span className="text-muted ml-1 text-xs font-normal">({activeStrikes} from console warnings)</span>
            ) : null}
          </dd>
        </div>
      </dl>
      {account.status === "RESTRICTED" && account.restrictedUntil ? (
        <p className="text-muted mt-2 text-xs">
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
      <dt className="text-muted text-xs">{label}</dt>
      <dd className="text-fg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
