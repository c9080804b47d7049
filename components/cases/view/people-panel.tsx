import Link from "next/link";
import { AccountLink } from "@/components/accounts/account-link";
import { RelativeTime } from "@/components/ui/relative-time";
import { STATUS_LABELS, caseReference } from "@/lib/cases/labels";
import type { AccountView, CaseView } from "@/lib/cases/view/types";
import { UserText } from "@/components/ui/user-text";
import { visibleString } from "@/lib/ui/visible-text";

const ACCOUNT_STATUS: Record<AccountView["status"], { label: string; className: string }> = {
  ACTIVE: { label: "Active", className: "border-border bg-surface-subtle text-fg-soft" },
  RESTRICTED: { label: "Restricted", className: "border-warning-line bg-warning-subtle text-warning-text" },
  SUSPENDED: { label: "Suspended", className: "border-danger-line bg-danger-subtle text-danger-text" },
};

const JOB_STATUS = { OPEN: "Open", TAKEN_DOWN: "Taken down", CLOSED: "Closed" } as const;

export function PeoplePanel({ job, accounts }: { job: CaseView["job"]; accounts: AccountView[] }) {
  return (
    <section aria-labelledby="people-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="people-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Job and people
      </h2>
      {job ? (
        <div className="border-b border-border px-4 py-3 text-sm" data-testid="job-card">
          <p className="text-xs font-medium tracking-wide text-muted uppercase">Job posting</p>
          <p className="font-medium text-fg">
            <UserText text={job.title} />
          </p>
          <p className="text-xs text-muted">
            {JOB_STATUS[job.status]} · posted <RelativeTime iso={job.postedAt} />
          </p>
        </div>
      ) : null}
      <ul className="divide-y divide-border">
        {accounts.map((a) => (
          <li
            key={a.id}
            id={`account-${a.id}`}
            className="scroll-mt-4 px-4 py-3 text-sm"
            aria-label={`Account @${visibleString(a.handle)}`}
          >
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-fg">
                <UserText text={a.displayName} />
              </span>
              <AccountLink id={a.id} handle={a.handle} />
              <span
                className={`rounded border px-1.5 py-0.5 text-xs font-medium ${ACCOUNT_STATUS[a.status].className}`}
              >
                {ACCOUNT_STATUS[a.status].label}
                {a.status === "RESTRICTED" && a.restrictedUntil ? (
                  <>
                    {" "}
                    until <RelativeTime iso={a.restrictedUntil} />
                  </>
                ) : null}
              </span>
            </p>
            <p className="text-xs text-muted">
              {a.roleInCase.toLowerCase() === (a.kind === "CLIENT" ? "client" : "freelancer")
                ? a.roleInCase
                : `${a.roleInCase} · ${a.kind === "CLIENT" ? "client" : "freelancer"}`}{" "}
              · joined <RelativeTime iso={a.joinedAt} /> ·{" "}
              {a.paymentVerified ? (
                "payment verified"
              ) : (
                <span className="font-medium text-warning-text">payment unverified</span>
              )}
            </p>
            <p className="text-xs text-muted">
              {a.badges.length ? `Badges: ${a.badges.join(", ")}` : "No badges"} · strikes:{" "}
              <span className="tabular-nums">{a.strikeCount}</span>
            </p>
            {a.enforcements.length ? (
              <ul className="mt-1 text-xs text-muted">
                {a.enforcements.map((e) => (
                  <li key={e.id} className={e.reversed ? "line-through" : ""}>
                    {e.kind.replace(/_/g, " ").toLowerCase()} <RelativeTime iso={e.at} />: {e.reason}
                  </li>
                ))}
              </ul>
            ) : null}
            {a.pastCases.length ? (
              <p className="mt-1 text-xs text-muted">
                Other cases:{" "}
                {a.pastCases.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/cases/${c.id}`} className="font-mono text-accent-text hover:underline">
                      {caseReference(c.number)}
                    </Link>{" "}
                    ({STATUS_LABELS[c.status].toLowerCase()})
                  </span>
                ))}
              </p>
            ) : (
              <p className="mt-1 text-xs text-muted">No other cases.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
