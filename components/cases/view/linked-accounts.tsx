import { AccountLink } from "@/components/accounts/account-link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { LinkedAccountView } from "@/lib/cases/view/types";

export function LinkedAccounts({ linked }: { linked: LinkedAccountView[] }) {
  return (
    <section aria-labelledby="linked-heading" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="linked-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-900">
        Linked accounts <span className="font-normal text-slate-500">({linked.length})</span>
      </h2>
      {linked.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">
          No other account uses the contact details in this conversation.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {linked.map((l) => (
            <li key={l.accountId} className="px-4 py-2 text-sm" aria-label={`Linked account @${l.handle}`}>
              <p>
                <AccountLink id={l.accountId} handle={l.handle} />{" "}
                <span className="text-xs text-slate-500">
                  joined <RelativeTime iso={l.joinedAt} /> · {l.status.toLowerCase()}
                </span>
              </p>
              <p className="text-xs text-slate-600">
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
