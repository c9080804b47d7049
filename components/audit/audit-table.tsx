import Link from "next/link";
import { AccountLink } from "@/components/accounts/account-link";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditRow } from "@/lib/audit/list";
import { AUDIT_ACTION_LABELS, SUBJECT_LABELS, caseReference } from "@/lib/cases/labels";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { DataTable, TableCell, TableRow } from "@/components/ui/table";

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
    <DataTable caption="Audit events" columns={["When", "Who", "What", "Case", "Subject", "Reason"]}>
      {events.map((e) => (
        <TableRow key={e.id}>
          <TableCell className="text-xs whitespace-nowrap text-muted">
            <RelativeTime iso={e.createdAt} />
          </TableCell>
          <TableCell>{e.actor}</TableCell>
          <TableCell className="whitespace-nowrap">{actionLabel(e.action)}</TableCell>
          <TableCell className="font-mono text-xs">
            {e.caseId && e.caseNumber ? (
              <Link href={`/cases/${e.caseId}`} className="text-accent-text hover:underline">
                {caseReference(e.caseNumber)}
              </Link>
            ) : (
              "—"
            )}
          </TableCell>
          <TableCell className="text-xs text-muted">
            {e.account && e.subjectType === "ACCOUNT" ? (
              <>
                account <AccountLink id={e.account.id} handle={e.account.handle} />
              </>
            ) : e.subjectType ? (
              `${SUBJECT_LABELS[e.subjectType]} ${e.subjectId?.slice(0, 10) ?? ""}`
            ) : (
              "—"
            )}
            {e.account && e.subjectType !== "ACCOUNT" ? (
              <span className="block">
                account <AccountLink id={e.account.id} handle={e.account.handle} />
              </span>
            ) : null}
          </TableCell>
          <TableCell className="max-w-md text-fg-soft">
            <span className="line-clamp-2 break-words">{e.reason ?? "—"}</span>
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
