import { RelativeTime } from "@/components/ui/relative-time";
import type { ReportView } from "@/lib/cases/view/types";
import { UserText } from "@/components/ui/user-text";
import { ReportSnapshot } from "@/components/cases/view/report-snapshot";

const REASON_LABELS: Record<ReportView["reason"], string> = {
  OFF_PLATFORM_CONTACT: "Off-platform contact",
  OFF_PLATFORM_PAYMENT: "Off-platform payment",
  PHISHING: "Phishing for personal data",
  SCAM_JOB: "Scam job",
  SPAM: "Spam",
  HARASSMENT: "Harassment",
  OTHER: "Other",
};

export function ReportsList({ reports }: { reports: ReportView[] }) {
  return (
    <section aria-labelledby="reports-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="reports-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Reports <span className="font-normal text-muted">({reports.length})</span>
      </h2>
      <ul tabIndex={0} aria-labelledby="reports-heading" className="max-h-72 divide-y divide-border overflow-y-auto">
        {reports.map((r) => (
          <li key={r.id} className="px-4 py-2 text-sm">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium text-fg">
                {r.source === "AUTOMATIC" ? (
                  "Detector (automatic)"
                ) : r.reporter ? (
                  <>
                    @<UserText text={r.reporter.handle} />
                  </>
                ) : (
                  "Unknown reporter"
                )}
              </span>
              <span className="text-xs text-muted">
                <RelativeTime iso={r.createdAt} />
              </span>
            </p>
            <p className="text-xs text-muted">{REASON_LABELS[r.reason]}</p>
            {r.comment ? (
              <p className="mt-1 break-words whitespace-pre-wrap text-fg-soft">
                “<UserText text={r.comment} />”
              </p>
            ) : null}
            {r.snapshot ? <ReportSnapshot snapshot={r.snapshot} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
