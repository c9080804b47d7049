"use client";

import { FindingInspector } from "@/components/cases/view/finding-inspector";
import { HighlightedText, useInspection } from "@/components/cases/view/highlighted-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { JOB_STATUS_LABELS } from "@/lib/cases/labels";
import type { JobView } from "@/lib/cases/view/types";

/**
 * The job posting as its applicants read it, with the detector's stored
 * findings highlighted in the title and the description exactly like a
 * message's: each highlight is focusable and explained in the inspector.
 */
export function JobPostingPanel({ job }: { job: JobView }) {
  const { inspected, inspection } = useInspection();
  const title = job.findings.filter((f) => f.field === "TITLE");
  const description = job.findings.filter((f) => f.field === "DESCRIPTION");
  const violations = job.findings.filter((f) => f.violation).length;
  return (
    <section
      aria-labelledby="job-posting-heading"
      className="overflow-hidden rounded-lg border border-border bg-surface"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border px-4 py-2">
        <h2 id="job-posting-heading" className="text-sm font-semibold text-fg">
          Job posting
        </h2>
        <p className="text-xs text-muted">
          by @{job.clientHandle} · {JOB_STATUS_LABELS[job.status]} · posted <RelativeTime iso={job.postedAt} /> ·{" "}
          {job.scannedAt === null
            ? "not scanned yet"
            : violations === 0
              ? "no violation found"
              : `${violations} violation${violations === 1 ? "" : "s"} found`}
        </p>
      </div>
      {job.findings.length > 0 ? <FindingInspector findings={inspected} /> : null}
      <div className="space-y-2 px-4 py-3">
        {[
          { testId: "job-title", text: job.title, findings: title, className: "font-semibold" },
          { testId: "job-description", text: job.description, findings: description, className: undefined },
        ].map((field) => (
          <div key={field.testId} className={field.className} data-testid={field.testId}>
            <HighlightedText text={field.text} findings={field.findings} {...inspection} />
          </div>
        ))}
      </div>
    </section>
  );
}
