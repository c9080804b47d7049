import { AccountLink } from "@/components/accounts/account-link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { LinkedAccountView } from "@/lib/cases/view/types";
import { ACCOUNT_STATUS_LABELS } from "@/lib/cases/labels";

export function LinkedAccounts({ linked }: { linked: LinkedAccountView[] }) {
  return (
    <section aria-labelledby="linked-heading" className="border-border bg-surface rounded-lg border">
      <h2 id="linked-heading" className="border-border text-fg border-b px-4 py-2 text-sm font-semibold">
        Linked accounts <span className="text-muted font-normal">({linked.length})</span>
      </h2>
      {linked.length === 0 ? (
        <p className="text-muted px-4 py-3 text-sm">No other account uses the contact details in this conversation.</p>
      ) : (
        <ul className="divide-border divide-y">
          {linked.map((l) => (
            <li key={l.accountId} className="px-4 py-2 text-sm" aria-label={`Linked account @${l.handle}`}>
              <p>
                <AccountLink id={l.accountId} handle={l.handle} />{" "}
                <span className="text-muted text-xs">
                  joined <RelativeTime iso={l.joinedAt} /> · {ACCOUNT_STATUS_LABELS[l.status].toLowerCase()}
                </span>
              </p>
              <p className="text-muted text-xs">
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
