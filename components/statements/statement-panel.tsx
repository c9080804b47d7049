import type { ReactNode } from "react";
import { LocalTime } from "@/components/accounts/account-status";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { UserText } from "@/components/ui/user-text";
import { ENFORCEMENT_KIND_LABELS } from "@/lib/cases/labels";
import type { StatementEnd } from "@/lib/generated/prisma/enums";
import type { StatementView } from "@/lib/statements/load";

const DELIVERY = {
  QUEUED: { label: "Queued in the outbox", tone: "neutral" },
  DELIVERED: { label: "Delivered", tone: "success" },
  FAILED: { label: "Not delivered", tone: "warning" },
} as const;

const ENDED: Record<StatementEnd, string> = {
  EXPIRED: "Ended: ran out",
  REVERSED: "Ended: reversed",
  OVERTURNED: "Ended: overturned on appeal",
  MODIFIED: "Ended: replaced on appeal",
};

/**
 * The statements of reasons sent for the enforcements here: what the account
 * was told, word for word (lib/statements/content.ts), and whether the
 * platform delivered it. Text written by moderators goes through UserText.
 */
export function StatementPanel({
  statements,
  scope,
}: {
  statements: StatementView[];
  scope: "case" | "account" | "appeal";
}) {
  return (
    <Panel title={`Statements of reasons (${statements.length})`} titleId="statements-title">
      {statements.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">
          {scope === "case"
            ? "No enforcement was decided in this case, so no statement of reasons was sent."
            : scope === "appeal"
              ? "The decision under appeal has no statement of reasons."
              : "This account was never sent a statement of reasons."}
        </p>
      ) : (
        <ul className="divide-y divide-border">
          {statements.map((s) => (
            <StatementItem key={s.id} s={s} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function StatementItem({ s }: { s: StatementView }) {
  const delivery = s.delivery ? DELIVERY[s.delivery] : null;
  const label = ENFORCEMENT_KIND_LABELS[s.kind];
  return (
    <li className="px-4 py-3 text-sm" aria-label={`Statement of reasons: ${label}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-fg">{label}</span>
        {s.recipient ? (
          <span className="text-muted">
            to @<UserText text={s.recipient.handle} />
          </span>
        ) : null}
        {delivery ? <Badge tone={delivery.tone}>{delivery.label}</Badge> : null}
        {s.ended ? (
          <Badge tone="neutral">{ENDED[s.ended.reason]}</Badge>
        ) : s.reversed ? (
          <Badge tone="neutral">Decision reversed since</Badge>
        ) : null}
      </div>
      <p className="mt-0.5 text-xs text-muted">
        Issued <LocalTime iso={s.issuedAt} />
      </p>
      <dl className="mt-2 space-y-1.5 text-xs">
        <Item term="Decision">
          <UserText text={s.decision} />
        </Item>
        <Item term="Facts">
          <UserText text={s.facts} />
        </Item>
        <Item term="Policy ground">
          <UserText text={s.ground} />{" "}
          <a href={s.groundUrl} className="break-all text-accent-text hover:underline" rel="noreferrer">
            (policy page)
          </a>
        </Item>
        <Item term="Automated means">
          {s.automatedDetection ? "Detected automatically" : "Not detected automatically"};{" "}
          {s.automatedDecision ? "decided automatically" : "decided by a person"}
        </Item>
        <Item term="Duration">
          <LocalTime iso={s.startsAt} /> → {s.endsAt ? <LocalTime iso={s.endsAt} /> : "no set end"}
        </Item>
        <Item term="How to appeal">
          <UserText text={s.howToAppeal} />
        </Item>
        {s.ended ? (
          <Item term="Ended">
            <LocalTime iso={s.ended.at} />: <UserText text={s.ended.note} />{" "}
            <span className="text-muted">
              (
              {s.ended.delivery
                ? `update ${DELIVERY[s.ended.delivery].label.toLowerCase()}`
                : "no update sent: the account was never told of the decision"}
              )
            </span>
          </Item>
        ) : null}
      </dl>
    </li>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-2">
      <dt className="font-medium text-fg-soft">{term}</dt>
      <dd className="break-words text-fg">{children}</dd>
    </div>
  );
}
