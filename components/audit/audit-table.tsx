import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditRow } from "@/lib/audit/list";
import { AUDIT_ACTION_LABELS, SUBJECT_LABELS, caseReference } from "@/lib/cases/labels";
import type { AuditAction } from "@/lib/generated/prisma/enums";

function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
}

export function AuditTable({ events }: { events: AuditRow[] }) {
  if (events.length === 0)
    return (
      <EmptyState
        title="Nothing matches"
        hint="Change or clear the filters; decisions are listed here as they are made."
      />
    );
  return (
    <div className="border-border bg-surface overflow-hidden rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events</caption>
        <thead className="bg-surface-subtle text-muted text-xs tracking-wide uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              When
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Who
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              What
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Case
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Subject
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="divide-border divide-y">
          {events.map((e) => (
            <tr key={e.id}>
              <td className="text-muted px-4 py-2 text-xs whitespace-nowrap">
                <RelativeTime iso={e.createdAt} />
              </td>
              <td className="px-4 py-2">{e.actor}</td>
              <td className="px-4 py-2">{actionLabel(e.action)}</td>
              <td className="px-4 py-2 font-mono text-xs">
                {e.caseId && e.caseNumber ? (
                  <Link href={`/cases/${e.caseId}`} className="text-accent-text hover:underline">
                    {caseReference(e.caseNumber)}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="text-muted px-4 py-2 text-xs">
                {e.subjectType ? `${SUBJECT_LABELS[e.subjectType]} ${e.subjectId?.slice(0, 10) ?? ""}` : "—"}
              </td>
              <td className="text-fg-soft max-w-md px-4 py-2">
                <span className="line-clamp-2 break-words">{e.reason ?? "—"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
