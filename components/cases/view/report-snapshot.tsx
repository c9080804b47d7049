import { History } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { UserText } from "@/components/ui/user-text";
import type { ReportSnapshotView } from "@/lib/cases/view/snapshot";

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  description: "Description",
  body: "Message",
  handle: "Handle",
  displayName: "Display name",
};

/**
 * The reported text as the reporter saw it, shown when the platform has
 * changed it since: a moderator judges the report against what was
 * reported, not only against the text as it reads now.
 */
export function ReportSnapshot({ snapshot }: { snapshot: ReportSnapshotView }) {
  if (snapshot.changed.length === 0) return null;
  const changed = snapshot.changed.map((f) => (FIELD_LABELS[f] ?? f).toLowerCase()).join(" and ");
  return (
    <div className="mt-1">
      <Badge tone="warning" icon={History}>
        {`Changed since this report: ${changed}`}
      </Badge>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-accent-text select-none hover:underline">
          Show the text the reporter saw
        </summary>
        <dl className="mt-1 space-y-1 rounded bg-surface-subtle px-2 py-1.5">
          {Object.entries(snapshot.fields).map(([field, text]) => (
            <div key={field}>
              <dt className="font-medium text-muted">
                {FIELD_LABELS[field] ?? field}
                {snapshot.changed.includes(field) ? " (changed since)" : ""}
              </dt>
              <dd className="text-sm leading-relaxed break-words whitespace-pre-wrap text-fg">
                {text === null ? <span className="text-muted">(none)</span> : <UserText text={text} />}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
