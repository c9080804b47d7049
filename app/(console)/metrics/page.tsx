import type { Metadata } from "next";
import { MetricsDashboard } from "@/components/metrics/metrics-dashboard";
import { RangePicker } from "@/components/metrics/range-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/metrics/dashboard";
import { metricsWindow } from "@/lib/metrics/range";

export const metadata: Metadata = { title: "Metrics" };

export default async function MetricsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("metrics:read");
  const { days, window } = metricsWindow((await searchParams).days, new Date());
  const dashboard = await loadDashboard(actor, window);
  return (
    <>
      <PageHeader
        title="Metrics"
        description={
          dashboard.seesEveryone
            ? "The team's queues, speed, SLA, every moderator's decisions and the detector's precision, from the cases and the audit trail."
            : "The team's queues, speed and SLA, and your own decisions beside the team's totals, from the cases and the audit trail."
        }
        actions={<RangePicker days={days} />}
      />
      <MetricsDashboard dashboard={dashboard} />
    </>
  );
}
