import { AccountLink } from "@/components/accounts/account-link";
import { AccountStatusBadge } from "@/components/accounts/account-status";
import { Empty, Section } from "@/components/accounts/section";
import { CONTACT_KIND_LABELS } from "@/lib/accounts/contact";
import type { LinkedAccount, LinkedAccounts as Linked } from "@/lib/accounts/linked";
import { UserText } from "@/components/ui/user-text";
import { visibleString } from "@/lib/ui/visible-text";

/**
 * Accounts sharing a phone, e-mail, messenger handle or link with this one
 * (direct), and the accounts linked to those (second hop), so a ring shows.
 */
export function LinkedAccountsPanel({ linked }: { linked: Linked }) {
  const total = linked.direct.length + linked.second.length;
  return (
    <Section
      id="linked-accounts"
      title="Linked accounts"
      count={total}
      description="Other accounts that brought the same contact into their own conversations."
    >
      {linked.values.length ? (
        <div className="border-b border-border px-4 py-2 text-xs text-muted">
          <p className="font-medium text-fg-soft">Contact values this account used</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {linked.values.map((v) => (
              <li key={v.value} className="rounded bg-surface-strong px-1.5 py-0.5">
                <span className="text-muted">{CONTACT_KIND_LABELS[v.kind]}</span>{" "}
                <span className="font-mono break-all text-fg">{v.value}</span>{" "}
                <span className="text-muted">×{v.messages}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {total === 0 ? (
        <Empty>
          {linked.values.length
            ? "No other account used these contact details."
            : "This account shared no contact details, so nothing links it to others."}
        </Empty>
      ) : (
        <>
          <LinkedList title="Direct links" hint="share a value with this account" items={linked.direct} />
          {linked.second.length ? (
            <LinkedList title="Second hop" hint="share a value with one of the direct links" items={linked.second} />
          ) : null}
        </>
      )}
    </Section>
  );
}

function LinkedList({ title, hint, items }: { title: string; hint: string; items: LinkedAccount[] }) {
  if (items.length === 0) return null;
  return (
    <div className="border-b border-border last:border-b-0">
      <h3 className="px-4 pt-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {title}{" "}
        <span className="font-normal tracking-normal normal-case">
          ({items.length}: {hint})
        </span>
      </h3>
      <ul className="divide-y divide-border">
        {items.map((l) => (
          <li key={l.accountId} className="px-4 py-2 text-sm" aria-label={`Linked account @${visibleString(l.handle)}`}>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <AccountLink id={l.accountId} handle={l.handle} />
              <span className="text-xs text-muted">
                <UserText text={l.displayName} />
              </span>
              <AccountStatusBadge status={l.status} restrictedUntil={l.restrictedUntil} hideActive size="xs" />
            </p>
            <ul className="mt-0.5 text-xs text-muted">
              {l.shared.map((s) => (
                <li key={s.value}>
                  {CONTACT_KIND_LABELS[s.kind]} <span className="font-mono break-all text-fg">{s.value}</span> in{" "}
                  {s.messages} message{s.messages === 1 ? "" : "s"}
                </li>
              ))}
            </ul>
            <p className="text-xs text-muted">
              {l.messages} message{l.messages === 1 ? "" : "s"} in {l.threads} conversation{l.threads === 1 ? "" : "s"}
              {l.via.length ? (
                <>
                  {" "}
                  · via{" "}
                  {l.via.map((v, i) => (
                    <span key={v.accountId}>
                      {i > 0 ? ", " : ""}
                      <AccountLink id={v.accountId} handle={v.handle} />
                    </span>
                  ))}
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
