import "server-only";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { readPrisma } from "@/lib/db/prisma";

/**
 * Operations metrics for Prometheus (GET /api/metrics, token-protected),
 * through prom-client. One registry per process, kept on globalThis so
 * development's module reloads don't register the series twice.
 *
 * - Request latency: observed once, in defineRoute (lib/http/route.ts), for
 *   the queue's routes, claim-next and /api/v1 (routeLabel bounds the labels).
 * - Ingest and findings: counters this instance increments as it stores items
 *   (a counter per instance is what Prometheus sums).
 * - Queue depth and the oldest waiting case: gauges read from the database at
 *   each scrape, one statement over the open cases (the partial open-case index).
 */

interface Metrics {
  registry: Registry;
  latency: Histogram<"route" | "method" | "status">;
  ingested: Counter<"kind">;
  findings: Counter<"category" | "violation">;
}

const globalMetrics = globalThis as unknown as { __tscMetrics?: Metrics };

function build(): Metrics {
  const registry = new Registry();
  const latency = new Histogram({
    name: "tsc_http_request_duration_seconds",
    help: "Time to answer a request to the queue, claim-next or the platform API (/api/v1), by route template.",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const ingested = new Counter({
    name: "tsc_ingested_items_total",
    help: "Items the platform sent that this instance stored (new ones only; a repeat is not counted).",
    labelNames: ["kind"] as const,
    registers: [registry],
  });
  const findings = new Counter({
    name: "tsc_detector_findings_total",
    help: "Detector findings this instance stored on messages and job postings, by category.",
    labelNames: ["category", "violation"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "tsc_queue_depth",
    help: "Open cases now, by queue tab and category (a case with several categories counts in each; category ALL counts it once).",
    labelNames: ["tab", "category"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await queueDepth()) this.set({ tab: row.tab, category: row.category }, row.depth);
    },
  });
  new Gauge({
    name: "tsc_oldest_waiting_case_age_seconds",
    help: "Age of the oldest open case's first report, by tab (0 when the tab is empty).",
    labelNames: ["tab"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await oldestWaiting()) this.set({ tab: row.tab }, row.seconds);
    },
  });
  return { registry, latency, ingested, findings };
}

export function metrics(): Metrics {
  return (globalMetrics.__tscMetrics ??= build());
}

/** The tabs a scrape reports; "mine" is per viewer and has no team-wide depth. */
const TAB_SQL = Prisma.sql`
  CASE WHEN c."subjectType" = 'APPEAL' THEN 'appeals'
       WHEN c."status" = 'ESCALATED' THEN 'escalated'
       WHEN c."claimedById" IS NOT NULL AND c."claimExpiresAt" > now() THEN 'claimed'
       ELSE 'unassigned' END`;

export async function queueDepth(): Promise<{ tab: string; category: string; depth: number }[]> {
  const rows = await readPrisma.$queryRaw<{ tab: string; category: string | null; depth: bigint }[]>`
    WITH open_cases AS (
      SELECT ${TAB_SQL} AS tab, c."categories" FROM "Case" c WHERE c."status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED')
    )
    SELECT tab, category, count(*) AS depth
      FROM open_cases, unnest(CASE WHEN cardinality("categories") = 0 THEN ARRAY['NONE'] ELSE "categories"::text[] END) AS category
     GROUP BY tab, category
    UNION ALL
    SELECT tab, NULL, count(*) FROM open_cases GROUP BY tab`;
  const out = rows.map((r) => ({ tab: r.tab, category: r.category ?? "ALL", depth: Number(r.depth) }));
  // "open" is every open case, as the queue's Open tab shows.
  const open = new Map<string, number>();
  for (const r of out) if (r.tab !== "appeals") open.set(r.category, (open.get(r.category) ?? 0) + r.depth);
  for (const [category, depth] of open) out.push({ tab: "open", category, depth });
  return out;
}

export async function oldestWaiting(): Promise<{ tab: string; seconds: number }[]> {
  const rows = await readPrisma.$queryRaw<{ tab: string; oldest: Date | null }[]>`
    SELECT tab, min("firstReportedAt") AS oldest FROM (
      SELECT ${TAB_SQL} AS tab, c."firstReportedAt" FROM "Case" c WHERE c."status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED')
    ) t GROUP BY tab`;
  const now = Date.now();
  const byTab = new Map(rows.map((r) => [r.tab, r.oldest ? (now - r.oldest.getTime()) / 1000 : 0]));
  const nonAppeal = rows.filter((r) => r.tab !== "appeals" && r.oldest).map((r) => r.oldest!.getTime());
  byTab.set("open", nonAppeal.length ? (now - Math.min(...nonAppeal)) / 1000 : 0);
  return ["unassigned", "claimed", "escalated", "appeals", "open"].map((tab) => ({
    tab,
    seconds: byTab.get(tab) ?? 0,
  }));
}

const V1_RESOURCES = new Set([
  "accounts",
  "appeals",
  "cases",
  "contracts",
  "messages",
  "openapi.json",
  "outbox",
  "reports",
  "scan",
]);

/**
 * The route template a request is counted under, or null when it is not
 * measured. Ids become {id}, and unknown paths one label, so a caller cannot
 * grow the series without bound.
 */
export function routeLabel(pathname: string): string | null {
  if (pathname === "/api/queue/events") return null; // a stream, open for minutes: no latency
  if (pathname === "/api/queue" || pathname.startsWith("/api/queue/")) {
    return ["/api/queue", "/api/queue/counts", "/api/queue/bulk", "/api/queue/claim-next"].includes(pathname)
      ? pathname
      : "/api/queue/other";
  }
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) {
    const [resource, ...rest] = pathname.slice("/api/v1/".length).split("/");
    if (!resource || !V1_RESOURCES.has(resource)) return "/api/v1/other";
    return `/api/v1/${resource}${rest.map((s) => (s === "ack" ? "/ack" : "/{id}")).join("")}`;
  }
  return null;
}

/** Called by defineRoute when a request has been answered. */
export function observeRequest(request: Request, status: number, seconds: number): void {
  const route = routeLabel(new URL(request.url).pathname);
  if (route) metrics().latency.observe({ route, method: request.method, status: String(status) }, seconds);
}

export function countIngested(kind: "message" | "report" | "job" | "appeal" | "contract", n = 1): void {
  if (n > 0) metrics().ingested.inc({ kind }, n);
}

export function countFindings(findings: readonly { category: string; violation: boolean }[]): void {
  for (const f of findings) metrics().findings.inc({ category: f.category, violation: String(f.violation) });
}

export async function metricsText(): Promise<{ body: string; contentType: string }> {
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
