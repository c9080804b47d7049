import { RelativeTime } from "@/components/ui/relative-time";
import type { TimelineEntry } from "@/lib/cases/view/types";
import { AUDIT_ACTION_LABELS } from "@/lib/cases/labels";
import type { AuditAction } from "@/lib/generated/prisma/enums";

function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
}

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="border-border bg-surface rounded-lg border">
      <h2 id="timeline-heading" className="border-border text-fg border-b px-4 py-2 text-sm font-semibold">
        Timeline
      </h2>
      <ol
        tabIndex={0}
        aria-labelledby="timeline-heading"
        className="max-h-80 space-y-2 overflow-y-auto px-4 py-3 text-sm"
      >
        {entries.map((e) => (
          <li key={e.id} className="border-border border-l-2 pl-3">
            <p className="text-fg">
              <span className="font-medium">{actionLabel(e.action)}</span>{" "}
              <span className="text-muted">by {e.actor}</span>
            </p>
            {e.reason ? <p className="text-fg-soft text-xs break-words whitespace-pre-wrap">{e.reason}</p> : null}
            <p className="text-muted text-xs">
              <RelativeTime iso={e.at} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
