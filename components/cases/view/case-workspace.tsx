import Link from "next/link";
import { CaseHeader } from "@/components/cases/view/case-header";
import { CaseEvidence } from "@/components/cases/view/case-evidence";
import { LinkedAccounts } from "@/components/cases/view/linked-accounts";
import { NotesPanel } from "@/components/cases/view/notes-panel";
import { PeoplePanel } from "@/components/cases/view/people-panel";
import { Timeline } from "@/components/cases/view/timeline";
import { ViolationSummary } from "@/components/cases/view/violation-summary";
import { LiveCaseBanner } from "@/components/cases/live-case-banner";
import { DecisionPanel } from "@/components/cases/decisions/decision-panel";
import { EnforcedBanner } from "@/components/cases/decisions/enforced-banner";
import { ReplyPanel } from "@/components/replies/reply-panel";
import { StatementPanel } from "@/components/statements/statement-panel";
import type { StatementView } from "@/lib/statements/load";
import type { CaseView } from "@/lib/cases/view/types";
import type { DecisionContextView } from "@/lib/cases/decisions/context";
import { Breadcrumb } from "@/components/ui/breadcrumb";

interface Props {
  view: CaseView;
  decisionContext: DecisionContextView;
  focusMessageId: string | null;
  viewerId: string;
  permissions: { writeNotes: boolean; sendReplies: boolean };
  statements: StatementView[];
}

/** The case page: what happened (thread, reports) on the left, who and what to do on the right. */
export function CaseWorkspace({ view, decisionContext, focusMessageId, viewerId, permissions, statements }: Props) {
  const focus =
    focusMessageId ??
    (view.subjectType === "MESSAGE" ? (view.reports.find((r) => r.messageId)?.messageId ?? null) : null);
  return (
    <div>
      <Breadcrumb href="/queue" parent="Queue" here="case" />
      <CaseHeader view={view} />
      <LiveCaseBanner caseId={view.id} version={view.version} viewerId={viewerId} />
      {decisionContext.enforcedSubject ? <EnforcedBanner subject={decisionContext.enforcedSubject} /> : null}
      <ViolationSummary summary={view.summary} />
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-4">
          {view.threadChoices.length > 1 ? (
            <nav aria-label="Conversations in this case" className="flex flex-wrap gap-2">
              {view.threadChoices.map((t) => (
                <Link
                  key={t.id}
                  href={`?thread=${t.id}`}
                  aria-current={view.thread?.id === t.id ? "true" : undefined}
                  className={`rounded-md border px-2 py-1 text-xs ${view.thread?.id === t.id ? "border-accent bg-accent-subtle font-semibold text-accent-text" : "border-border-strong bg-surface text-fg-soft hover:bg-surface-subtle"}`}
                >
                  {t.label} · {t.violationCount} violation{t.violationCount === 1 ? "" : "s"}
                </Link>
              ))}
            </nav>
          ) : null}
          <CaseEvidence view={view} focusMessageId={focus} />
        </div>
        <aside className="space-y-4" aria-label="Case details">
          <DecisionPanel caseId={view.id} version={view.version} context={decisionContext} />
          <PeoplePanel job={view.job} accounts={view.accounts} />
          <StatementPanel statements={statements} scope="case" />
          {permissions.sendReplies ? <ReplyPanel caseId={view.id} /> : null}
          <LinkedAccounts linked={view.linked} />
          <NotesPanel caseId={view.id} notes={view.notes} canWrite={permissions.writeNotes} />
          <Timeline entries={view.timeline} />
        </aside>
      </div>
    </div>
  );
}
