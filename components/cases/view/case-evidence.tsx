import { JobPostingPanel } from "@/components/cases/view/job-posting-panel";
import { ReportsList } from "@/components/cases/view/reports-list";
import { ThreadPanel } from "@/components/cases/view/thread-panel";
import { EmptyState } from "@/components/ui/empty-state";
import type { CaseView } from "@/lib/cases/view/types";

/**
 * What a decision on a case is taken on: its job posting and thread with
 * their highlighted findings, then its reports. Shown on the case page and,
 * for the appealed case, on an appeal's page.
 */
// What to say when the case has neither a job nor a conversation.
const EMPTY = {
  case: { title: "No conversation is attached to this case", hint: "The reports below are all there is to judge." },
  appealed: {
    title: "No conversation is attached to the appealed case",
    hint: "Its reports below are what the decision was taken on.",
  },
};

export function CaseEvidence({
  view,
  focusMessageId,
  appealed = false,
}: {
  view: Pick<CaseView, "job" | "thread" | "reports">;
  focusMessageId: string | null;
  /** The evidence of the case under appeal, on the appeal's page. */
  appealed?: boolean;
}) {
  const empty = appealed ? EMPTY.appealed : EMPTY.case;
  return (
    <>
      {view.job ? <JobPostingPanel job={view.job} /> : null}
      {view.thread ? (
        <ThreadPanel thread={view.thread} focusMessageId={focusMessageId} />
      ) : view.job ? null : (
        <EmptyState title={empty.title} hint={empty.hint} />
      )}
      <ReportsList reports={view.reports} />
    </>
  );
}
