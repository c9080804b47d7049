import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { listRecentAuditEvents } from "@/lib/audit/list";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requirePageActor("audit:read");
  const events = await listRecentAuditEvents();
  return (
    <>
      <PageHeader title="Audit log" description="Every decision and change, newest first. Entries cannot be edited or deleted." />
      <AuditTable events={events} />
    </>
  );
}
