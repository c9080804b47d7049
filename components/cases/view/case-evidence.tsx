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
export function CaseEvidence({
  view,
  focusMessageId,
  empty,
}: {
  view: Pick<CaseView, "job" | "thread" | "reports">;
  focusMessageId: string | null;
  /** What to say when the case has neither a job nor a conversation. */
  empty: { title: string; hint: string };
}) {
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
