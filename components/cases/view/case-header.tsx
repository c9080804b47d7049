import { CaseViewers } from "@/components/cases/case-viewers";
import { AccountLink } from "@/components/accounts/account-link";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/badge";
import { SUBJECT_LABELS, caseReference } from "@/lib/cases/labels";
import type { CaseView } from "@/lib/cases/view/types";
import { UserText } from "@/components/ui/user-text";

const PRIORITY_PART_LABELS: Record<string, string> = {
  reporters: "People reporting",
  detector: "Detector report",
  severity: "Worst violation",
  payment: "Payment outside the platform",
  phishing: "Personal data request",
  newAccount: "New account",
  unverifiedPayment: "Payment method unverified",
  priorEnforcement: "Earlier enforcement",
  waiting: "Waiting time",
  appeal: "Appeal (staff decide)",
};

export function CaseHeader({ view }: { view: CaseView }) {
  return (
    <header className="mb-4 flex flex-wrap items-start justify-between gap-4">
      <div>
        <p className="font-mono text-xs text-muted">{caseReference(view.number)}</p>
        <h1 className="mt-0.5 text-xl font-semibold text-fg">
          <span className="mr-2 rounded bg-surface-strong px-1.5 py-0.5 align-middle text-xs font-medium text-muted">
            {SUBJECT_LABELS[view.subjectType]}
          </span>
          <UserText text={view.subjectLabel} />
        </h1>
        <p className="mt-1 text-sm text-muted">
          <StatusBadge status={view.status} className="mr-1 align-[1px]" /> opened <RelativeTime iso={view.createdAt} />{" "}
          ·{" "}
          {view.claimedBy ? (
            <>
              held by <span className="font-medium text-fg">{view.claimedBy.name}</span>
            </>
          ) : (
            "not claimed"
          )}
        </p>
        {view.accounts.length ? (
          <p className="mt-1 text-sm text-muted">
            Accounts:{" "}
            {view.accounts.slice(0, 4).map((a, i) => (
              <span key={a.id}>
                {i > 0 ? ", " : ""}
                <AccountLink id={a.id} handle={a.handle} />{" "}
                <span className="text-xs text-muted">({a.roleInCase.toLowerCase()})</span>
              </span>
            ))}
          </p>
        ) : null}
        {view.escalationReason ? (
          <p className="mt-1 text-sm text-warning-text">Escalated: {view.escalationReason}</p>
        ) : null}
        <CaseViewers caseId={view.id} />
      </div>
      <details className="rounded-lg border border-border bg-surface px-3 py-2 text-sm">
        <summary className="cursor-pointer select-none">
          Priority <span className="font-semibold tabular-nums">{view.priority}</span>
        </summary>
        <dl className="mt-2 grid grid-cols-[auto_auto] gap-x-4 gap-y-0.5 text-xs">
          {Object.entries(view.priorityBreakdown).map(([part, points]) => (
            <div key={part} className="contents">
              <dt className="text-muted">{PRIORITY_PART_LABELS[part] ?? part}</dt>
              <dd className="text-right tabular-nums">+{points}</dd>
            </div>
          ))}
        </dl>
      </details>
    </header>
  );
}
