/**
 * Latency of the pre-send check, POST /api/v1/scan, over HTTP against the
 * production build, beside a baseline in the same run.
 *
 *   npm run bench:scan [-- --duration 20 --rate 100 --connections 10 --threads 200 --port 3521 --skip-build]
 *
 * 1. Builds the app (`next build`; --skip-build reuses an existing build).
 * 2. Creates a fresh database on BENCH_DATABASE_URL / TEST_DATABASE_URL
 *    (default postgresql://postgres@127.0.0.1:5432/postgres), migrates it and
 *    creates an API token directly in it.
 * 3. Starts `next start` on it and waits until it answers (a slow start on a
 *    busy machine is waited for, up to 3 minutes; a server that exits is
 *    reported), then sends a pool of threads with a few messages each.
 * 4. At a realistic pace (`--rate` requests per second in all, like many
 *    users typing, not a saturating loop), drives for `--duration` seconds:
 *    - the baseline: GET /api/v1/outbox?limit=1, a trivial authenticated
 *      call of the same server (token check, rate-limit count, one small read);
 *    - POST /api/v1/scan with realistic messages (about 1 in 5 violating),
 *      half of them with a thread and its author as context.
 *    Latency is measured per response by autocannon.
 * 5. Calls the check itself in process 1,000 times (no HTTP, framework or
 *    token check), to show what the route's own work costs.
 * 6. Stops the server and drops the database.
 *
 * Progress goes to stderr; stdout gets one JSON summary line.
 */
import os from "node:os";
import autocannon from "autocannon";
import { numberArg } from "@/scripts/lib/args";
import { accountOf, jobOf, log, run, threadOf, withBenchServer } from "@/scripts/lib/bench-server";
import { CliError, runCli } from "@/scripts/lib/cli";
import { mulberry32 } from "@/scripts/lib/random";
import { EVERYDAY_MESSAGES, sampleMessage } from "@/scripts/lib/sample-messages";

const DURATION = numberArg("duration", 20);
const WARMUP = numberArg("warmup", 5);
const RATE = numberArg("rate", 100);
const CONNECTIONS = numberArg("connections", 10);
const THREADS = numberArg("threads", 200);
const PORT = numberArg("port", 3521);
const SKIP_BUILD = process.argv.includes("--skip-build");
const TARGET_P95_MS = 10;
const START_TIMEOUT_MS = 180_000;

// ───────────────────────────── realistic traffic ─────────────────────────────

const random = mulberry32(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** What a user is about to send: everyday talk, about 1 in 5 with a violation; half name their thread. */
function scanBody(): string {
  const text = sampleMessage(random, { second: 0.4, violating: 0.2 });
  if (random() < 0.5) return JSON.stringify({ text, contractActive: random() < 0.15 });
  const n = Math.floor(random() * THREADS);
  return JSON.stringify({
    text,
    contractActive: false,
    threadId: threadOf(n).id,
    authorId: accountOf(n, random() < 0.5 ? "c" : "f").id,
  });
}

// ───────────────────────────── plumbing ─────────────────────────────

interface Measured {
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationS: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 100) / 100;
}

function cannon(
  base: string,
  token: string,
  seconds: number,
  request: { method: "GET" | "POST"; path: string; body?: () => string },
): Promise<Measured> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        // A steady pace, as users would send: not a saturating loop.
        overallRate: RATE,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: request.method,
            path: request.path,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            ...(request.body ? { setupRequest: (r: autocannon.Request) => ({ ...r, body: request.body!() }) } : {}),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = [...latencies].sort((a, b) => a - b);
        resolve({
          requests: result["2xx"],
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          durationS: Math.round(result.duration * 10) / 10,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: percentile(sorted, 100),
        });
      },
    );
    let ticks = 0;
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (++ticks % 100 === 0) process.stderr.write(".");
    });
  });
}

// ───────────────────────────── the benchmark ─────────────────────────────

