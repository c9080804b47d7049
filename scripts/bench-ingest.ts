/**
 * Ingestion throughput of POST /api/v1/messages against the production build.
 *
 *   npm run bench:ingest [-- --duration 20 --connections 8 --batch 50 --threads 1000 --port 3520 --skip-build]
 *
 * 1. Builds the app (`next build`; --skip-build reuses an existing build).
 * 2. Creates a fresh database on BENCH_DATABASE_URL / TEST_DATABASE_URL
 *    (default postgresql://postgres@127.0.0.1:5432/postgres), migrates it and
 *    creates an API token directly in it.
 * 3. Starts `next start` on it, sends a pool of threads (a third with an
 *    active contract), warms up, then drives POST /api/v1/messages with
 *    autocannon: concurrent clients, each request a batch of realistic
 *    messages (about 1 in 10 violating the policy) with their threads, jobs
 *    and authors, every message id unique. Messages/s counts the messages
 *    of requests answered 2xx within the window; afterwards the database
 *    must hold every one of them, scanned.
 * 4. Inserts the same number of message rows with plain multi-row INSERTs
 *    (no API, no detector, no reports) on as many connections, for comparison.
 * 5. Stops the server and drops the database.
 *
 * Progress goes to stderr; stdout gets one JSON summary line.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
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
const CONNECTIONS = numberArg("connections", 8);
const BATCH = numberArg("batch", 50);
const THREADS = numberArg("threads", 1000);
const PORT = numberArg("port", 3520);
const SKIP_BUILD = process.argv.includes("--skip-build");
const TARGET = 1000;
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BASE = `http://127.0.0.1:${PORT}`;

const log = (line: string) => process.stderr.write(`${line}\n`);

// ───────────────────────────── realistic traffic ─────────────────────────────

/** Small seedable PRNG, so every run sends the same kind of traffic. */
const random = mulberry32(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function messageBody(): string {
  const parts = [pick(EVERYDAY_MESSAGES)];
  if (random() < 0.5) parts.push(pick(EVERYDAY_MESSAGES));
  if (random() < 0.1) parts.splice(Math.floor(random() * 2), 0, pick(VIOLATING_MESSAGES));
  return parts.join(" ");
}

interface PoolThread {
  n: number;
}
const run = randomBytes(3).toString("hex");
const accountOf = (n: number, side: "c" | "f") => ({
  id: `${run}-acc-${side}${n}`,
  handle: `${run}_${side}${n}`,
  displayName: side === "c" ? `Client ${n}` : `Freelancer ${n}`,
  kind: side === "c" ? ("CLIENT" as const) : ("FREELANCER" as const),
  joinedAt: "2025-03-01T10:00:00Z",
  paymentVerified: n % 3 !== 0,
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

let sequence = 0;
const START = Date.UTC(2026, 10, 1);
/** One request: BATCH messages spread over a few threads, with those threads, their jobs and both parties. */
function makeBatch(pool: PoolThread[], perThread = 5) {
  const threads = new Map<number, PoolThread>();
  while (threads.size < Math.ceil(BATCH / perThread)) {
    const t = pick(pool);
    threads.set(t.n, t);
  }
  const chosen = [...threads.values()];
  const messages = Array.from({ length: BATCH }, (_, i) => {
    const t = chosen[i % chosen.length]!;
    const seq = ++sequence;
    return {
      id: `${run}-msg-${seq}-${randomUUID().slice(0, 8)}`,
      threadId: threadOf(t.n).id,
      authorId: accountOf(t.n, random() < 0.5 ? "c" : "f").id,
      body: messageBody(),
      sentAt: new Date(START + seq * 1000).toISOString(),
    };
  });
  return {
    accounts: chosen.flatMap((t) => [accountOf(t.n, "c"), accountOf(t.n, "f")]),
    jobs: chosen.map((t) => jobOf(t.n)),
    threads: chosen.map((t) => threadOf(t.n)),
    messages,
  };
}

// ───────────────────────────── plumbing ─────────────────────────────

let server: ChildProcess | null = null;

async function stopServer() {
  if (!server || server.exitCode !== null || !server.pid) return;
  const exited = new Promise((resolve) => server?.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new CliError("`next start` exited before answering; its output is above.");
    try {
      const res = await fetch(`${BASE}/api/v1/openapi.json`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new CliError("`next start` did not answer within 2 minutes.");
}

async function post(path: string, token: string, body: unknown): Promise<void> {
  const res = await fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new CliError(`${path} answered ${res.status}: ${await res.text()}`);
}

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function cannon(token: string, pool: PoolThread[], seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 60,
        requests: [
          {
            method: "POST",
            path: "/api/v1/messages",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            // A fresh batch per request: every message id is new.
            setupRequest: (request) => ({ ...request, body: JSON.stringify(makeBatch(pool)) }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    let ticks = 0;
    instance.on("response", () => {
      if (++ticks % 20 === 0) process.stderr.write(".");
    });
  });
}

async function countMessages(db: pg.Client): Promise<{ total: number; unscanned: number }> {
  const { rows } = await db.query<{ total: string; unscanned: string }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE "scannedAt" IS NULL) AS unscanned FROM "Message"`,
  );
  return { total: Number(rows[0]!.total), unscanned: Number(rows[0]!.unscanned) };
}

/** Waits until no request is still writing (the count stops moving). */
async function settle(db: pg.Client): Promise<void> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const { total } = await countMessages(db);
    if (total === last) return;
    last = total;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The same number of message rows, inserted with plain SQL (no detector, no reports) on as many connections. */
async function rawSqlInsert(url: string, total: number, threadIds: string[], authorIds: string[]): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const batches = Math.ceil(total / BATCH);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (client) => {
      while (next < batches) {
        next++;
        const values: unknown[] = [];
        const rows: string[] = [];
        for (let i = 0; i < BATCH; i++) {
          const k = Math.floor(random() * threadIds.length);
          const seq = ++sequence;
          const p = values.length;
          rows.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, false)`);
          values.push(
            randomUUID(),
            `${run}-raw-${seq}`,
            threadIds[k],
            authorIds[k],
            messageBody(),
            new Date(START + seq * 1000),
          );
        }
        await client.query(
          `INSERT INTO "Message" ("id", "externalId", "threadId", "authorId", "body", "sentAt", "contractActive") VALUES ${rows.join(", ")}`,
          values,
        );
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all(clients.map((c) => c.end()));
  return (batches * BATCH) / seconds;
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
        // The benchmark measures ingestion, not the rate limiter's refusals.
        API_RATE_LIMIT: "100000000",
      },
    });
    await waitForServer();

    log(`Sending the pool: ${THREADS} threads with their jobs and accounts, a third under contract…`);
    const pool: PoolThread[] = Array.from({ length: THREADS }, (_, n) => ({ n }));
    const chunks: PoolThread[][] = [];
    for (let i = 0; i < pool.length; i += 50) chunks.push(pool.slice(i, i + 50));
    await inParallel(chunks, 4, (chunk) =>
      post("/api/v1/messages", token, {
        accounts: chunk.flatMap((t) => [accountOf(t.n, "c"), accountOf(t.n, "f")]),
        jobs: chunk.map((t) => jobOf(t.n)),
        threads: chunk.map((t) => threadOf(t.n)),
        messages: chunk.map((t) => ({
          id: `${run}-hello-${t.n}`,
          threadId: threadOf(t.n).id,
          authorId: accountOf(t.n, "c").id,
          body: "Hi! Thanks for your proposal.",
          sentAt: new Date(START - 86_400_000).toISOString(),
        })),
      }),
    );
    await inParallel(
      pool.filter((t) => t.n % 3 === 0),
      4,
      (t) =>
        post("/api/v1/contracts", token, {
          id: `${run}-con-${t.n}`,
          threadId: threadOf(t.n).id,
          event: "started",
          at: new Date(START - 3_600_000).toISOString(),
        }),
    );

    log(`Warming up for ${WARMUP} s…`);
    const warm = await cannon(token, pool, WARMUP);
    process.stderr.write("\n");
    if (warm.non2xx || warm.errors)
      throw new CliError(`Warm-up had ${warm.non2xx} non-2xx answers and ${warm.errors} errors.`);

    log(`Measuring: ${CONNECTIONS} concurrent clients, ${BATCH} messages per request, ${DURATION} s…`);
    const loadBefore = os.loadavg()[0]!;
    const before = await countMessages(db);
    const result = await cannon(token, pool, DURATION);
    process.stderr.write("\n");
    // Counted from answers: only requests that completed (stored, scanned,
    // committed) inside the measured window.
    const answered = result["2xx"] * BATCH;
    const msgPerSec = answered / result.duration;
    // Requests still in flight when the window closed finish now; then the
    // database must hold every answered message, each one scanned.
    await settle(db);
    const after = await countMessages(db);
    if (after.total - before.total < answered)
      throw new CliError(
        `The API answered for ${answered} messages but the database holds ${after.total - before.total} more.`,
      );
    if (after.unscanned !== 0) throw new CliError(`${after.unscanned} stored messages were not scanned.`);
    const { rows: findingRows } = await db.query<{ reports: string; findings: string; cases: string }>(
      `SELECT (SELECT count(*) FROM "Report" WHERE "source" = 'AUTOMATIC') AS reports, (SELECT count(*) FROM "Finding") AS findings, (SELECT count(*) FROM "Case") AS cases`,
    );

    const { rows: refs } = await db.query<{ threadId: string; authorId: string }>(
      `SELECT "id" AS "threadId", "clientId" AS "authorId" FROM "Thread" WHERE "clientId" IS NOT NULL`,
    );
    log(`Inserting ${answered} rows with raw SQL for comparison…`);
    const rawPerSec = await rawSqlInsert(
      url,
      answered,
      refs.map((r) => r.threadId),
      refs.map((r) => r.authorId),
    );

    const ok = result.non2xx === 0 && result.errors === 0 && result.timeouts === 0;
    const met = ok && msgPerSec >= TARGET;
    log("");

    log(
      `requests: ${result["2xx"]} answered 2xx in ${result.duration.toFixed(1)} s (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`,
    );
    log(
      `stored and scanned: ${answered} messages (database totals: ${findingRows[0]!.findings} findings, ${findingRows[0]!.reports} automatic reports in ${findingRows[0]!.cases} cases)`,
    );
    log(
      `throughput: ${Math.round(msgPerSec).toLocaleString("en-US")} messages/s through POST /api/v1/messages (${(result["2xx"] / result.duration).toFixed(1)} requests/s)`,
    );
    log(`latency per request of ${BATCH} messages: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    log(
      `raw SQL INSERT of as many rows: ${Math.round(rawPerSec).toLocaleString("en-US")} messages/s (no validation, detector, reports or audit): the API reaches ${((msgPerSec / rawPerSec) * 100).toFixed(1)}% of that`,
    );
    log(`machine load (1-min average) when the run started: ${loadBefore.toFixed(2)} on ${os.cpus().length} cores`);
    log(
      `target (>= ${TARGET.toLocaleString("en-US")} messages/s scanned and stored, no errors): ${met ? "met" : "MISSED"}`,
    );

    process.stdout.write(
      `${JSON.stringify({
        bench: "ingest",
        connections: CONNECTIONS,
        batch: BATCH,
        durationS: Math.round(result.duration * 10) / 10,
        requests: result["2xx"],
        non2xx: result.non2xx,
        errors: result.errors,
        messages: answered,
        msgPerSec: Math.round(msgPerSec),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        rawSqlMsgPerSec: Math.round(rawPerSec),
        loadAvg1m: Math.round(loadBefore * 100) / 100,
        targetMsgPerSec: TARGET,
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
