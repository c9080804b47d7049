import type { Metadata } from "next";
import { CaseTable } from "@/components/queue/case-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { listOpenCases } from "@/lib/cases/list";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage() {
  await requirePageActor("queue:read");
  const cases = await listOpenCases();
  return (
    <>
      <PageHeader title="Queue" description="Open cases, most urgent first." />
      <CaseTable cases={cases} />
    </>
  );
}
