import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { parseAuditFilter } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/list";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageActor("audit:read");
  const params = await searchParams;
  const { filter, error } = parseAuditFilter(params);
  const { rows, nextBefore } = await listAuditEvents(filter);
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
            className="border-border-strong bg-surface text-fg-soft hover:bg-surface-subtle rounded-md border px-3 py-1.5 text-sm font-medium"
            download
          >
            Export CSV
          </a>
        }
      />
      <AuditFilters filter={filter} />
      {error ? (
        <p
          role="alert"
          className="border-danger-line bg-danger-subtle text-danger-text mb-3 rounded-md border px-3 py-2 text-sm"
        >
          Some filters were ignored: {error}
        </p>
      ) : null}
      <AuditTable events={rows} />
      {nextBefore ? (
        <a
          href={`?${new URLSearchParams({ ...Object.fromEntries(query), before: nextBefore })}`}
          className="text-accent-text mt-3 inline-block text-sm font-medium hover:underline"
        >
          Older entries →
        </a>
      ) : null}
    </>
  );
}
