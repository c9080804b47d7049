import { AccountStatusBadge, LocalTime } from "@/components/accounts/account-status";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountPageView } from "@/lib/accounts/types";

/** Who the account is and where it stands: the page's header. */
export function AccountSummary({ account }: { account: AccountPageView }) {
  const activeStrikes = account.strikes.filter((s) => !s.withdrawn).length;
  return (
    <header className="mb-5 rounded-lg border border-slate-200 bg-white px-5 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            {account.kind === "CLIENT" ? "Client" : "Freelancer"} account
          </p>
          <h1 className="mt-0.5 flex flex-wrap items-baseline gap-x-2 text-xl font-semibold text-slate-900">
            <span>@{account.handle}</span>
            <span className="text-base font-normal text-slate-600">{account.displayName}</span>
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            Joined <RelativeTime iso={account.joinedAt} />
            {account.country ? ` · ${account.country}` : ""} ·{" "}
            {account.paymentVerified ? (
              "payment verified"
            ) : (
              <span className="font-medium text-amber-800">payment not verified</span>
            )}{" "}
            · {account.badges.length ? `badges: ${account.badges.join(", ")}` : "no badges"}
          </p>
          <p className="mt-0.5 font-mono text-xs text-slate-500">Platform id {account.externalId}</p>
        </div>
        <AccountStatusBadge
          status={account.status}
          restrictedUntil={account.restrictedUntil}
          scopes={account.restrictionScopes}
        />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3 border-t border-slate-100 pt-3 text-sm sm:grid-cols-4">
        <Figure label="Open cases" value={account.openCaseCount} />
        <Figure label="All cases" value={account.cases.length} />
        <Figure label="Flagged messages" value={account.flaggedMessageCount} />
        <div>
          <dt className="text-xs text-slate-500">Strikes</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">
            {account.strikeCount}
            {activeStrikes !== account.strikeCount ? (
              <span className="ml-1 text-xs font-normal text-slate-500">({activeStrikes} from console warnings)</span>
            ) : null}
          </dd>
        </div>
      </dl>
      {account.status === "RESTRICTED" && account.restrictedUntil ? (
        <p className="mt-2 text-xs text-slate-600">
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
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-semibold text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
