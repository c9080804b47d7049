import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { parseAuditFilter } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/list";
import { readableAuditActions } from "@/lib/audit/visibility";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("audit:read");
  const params = await searchParams;
  const { filter, error } = parseAuditFilter(params);
  const { rows, nextBefore } = await listAuditEvents(actor, filter);
  const query = new URLSearchParams(
    Object.entries(filter).filter(([k, v]) => k !== "before" && v) as [string, string][],
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every decision and change, newest first. Entries cannot be edited or deleted."
        actions={
          <a
            href={`/api/audit/export?${query}`}
            className="rounded-md border border-border-strong bg-surface px-3 py-1.5 text-sm font-medium text-fg-soft hover:bg-surface-subtle"
            download
          >
            Export CSV
          </a>
        }
      />
      <AuditFilters filter={filter} actions={readableAuditActions(actor)} />
      {error ? (
        <p
          role="alert"
          className="mb-3 rounded-md border border-danger-line bg-danger-subtle px-3 py-2 text-sm text-danger-text"
        >
          Some filters were ignored: {error}
        </p>
      ) : null}
      <AuditTable events={rows} />
      {nextBefore ? (
        <a
          href={`?${new URLSearchParams({ ...Object.fromEntries(query), before: nextBefore })}`}
          className="mt-3 inline-block text-sm font-medium text-accent-text hover:underline"
        >
          Older entries →
        </a>
      ) : null}
    </>
  );
}
