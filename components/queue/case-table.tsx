import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { CATEGORY_LABELS, STATUS_LABELS, SUBJECT_LABELS, caseReference } from "@/lib/cases/labels";
import type { OpenCaseRow } from "@/lib/cases/list";
import { formatCount } from "@/lib/format/time";

export function CaseTable({ cases }: { cases: OpenCaseRow[] }) {
  if (cases.length === 0) {
    return <EmptyState title="The queue is empty" hint="New reports will appear here as they arrive." />;
  }
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Open cases</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Case</th>
            <th scope="col" className="px-4 py-2 font-medium">Subject</th>
            <th scope="col" className="px-4 py-2 font-medium">Categories</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Priority</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Reports</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">Last report</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {cases.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td className="whitespace-nowrap px-4 py-2 font-mono text-xs">
                <Link href={`/cases/${c.id}`} className="text-indigo-700 hover:underline">{caseReference(c.number)}</Link>
              </td>
              <td className="px-4 py-2">
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{SUBJECT_LABELS[c.subjectType]}</span>
                <span className="text-slate-900">{c.subjectLabel}</span>
              </td>
              <td className="px-4 py-2 text-xs text-slate-700">
                {c.categories.length ? c.categories.map((cat) => CATEGORY_LABELS[cat]).join(", ") : "—"}
                {c.hasAutomaticReport ? <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-amber-800">Detector</span> : null}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{formatCount(c.priority)}</td>
              <td className="px-4 py-2 text-right tabular-nums">
                {formatCount(c.reportCount)}
                <span className="block text-xs text-slate-500">
                  {c.reporterCount === 0 ? "detector only" : `${formatCount(c.reporterCount)} ${c.reporterCount === 1 ? "person" : "people"}`}
                </span>
              </td>
              <td className="px-4 py-2 text-xs">
                {STATUS_LABELS[c.status]}
                {c.claimedBy ? <span className="block text-slate-500">held by {c.claimedBy}</span> : null}
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-xs text-slate-600">
                <RelativeTime iso={c.lastReportedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
