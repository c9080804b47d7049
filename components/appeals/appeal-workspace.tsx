import Link from "next/link";
import type { ReactNode } from "react";
import { AccountLink } from "@/components/accounts/account-link";
import { AccountStatusBadge } from "@/components/accounts/account-status";
import { AppealDecisionForm } from "@/components/appeals/appeal-decision-form";
import { CaseHeader } from "@/components/cases/view/case-header";
import { CaseEvidence } from "@/components/cases/view/case-evidence";
import { NotesPanel } from "@/components/cases/view/notes-panel";
import { Timeline } from "@/components/cases/view/timeline";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { RelativeTime } from "@/components/ui/relative-time";
import { UserText } from "@/components/ui/user-text";
import type { AppealView } from "@/lib/appeals/load";
import { APPEAL_OUTCOME_LABELS, caseReference, ENFORCEMENT_KIND_LABELS } from "@/lib/cases/labels";
import type { CaseView } from "@/lib/cases/view/types";
import { Breadcrumb } from "@/components/ui/breadcrumb";

interface Props {
  view: CaseView;
  appeal: AppealView;
  canWriteNotes: boolean;
}

/**
 * An appeal case's page: the appellant's statement beside the decision under
 * appeal and the evidence it was taken on (the appealed case's job and thread
 * with their highlighted findings, and its reports); staff decide on the right.
 */
export function AppealWorkspace({ view, appeal, canWriteNotes }: Props) {
  const appealed = appeal.appealed;
  const e = appeal.enforcement;
  return (
    <div>
      <Breadcrumb href="/queue?tab=appeals" parent="Appeals" here="appeal" />
      <CaseHeader view={view} />
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-4">
          <div className="grid gap-4 lg:grid-cols-2">
            <Panel title="The appellant's statement" titleId="appeal-statement-title">
              <div className="space-y-2 px-4 py-3 text-sm">
                <p className="text-muted">
                  <AccountLink id={appeal.appellant.id} handle={appeal.appellant.handle} /> (
                  <UserText text={appeal.appellant.displayName} />) appealed <RelativeTime iso={appeal.submittedAt} />
                </p>
                <blockquote className="border-l-4 border-border-strong pl-3 whitespace-pre-wrap text-fg">
                  <UserText text={appeal.statement} />
                </blockquote>
                <p className="text-xs text-muted">
                  Platform appeal id <span className="font-mono">{appeal.externalId}</span> · appeal deadline{" "}
                  <RelativeTime iso={appeal.deadlineAt} />
                </p>
              </div>
            </Panel>
            <Panel title="The decision under appeal" titleId="appealed-decision-title">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 px-4 py-3 text-sm">
                <Row label="Decision">
                  <Badge tone="warning">{ENFORCEMENT_KIND_LABELS[e.kind]}</Badge>
                  {e.reversedAt ? (
                    <Badge tone="success" className="ml-1">
                      Reversed
                    </Badge>
                  ) : null}
                </Row>
                <Row label="In case">
                  <Link href={`/cases/${appealed.id}`} className="text-accent-text hover:underline">
                    {caseReference(appealed.number)} · {appealed.subjectLabel}
                  </Link>
                </Row>
                <Row label="Decided by">{e.decidedBy}</Row>
                <Row label="When">
                  <RelativeTime iso={e.at} />
                </Row>
                {e.endsAt ? (
                  <Row label="Ends">
                    <RelativeTime iso={e.endsAt} />
                  </Row>
                ) : null}
                {e.scopes.length ? <Row label="Scopes">{e.scopes.join(", ").toLowerCase()}</Row> : null}
                {e.badge ? <Row label="Badge">{e.badge}</Row> : null}
                {e.jobTitle ? (
                  <Row label="Job">
                    <UserText text={e.jobTitle} />
                  </Row>
                ) : null}
                <Row label="Reason">{e.reason}</Row>
                <Row label="Account now">
                  <AccountStatusBadge
                    status={appeal.appellant.status}
                    restrictedUntil={appeal.appellant.restrictedUntil}
                  />
                </Row>
              </dl>
            </Panel>
          </div>
          <h2 className="pt-2 text-sm font-semibold text-fg">
            Evidence of {caseReference(appealed.number)}: what the decision was taken on
          </h2>
          <CaseEvidence view={appealed} focusMessageId={null} appealed />
        </div>
        <aside className="space-y-4" aria-label="Appeal details">
          {appeal.status === "DECIDED" ? (
            <Panel title="Outcome" titleId="appeal-outcome-title">
              <div className="space-y-1 px-4 py-3 text-sm">
                <p>
                  <Badge tone={appeal.outcome === "UPHELD" ? "neutral" : "success"}>
                    {appeal.outcome ? APPEAL_OUTCOME_LABELS[appeal.outcome] : "Decided"}
                  </Badge>{" "}
                  by {appeal.decidedBy ?? "staff"} {appeal.decidedAt ? <RelativeTime iso={appeal.decidedAt} /> : null}
                </p>
                {appeal.decisionReason ? <p className="text-fg-soft">{appeal.decisionReason}</p> : null}
              </div>
            </Panel>
          ) : (
            <AppealDecisionForm
              caseId={view.id}
              version={view.version}
              appellantHandle={appeal.appellant.handle}
              modifiable={e.modifiable && !e.reversedAt}
              whyNot={appeal.whyNot}
            />
          )}
          <NotesPanel caseId={view.id} notes={view.notes} canWrite={canWriteNotes} />
          <Timeline entries={view.timeline} />
        </aside>
      </div>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}
