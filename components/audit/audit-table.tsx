import Link from "next/link";
import { AccountLink } from "@/components/accounts/account-link";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditRow } from "@/lib/audit/list";
import { AUDIT_ACTION_LABELS, caseReference } from "@/lib/cases/labels";
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
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
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
        <tbody className="divide-y divide-slate-100">
          {events.map((e) => (
            <tr key={e.id}>
              <td className="px-4 py-2 text-xs whitespace-nowrap text-slate-600">
                <RelativeTime iso={e.createdAt} />
              </td>
              <td className="px-4 py-2">{e.actor}</td>
              <td className="px-4 py-2">{actionLabel(e.action)}</td>
              <td className="px-4 py-2 font-mono text-xs">
                {e.caseId && e.caseNumber ? (
                  <Link href={`/cases/${e.caseId}`} className="text-indigo-700 hover:underline">
                    {caseReference(e.caseNumber)}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-4 py-2 text-xs text-slate-600">
                {e.account && e.subjectType === "ACCOUNT" ? (
                  <>
                    account <AccountLink id={e.account.id} handle={e.account.handle} />
                  </>
                ) : e.subjectType ? (
                  `${e.subjectType.toLowerCase()} ${e.subjectId?.slice(0, 10) ?? ""}`
                ) : (
                  "—"
                )}
                {e.account && e.subjectType !== "ACCOUNT" ? (
                  <span className="block">
                    account <AccountLink id={e.account.id} handle={e.account.handle} />
                  </span>
                ) : null}
              </td>
              <td className="max-w-md px-4 py-2 text-slate-700">
                <span className="line-clamp-2 break-words">{e.reason ?? "—"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
