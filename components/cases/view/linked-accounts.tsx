import { AccountLink } from "@/components/accounts/account-link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { LinkedAccountView } from "@/lib/cases/view/types";
import { ACCOUNT_STATUS_LABELS } from "@/lib/cases/labels";
import { visibleString } from "@/lib/ui/visible-text";

export function LinkedAccounts({ linked }: { linked: LinkedAccountView[] }) {
  return (
    <section aria-labelledby="linked-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="linked-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Linked accounts <span className="font-normal text-muted">({linked.length})</span>
      </h2>
      {linked.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No other account uses the contact details in this conversation.</p>
      ) : (
        <ul className="divide-y divide-border">
          {linked.map((l) => (
            <li
              key={l.accountId}
              className="px-4 py-2 text-sm"
              aria-label={`Linked account @${visibleString(l.handle)}`}
            >
              <p>
                <AccountLink id={l.accountId} handle={l.handle} />{" "}
                <span className="text-xs text-muted">
                  joined <RelativeTime iso={l.joinedAt} /> · {ACCOUNT_STATUS_LABELS[l.status].toLowerCase()}
                </span>
              </p>
              <p className="text-xs text-muted">
                Shares <span className="font-mono">{l.sharedValues.join(", ")}</span> in {l.messages} message
                {l.messages === 1 ? "" : "s"} across {l.threads} conversation{l.threads === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
