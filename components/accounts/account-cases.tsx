import Link from "next/link";
import { AccountLink } from "@/components/accounts/account-link";
import { Empty, Section } from "@/components/accounts/section";
import { CaseReferenceCell, REPORTED_AS, ReportedCategories } from "@/components/cases/case-row-parts";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccountCaseRow, AccountReportRow, CaseRelation } from "@/lib/accounts/types";
import { STATUS_LABELS, SUBJECT_LABELS, caseReference } from "@/lib/cases/labels";
import { isOpenStatus } from "@/lib/cases/lifecycle";
import { UserText } from "@/components/ui/user-text";

const RELATION: Record<CaseRelation, string> = {
  ACCOUNT: "about the account",
  JOB: "about its job",
  MESSAGE: "about its message",
  THREAD: "its conversation",
};

const REASON_LABELS: Record<AccountReportRow["reason"], string> = {
  OFF_PLATFORM_CONTACT: "Off-platform contact",
  OFF_PLATFORM_PAYMENT: "Off-platform payment",
  PHISHING: "Phishing",
  SCAM_JOB: "Scam job",
  SPAM: "Spam",
  HARASSMENT: "Harassment",
  OTHER: "Other",
};

export function AccountCases({ cases }: { cases: AccountCaseRow[] }) {
  const open = cases.filter((c) => isOpenStatus(c.status)).length;
  return (
    <Section
      id="account-cases"
      title="Cases"
      count={cases.length}
      description={`${open} open, ${cases.length - open} closed; open cases first.`}
    >
      {cases.length === 0 ? (
        <Empty>No case concerns this account.</Empty>
      ) : (
        <div className="max-h-[28rem] overflow-y-auto">
          <Table>
            <caption className="sr-only">Cases concerning this account</caption>
            <TableHeader className="sticky top-0">
              <tr>
                <TableHead className="px-4 py-1.5">Case</TableHead>
                <TableHead className="px-2 py-1.5">Status</TableHead>
                <TableHead className="px-2 py-1.5">{REPORTED_AS}</TableHead>
                <TableHead className="px-4 py-1.5 text-right">Opened</TableHead>
              </tr>
            </TableHeader>
            <TableBody>
              {cases.map((c) => {
                const open = isOpenStatus(c.status);
                return (
                  <TableRow key={c.id} className={open ? "" : "[&>td]:text-muted"}>
                    <CaseReferenceCell id={c.id} number={c.number} className="px-4 py-1.5">
                      {SUBJECT_LABELS[c.subjectType]} · {RELATION[c.relation]}
                    </CaseReferenceCell>
                    <TableCell className="px-2 py-1.5 text-xs whitespace-nowrap">
                      {open ? (
                        <span className="font-medium">{STATUS_LABELS[c.status]}</span>
                      ) : (
                        <span>{STATUS_LABELS[c.status]} (closed)</span>
                      )}
                    </TableCell>
                    <TableCell className="px-2 py-1.5">
                      <ReportedCategories categories={c.categories} max={4} />
                    </TableCell>
                    <TableCell className="px-4 py-1.5 text-right text-xs whitespace-nowrap">
                      <RelativeTime iso={c.openedAt} />
                      <span className="block text-muted">
                        {c.reportCount} report{c.reportCount === 1 ? "" : "s"}
                      </span>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </Section>
  );
}

export function AccountReports({ reports }: { reports: AccountReportRow[] }) {
  return (
    <Section
      id="account-reports"
      title="Reports against it"
      count={reports.length}
      description="About the account, its jobs and its messages; newest first."
    >
      {reports.length === 0 ? (
        <Empty>Nobody has reported this account, its jobs or its messages.</Empty>
      ) : (
        <ul className="max-h-80 divide-y divide-border overflow-y-auto">
          {reports.map((r) => (
            <li key={r.id} className="px-4 py-2 text-sm">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium text-fg">{REASON_LABELS[r.reason]}</span>
                <span className="text-xs text-muted">
                  {SUBJECT_LABELS[r.subjectType].toLowerCase()} ·{" "}
                  {r.source === "AUTOMATIC" ? (
                    "detector"
                  ) : r.reporter ? (
                    <>
                      by <AccountLink id={r.reporter.id} handle={r.reporter.handle} />
                    </>
                  ) : (
                    "by a user"
                  )}{" "}
                  · <RelativeTime iso={r.at} /> ·{" "}
                  <Link href={`/cases/${r.caseId}`} className="font-mono text-accent-text hover:underline">
                    {caseReference(r.caseNumber)}
                  </Link>
                </span>
              </p>
              {r.comment ? (
                <p className="mt-0.5 text-xs break-words text-fg-soft">
                  “<UserText text={r.comment} />”
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
