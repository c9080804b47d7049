import { RelativeTime } from "@/components/ui/relative-time";
import type { TimelineEntry } from "@/lib/cases/view/types";
import { AUDIT_ACTION_LABELS } from "@/lib/cases/labels";
import type { AuditAction } from "@/lib/generated/prisma/enums";

function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
}

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-border bg-surface">
      <h2 id="timeline-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Timeline
      </h2>
      <ol
        tabIndex={0}
        aria-labelledby="timeline-heading"
        className="max-h-80 space-y-2 overflow-y-auto px-4 py-3 text-sm"
      >
        {entries.map((e) => (
          <li key={e.id} className="border-l-2 border-border pl-3">
            <p className="text-fg">
              <span className="font-medium">{actionLabel(e.action)}</span>{" "}
              <span className="text-muted">by {e.actor}</span>
            </p>
            {e.reason ? <p className="text-xs break-words whitespace-pre-wrap text-fg-soft">{e.reason}</p> : null}
            <p className="text-xs text-muted">
              <RelativeTime iso={e.at} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
