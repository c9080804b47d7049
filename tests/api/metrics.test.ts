import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMetrics } from "@/app/api/metrics/route";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { prisma } from "@/lib/db/prisma";
import { routeLabel } from "@/lib/metrics/prometheus";
import { call, makeApiToken, platformWorld } from "@/tests/support/api";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { makeCase } from "@/tests/support/queue-fixtures";

// Queue depth is a count of every open case: this file has a database of its own.
useIsolatedDatabase("metricsapi");

async function scrape(token?: string) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await getMetrics(new Request("http://console.test/api/metrics", { headers }));
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    text: await response.text(),
  };
}

/** The value of one series in Prometheus text, or 0 when it is absent. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

let token: string;
beforeAll(async () => {
  token = (await makeApiToken()).token;
  const holder = await makeConsoleUser("MODERATOR");
  const hour = 3_600_000;
  await makeCase({ categories: ["OFF_PLATFORM_PAYMENT"], firstReportedAt: new Date(Date.now() - 5 * hour) });
  await makeCase({ categories: [] });
  await makeCase({
    categories: ["CONTACT_SHARING"],
    claimedById: holder.id,
    claimExpiresAt: new Date(Date.now() + hour),
  });
  await makeCase({ status: "ESCALATED", categories: ["CONTACT_SHARING"] });
  await makeCase({ status: "RESOLVED", closedAt: new Date() });
});

describe("GET /api/metrics", () => {
  it("refuses a scrape without a token, or with a wrong one", async () => {
    const none = await scrape();
    expect(none.status).toBe(401);
    expect(none.contentType).toBe("application/problem+json");
    expect((await scrape("tsc_not-a-real-token")).status).toBe(401);
  });

  it("answers Prometheus text with queue depth by tab and category and the oldest waiting case", async () => {
    const res = await scrape(token);
    expect(res.status).toBe(200);
    expect(res.contentType).toContain("text/plain; version=0.0.4");
    expect(res.text).toContain("# TYPE tsc_queue_depth gauge");
    expect(sample(res.text, 'tsc_queue_depth{tab="unassigned",category="ALL"}')).toBe(2);
    expect(sample(res.text, 'tsc_queue_depth{tab="unassigned",category="OFF_PLATFORM_PAYMENT"}')).toBe(1);
    expect(sample(res.text, 'tsc_queue_depth{tab="unassigned",category="NONE"}')).toBe(1);
    expect(sample(res.text, 'tsc_queue_depth{tab="claimed",category="CONTACT_SHARING"}')).toBe(1);
    expect(sample(res.text, 'tsc_queue_depth{tab="escalated",category="ALL"}')).toBe(1);
    expect(sample(res.text, 'tsc_queue_depth{tab="open",category="ALL"}')).toBe(4);
    expect(sample(res.text, 'tsc_queue_depth{tab="open",category="CONTACT_SHARING"}')).toBe(2);
    const oldest = sample(res.text, 'tsc_oldest_waiting_case_age_seconds{tab="unassigned"}');
    expect(oldest).toBeGreaterThanOrEqual(5 * 3600);
    expect(oldest).toBeLessThan(5 * 3600 + 120);
    expect(sample(res.text, 'tsc_oldest_waiting_case_age_seconds{tab="appeals"}')).toBe(0);
  });

  it("counts ingested messages and the detector's findings, and times /api/v1 in the route definer", async () => {
    const before = (await scrape(token)).text;
    const w = platformWorld();
    const posted = await call(postMessages, "/api/v1/messages", {
      token,
      body: w.batch(
        w.message("m1", "client", "Hi, thanks for applying! Can you start Monday?", "2026-11-02T09:00:00Z"),
        w.message(
          "m2",
          "freelancer",
          "Add me on telegram @design_pro_77 so we can talk faster.",
          "2026-11-02T09:05:00Z",
        ),
      ),
    });
    expect(posted.status).toBe(201);
    const after = (await scrape(token)).text;
    const messages = 'tsc_ingested_items_total{kind="message"}';
    expect(sample(after, messages) - sample(before, messages)).toBe(2);

    const stored = await prisma.finding.groupBy({
      by: ["category", "violation"],
      where: { message: { externalId: { startsWith: w.prefix } } },
      _count: true,
    });
    expect(stored.length).toBeGreaterThan(0);
    for (const f of stored) {
      const series = `tsc_detector_findings_total{category="${f.category}",violation="${f.violation}"}`;
      expect(sample(after, series) - sample(before, series)).toBe(f._count);
    }

    const count = 'tsc_http_request_duration_seconds_count{route="/api/v1/messages",method="POST",status="201"}';
    expect(sample(after, count) - sample(before, count)).toBe(1);
    // The scrape itself is not one of the measured routes.
    expect(after).not.toContain('route="/api/metrics"');
  });
});

describe("the latency histogram's route labels", () => {
  it("names templates, never ids, so a caller cannot grow the series", () => {
    expect(routeLabel("/api/v1/cases/C-1042")).toBe("/api/v1/cases/{id}");
    expect(routeLabel("/api/v1/outbox/ack")).toBe("/api/v1/outbox/ack");
    expect(routeLabel("/api/v1/nope/1")).toBe("/api/v1/other");
    expect(routeLabel("/api/queue/claim-next")).toBe("/api/queue/claim-next");
    expect(routeLabel("/api/queue")).toBe("/api/queue");
    expect(routeLabel("/api/queue/events")).toBeNull();
    expect(routeLabel("/api/audit/export")).toBeNull();
  });
});