await runCli(async () => {
  // The route under test itself: the first request of each route loads its code.
  const probe = (base: string, token: string) =>
    fetch(`${base}/api/v1/scan`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "hello", contractActive: false }),
      signal: AbortSignal.timeout(10_000),
    });
  await withBenchServer(
    { port: PORT, skipBuild: SKIP_BUILD, startTimeoutMs: START_TIMEOUT_MS, probe },
    async (server) => {
      const { token, url, post, base } = server;
      log(`Sending the pool: ${THREADS} threads with three messages each…`);
      for (let i = 0; i < THREADS; i += 50) {
        const chunk = Array.from({ length: Math.min(50, THREADS - i) }, (_, k) => i + k);
        await post("/api/v1/messages", {
          accounts: chunk.flatMap((n) => [accountOf(n, "c"), accountOf(n, "f")]),
          jobs: chunk.map(jobOf),
          threads: chunk.map(threadOf),
          messages: chunk.flatMap((n) =>
            [0, 1, 2].map((k) => ({
              id: `${run}-m-${n}-${k}`,
              threadId: threadOf(n).id,
              authorId: accountOf(n, k % 2 === 0 ? "c" : "f").id,
              body: pick(EVERYDAY_MESSAGES),
              sentAt: new Date(Date.UTC(2026, 10, 1, 9, k)).toISOString(),
            })),
          ),
        });
      }

      // What the verdicts look like on this traffic (and that the answers are right).
      const verdicts: Record<string, number> = { allow: 0, warn: 0, hold: 0 };
      for (let i = 0; i < 200; i++) {
        const res = await fetch(`${base}/api/v1/scan`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: scanBody(),
        });
        if (!res.ok) throw new CliError(`POST /api/v1/scan answered ${res.status}: ${await res.text()}`);
        const { verdict } = (await res.json()) as { verdict: string };
        verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
      }

      const baselineRequest = { method: "GET" as const, path: "/api/v1/outbox?limit=1" };
      const scanRequest = { method: "POST" as const, path: "/api/v1/scan", body: scanBody };
      log(`Warming up for ${WARMUP} s each…`);
      await cannon(base, token, WARMUP, baselineRequest);
      await cannon(base, token, WARMUP, scanRequest);
      process.stderr.write("\n");

      const loadBefore = os.loadavg()[0]!;
      log(`Measuring at ${RATE} requests/s over ${CONNECTIONS} connections, ${DURATION} s each…`);
      const baseline = await cannon(base, token, DURATION, baselineRequest);
      const scan = await cannon(base, token, DURATION, scanRequest);
      process.stderr.write("\n");

      // The same check in process, without HTTP, the framework or the token
      // check: what the route itself costs (detector and thread query).
      log("In process: 1,000 calls of the check itself…");
      process.env.DATABASE_URL = url;
      const { preSendScan } = await import("@/lib/scanning/pre-send");
      const { ScanRequest } = await import("@/lib/api/schemas/scan");
      const inProcess: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const input = ScanRequest.parse(JSON.parse(scanBody()));
        const t0 = process.hrtime.bigint();
        await preSendScan(input);
        inProcess.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      inProcess.sort((a, b) => a - b);
      const direct = { p50: percentile(inProcess, 50), p95: percentile(inProcess, 95), p99: percentile(inProcess, 99) };
      const { disconnectPrisma } = await import("@/lib/db/prisma");
      await disconnectPrisma();

      const clean = (m: Measured) => m.non2xx === 0 && m.errors === 0 && m.timeouts === 0;
      const ok = clean(baseline) && clean(scan);
      const met = ok && scan.p95 < TARGET_P95_MS;
      const row = (name: string, m: Measured) =>
        `${name.padEnd(38)} ${String(m.p50).padStart(7)} ${String(m.p95).padStart(7)} ${String(m.p99).padStart(7)} ${String(m.max).padStart(8)}   ${m.requests} ok, ${m.non2xx} non-2xx, ${m.errors} errors`;
      log("");
      log(`${"ms".padEnd(38)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(8)}`);
      log(row("baseline GET /api/v1/outbox?limit=1", baseline));
      log(row("POST /api/v1/scan", scan));
      log(
        `${"in process: the check itself".padEnd(38)} ${String(direct.p50).padStart(7)} ${String(direct.p95).padStart(7)} ${String(direct.p99).padStart(7)}`,
      );
      log(`verdicts on 200 sample requests: ${JSON.stringify(verdicts)}`);
      log(`machine load (1-min average) when measuring started: ${loadBefore.toFixed(2)} on ${os.cpus().length} cores`);
      log(`target (p95 < ${TARGET_P95_MS} ms, no errors): ${met ? "met" : "MISSED"}`);

      process.stdout.write(
        `${JSON.stringify({
          bench: "scan",
          ratePerSec: RATE,
          connections: CONNECTIONS,
          durationS: scan.durationS,
          scan,
          baseline,
          inProcess: direct,
          verdicts,
          loadAvg1m: Math.round(loadBefore * 100) / 100,
          targetP95Ms: TARGET_P95_MS,
          targetMet: met,
        })}\n`,
      );
      if (!ok) process.exitCode = 1;
    },
  );
});
