"use client";

import { AccountLink } from "@/components/accounts/account-link";
import { Empty, Section } from "@/components/accounts/section";
import { CATEGORY_STYLE } from "@/components/cases/view/category-style";
import { HighlightedText, useInspection } from "@/components/cases/view/highlighted-text";
import { RelativeTime } from "@/components/ui/relative-time";
import type { FlaggedThread } from "@/lib/accounts/types";
import { UserText } from "@/components/ui/user-text";
import { visibleString } from "@/lib/ui/visible-text";

/** The account's messages with violations, by conversation, highlighted as on the case page. */
export function FlaggedMessages({ threads, total }: { threads: FlaggedThread[]; total: number }) {
  const { inspected, inspection } = useInspection();
  return (
    <Section
      id="flagged-messages"
      title="Flagged messages"
      count={total}
      description="Messages this account wrote that break a rule, in every conversation; point at or focus a highlight for why."
    >
      {threads.length === 0 ? (
        <Empty>None of this account&apos;s messages break a rule.</Empty>
      ) : (
        <>
          <div aria-live="polite" className="min-h-9 border-b border-border bg-surface-subtle px-4 py-2 text-xs">
            {inspected.length === 0 ? (
              <span className="text-muted">Point at or focus a highlight to see what it is.</span>
            ) : (
              inspected.map((f) => (
                <p key={f.id}>
                  <span className="font-semibold text-fg">{CATEGORY_STYLE[f.category].label}</span>
                  {f.violation ? "" : " (allowed here)"}: {f.explanation}
                </p>
              ))
            )}
          </div>
          <ul className="max-h-[36rem] divide-y divide-border overflow-y-auto">
            {threads.map((t) => (
              <li key={t.id} className="px-4 py-3" aria-label={`Conversation ${visibleString(t.title)}`}>
                <h3 className="text-sm font-medium text-fg">
                  {t.kind === "FORUM_TOPIC" ? "Forum: " : ""}
                  <UserText text={t.title} />
                  {t.counterpart ? (
                    <span className="font-normal text-muted">
                      {" "}
                      · with <AccountLink id={t.counterpart.id} handle={t.counterpart.handle} />
                    </span>
                  ) : null}
                </h3>
                <p className="text-xs text-muted">{contractState(t)}</p>
                <ol className="mt-2 space-y-2">
                  {t.messages.map((m) => (
                    <li key={m.id} className="rounded-md border border-border bg-surface-subtle px-3 py-2">
                      <p className="mb-0.5 text-xs text-muted">
                        <RelativeTime iso={m.sentAt} /> ·{" "}
                        {m.contractActive ? "sent under a contract" : "sent before any contract"}
                      </p>
                      <HighlightedText text={m.body} findings={m.findings} {...inspection} />
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function contractState(t: FlaggedThread): string {
  if (t.kind === "FORUM_TOPIC") return "Public forum topic (no contract).";
  if (t.contracts.length === 0) return "No contract in this conversation.";
  if (t.contractNow) return "A contract is in force now.";
  return `The contract ended (${t.contracts.length} contract${t.contracts.length === 1 ? "" : "s"} in this conversation).`;
}
