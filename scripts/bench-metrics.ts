/**
 * The dashboard's questions (/metrics) on the large benchmark database.
 *
 *   npm run bench:queue -- --keep      # once: builds console_bench_queue (1M messages, 200k reports, 50k open cases)
 *   npm run bench:metrics [-- --runs 20] [--days 14] [--database console_bench_queue]
 *
 * Migrates console_bench_queue (so the dashboard's indexes exist), then asks
 * each figure of lib/metrics/dashboard.ts `runs` times in a row (after two
 * warm-ups), and beside it the same question as plain SQL over the whole
 * history (no window, no index to bound it: what the dashboard would cost
 * without them). Progress and figures go to stderr; stdout gets one JSON line.
 */
import os from "node:os";
import pg from "pg";
import { withDatabase } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";
import { numberArg, stringArg } from "@/scripts/lib/args";
import { percentile } from "@/scripts/lib/bench-stats";
import { CliError, runCli } from "@/scripts/lib/cli";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// --database names another one (e.g. a seeded demo database) to try the script on.
const DB_NAME = stringArg("database", "console_bench_queue");
const RUNS = numberArg("runs", 20);
const DAYS = numberArg("days", 14);
const TARGET_P95_MS = 300;

const log = (line = "") => process.stderr.write(`${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

async function time(label: string, task: () => Promise<unknown>): Promise<{ p50Ms: number; p95Ms: number }> {
  for (let i = 0; i < 2; i++) await task();
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await task();
    timings.push(performance.now() - started);
    process.stderr.write(`\r  ${label}: ${i + 1}/${RUNS}`);
  }
  timings.sort((a, b) => a - b);
  process.stderr.write("\n");
  return { p50Ms: round(percentile(timings, 0.5)), p95Ms: round(percentile(timings, 0.95)) };
}

// The same questions over the raw tables and the whole history.
const BASELINE: Record<string, string> = {
  // Depth at each day's end, counted from every case ever reported.
  flow: `SELECT d, count(*) FILTER (WHERE c."firstReportedAt" <= d AND (c."closedAt" IS NULL OR c."closedAt" > d))
           FROM generate_series(now() - interval '${DAYS} days', now(), interval '1 day') d CROSS JOIN "Case" c GROUP BY d`,
  openNow: `SELECT c."categories", count(*) FROM "Case" c WHERE c."closedAt" IS NULL GROUP BY c."categories"`,
  timings: `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."closedAt" - c."firstReportedAt")),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY (SELECT min(e."createdAt") FROM "AuditEvent" e WHERE e."caseId" = c."id" AND e."actorKind" = 'USER') - c."firstReportedAt")
              FROM "Case" c WHERE c."closedAt" IS NOT NULL`,
  moderators: `SELECT e."actorId", count(*) FROM "AuditEvent" e WHERE e."actorKind" = 'USER' GROUP BY e."actorId"`,
  precision: `SELECT f."ruleId", count(*) FILTER (WHERE c."status" = 'RESOLVED'), count(*) FILTER (WHERE c."status" = 'DISMISSED')
                FROM "Report" r JOIN "Case" c ON c."id" = r."caseId" JOIN "Finding" f ON f."messageId" = r."messageId" AND f."violation"
               WHERE r."source" = 'AUTOMATIC' GROUP BY f."ruleId"`,
  appeals: `SELECT "outcome", count(*) FROM "Appeal" GROUP BY "outcome"`,
};

void runCli(async () => {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME])).rowCount === 1;
  await admin.end();
  if (!exists) throw new CliError(`${DB_NAME} does not exist: build it once with \`npm run bench:queue -- --keep\`.`);
  const url = withDatabase(ADMIN_URL, DB_NAME);
  log(`Migrating ${DB_NAME} (the dashboard's indexes)…`);
  await migrate(url);
  process.env.DATABASE_URL = url;
  const dashboard = await import("@/lib/metrics/dashboard");
  const { disconnectPrisma } = await import("@/lib/db/prisma");
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const now = new Date();
    const w = { from: new Date(now.getTime() - DAYS * 86_400_000), to: now };
    const sizes = await db.query<{ cases: string; open: string; reports: string; messages: string }>(
      `SELECT (SELECT count(*) FROM "Case") AS cases, (SELECT count(*) FROM "Case" WHERE "closedAt" IS NULL) AS open,
              (SELECT count(*) FROM "Report") AS reports, (SELECT count(*) FROM "Message") AS messages`,
    );
    log(`Data: ${JSON.stringify(sizes.rows[0])}; window ${DAYS} days; ${RUNS} runs each, one at a time.`);
    const figures: Record<string, () => Promise<unknown>> = {
      flow: () => dashboard.flowHours(w),
      openNow: () => dashboard.openNow(now),
      timings: () => dashboard.timings(w),
      moderators: () => dashboard.moderatorRows(w, null),
      precision: () => dashboard.rulePrecision(w),
      appeals: () => dashboard.appealFigures(w),
    };
    const results: Record<
      string,
      { app: { p50Ms: number; p95Ms: number }; baseline: { p50Ms: number; p95Ms: number } }
    > = {};
    for (const [name, task] of Object.entries(figures)) {
      const app = await time(`${name} (dashboard)`, task);
      const baseline = await time(`${name} (whole history)`, () => db.query(BASELINE[name]!));
      results[name] = { app, baseline };
    }
    const page = await time("whole page (loadDashboard)", () =>
      dashboard.loadDashboard({ id: "bench", role: "STAFF" }, w, now),
    );
    log("\nfigure        dashboard p50 / p95 ms    whole-history SQL p50 / p95 ms");
    for (const [name, r] of Object.entries(results))
      log(
        `${name.padEnd(13)} ${`${r.app.p50Ms} / ${r.app.p95Ms}`.padEnd(25)} ${r.baseline.p50Ms} / ${r.baseline.p95Ms}`,
      );
    log(`whole page    ${page.p50Ms} / ${page.p95Ms} (target p95 < ${TARGET_P95_MS} ms)`);
    const targetMet = Object.values(results).every((r) => r.app.p95Ms < TARGET_P95_MS) && page.p95Ms < TARGET_P95_MS;
    log(
      `load average ${os.loadavg()[0]!.toFixed(1)}, ${os.cpus().length} cores; target ${targetMet ? "met" : "MISSED"}`,
    );
    process.stdout.write(
      `${JSON.stringify({ bench: "metrics", data: sizes.rows[0], days: DAYS, runs: RUNS, figures: results, page, targetP95Ms: TARGET_P95_MS, targetMet, loadAverage: os.loadavg()[0], cores: os.cpus().length })}\n`,
    );
  } finally {
    await db.end();
    await disconnectPrisma();
  }
});
