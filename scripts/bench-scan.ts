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
 * 5. Stops the server and drops the database.
 *
 * Progress goes to stderr; stdout gets one JSON summary line.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { generateApiToken } from "@/lib/admin/api-tokens/token";
import { assertPortFree } from "@/lib/db/port";
import { numberArg } from "@/scripts/lib/args";
import { CliError, runCli } from "@/scripts/lib/cli";
import { mulberry32 } from "@/scripts/lib/random";
import { EVERYDAY_MESSAGES, VIOLATING_MESSAGES } from "@/scripts/lib/sample-messages";
import { createTestDatabase, dropTestDatabase } from "@/tests/support/database-server";

const DURATION = numberArg("duration", 20);
const WARMUP = numberArg("warmup", 5);
const RATE = numberArg("rate", 100);
const CONNECTIONS = numberArg("connections", 10);
const THREADS = numberArg("threads", 200);
const PORT = numberArg("port", 3521);
const SKIP_BUILD = process.argv.includes("--skip-build");
const TARGET_P95_MS = 10;
const START_TIMEOUT_MS = 180_000;
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BASE = `http://127.0.0.1:${PORT}`;

const log = (line: string) => process.stderr.write(`${line}\n`);

// ───────────────────────────── realistic traffic ─────────────────────────────

const random = mulberry32(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const run = randomBytes(3).toString("hex");

const accountOf = (n: number, side: "c" | "f") => ({
  id: `${run}-acc-${side}${n}`,
  handle: `${run}_${side}${n}`,
  displayName: side === "c" ? `Client ${n}` : `Freelancer ${n}`,
  kind: side === "c" ? ("CLIENT" as const) : ("FREELANCER" as const),
  joinedAt: "2025-03-01T10:00:00Z",
});
const jobOf = (n: number) => ({
  id: `${run}-job-${n}`,
  clientId: `${run}-acc-c${n}`,
  title: `Project ${n}`,
  description: "A realistic job description.",
  postedAt: "2026-10-01T09:00:00Z",
});
const threadOf = (n: number) => ({
  id: `${run}-thr-${n}`,
  kind: "JOB_MESSAGES" as const,
  jobId: `${run}-job-${n}`,
  freelancerId: `${run}-acc-f${n}`,
});

/** What a user is about to send: everyday talk, about 1 in 5 with a violation; half name their thread. */
function scanBody(): string {
  const parts = [pick(EVERYDAY_MESSAGES)];
  if (random() < 0.4) parts.push(pick(EVERYDAY_MESSAGES));
  if (random() < 0.2) parts.splice(Math.floor(random() * 2), 0, pick(VIOLATING_MESSAGES));
  const text = parts.join(" ");
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

let server: ChildProcess | null = null;

async function stopServer() {
  if (!server || server.exitCode !== null || !server.pid) return;
  const exited = new Promise((resolve) => server?.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/**
 * Waits until the server answers the route under test itself (not only the
 * port): on a shared machine `next start` can take a long while, and the
 * first request of each route loads its code.
 */
async function waitForServer(token: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new CliError("`next start` exited before answering; its output is above.");
    try {
      const res = await fetch(`${BASE}/api/v1/scan`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ text: "hello", contractActive: false }),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.ok) return;
      last = `answered ${res.status}`;
      // A server that answers but refuses is not going to get better by waiting.
      if (res.status === 401 || res.status === 404 || res.status === 422)
        throw new CliError(`POST /api/v1/scan ${last}: ${await res.text()}`);
    } catch (error) {
      if (error instanceof CliError) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new CliError(`\`next start\` did not answer within ${START_TIMEOUT_MS / 1000} s (last: ${last}).`);
}

async function post(path: string, token: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new CliError(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

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
  token: string,
  seconds: number,
  request: { method: "GET" | "POST"; path: string; body?: () => string },
): Promise<Measured> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: BASE,
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
  await assertPortFree(PORT, "0.0.0.0", "--port");
  const secret = randomBytes(32).toString("base64url");

  if (SKIP_BUILD && existsSync(".next/BUILD_ID")) {
    log("Reusing the existing production build (--skip-build).");
  } else {
    log("Building the production app (next build)…");
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: ["ignore", process.stderr, process.stderr],
      env: { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new CliError("next build failed; see above.");
  }

  log(`Creating a fresh database on ${new URL(ADMIN_URL).host}…`);
  const url = await createTestDatabase(ADMIN_URL, "bench");
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { token, tokenHash, prefix } = generateApiToken();
    const userId = `bench-${run}`;
    await db.query(
      `INSERT INTO "ConsoleUser" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ($1, $2, 'Bench Admin', 'ADMIN', 'x', now())`,
      [userId, `${userId}@console.test`],
    );
    await db.query(
      `INSERT INTO "ApiToken" ("id", "name", "tokenHash", "prefix", "createdById") VALUES ($1, 'bench', $2, $3, $4)`,
      [`tok-${run}`, tokenHash, prefix, userId],
    );

    log(`Starting next start on port ${PORT}…`);
    const startedAt = Date.now();
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
      detached: true,
      stdio: ["ignore", "ignore", process.stderr],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: BASE,
        NEXT_TELEMETRY_DISABLED: "1",
        // The benchmark measures the check, not the rate limiter's refusals.
        API_RATE_LIMIT: "100000000",
      },
    });
    await waitForServer(token);
    log(`  answering after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);

    log(`Sending the pool: ${THREADS} threads with three messages each…`);
    for (let i = 0; i < THREADS; i += 50) {
      const chunk = Array.from({ length: Math.min(50, THREADS - i) }, (_, k) => i + k);
      await post("/api/v1/messages", token, {
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
      const res = await fetch(`${BASE}/api/v1/scan`, {
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
    await cannon(token, WARMUP, baselineRequest);
    await cannon(token, WARMUP, scanRequest);
    process.stderr.write("\n");

    const loadBefore = os.loadavg()[0]!;
    log(`Measuring at ${RATE} requests/s over ${CONNECTIONS} connections, ${DURATION} s each…`);
    const baseline = await cannon(token, DURATION, baselineRequest);
    const scan = await cannon(token, DURATION, scanRequest);
    process.stderr.write("\n");

    const clean = (m: Measured) => m.non2xx === 0 && m.errors === 0 && m.timeouts === 0;
    const ok = clean(baseline) && clean(scan);
    const met = ok && scan.p95 < TARGET_P95_MS;
    const row = (name: string, m: Measured) =>
      `${name.padEnd(38)} ${String(m.p50).padStart(7)} ${String(m.p95).padStart(7)} ${String(m.p99).padStart(7)} ${String(m.max).padStart(8)}   ${m.requests} ok, ${m.non2xx} non-2xx, ${m.errors} errors`;
    log("");
    log(`${"ms".padEnd(38)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(8)}`);
    log(row("baseline GET /api/v1/outbox?limit=1", baseline));
    log(row("POST /api/v1/scan", scan));
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
        verdicts,
        loadAvg1m: Math.round(loadBefore * 100) / 100,
        targetP95Ms: TARGET_P95_MS,
        targetMet: met,
      })}\n`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await stopServer();
    await db.end().catch(() => {});
    await dropTestDatabase(ADMIN_URL, url);
  }
});
