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
import { randomUUID } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { numberArg } from "@/scripts/lib/args";
import { accountOf, jobOf, log, run, threadOf, withBenchServer } from "@/scripts/lib/bench-server";
import { CliError, runCli } from "@/scripts/lib/cli";
import { mulberry32 } from "@/scripts/lib/random";
import { sampleMessage } from "@/scripts/lib/sample-messages";

const DURATION = numberArg("duration", 20);
const WARMUP = numberArg("warmup", 5);
const CONNECTIONS = numberArg("connections", 8);
const BATCH = numberArg("batch", 50);
const THREADS = numberArg("threads", 1000);
const PORT = numberArg("port", 3520);
const SKIP_BUILD = process.argv.includes("--skip-build");
const TARGET = 1000;

// ───────────────────────────── realistic traffic ─────────────────────────────

/** Small seedable PRNG, so every run sends the same kind of traffic. */
const random = mulberry32(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const messageBody = () => sampleMessage(random, { second: 0.5, violating: 0.1 });

interface PoolThread {
  n: number;
}
/** The pool's accounts; a third of the clients have not verified a payment method. */
const poolAccount = (n: number, side: "c" | "f") => ({ ...accountOf(n, side), paymentVerified: n % 3 !== 0 });

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
    accounts: chosen.flatMap((t) => [poolAccount(t.n, "c"), poolAccount(t.n, "f")]),
    jobs: chosen.map((t) => jobOf(t.n)),
    threads: chosen.map((t) => threadOf(t.n)),
    messages,
  };
}

// ───────────────────────────── plumbing ─────────────────────────────

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function cannon(base: string, token: string, pool: PoolThread[], seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
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
  const probe = (base: string) => fetch(`${base}/api/v1/openapi.json`);
  await withBenchServer({ port: PORT, skipBuild: SKIP_BUILD, startTimeoutMs: 120_000, probe }, async (server) => {
    const { db, token, url, post } = server;
    log(`Sending the pool: ${THREADS} threads with their jobs and accounts, a third under contract…`);
    const pool: PoolThread[] = Array.from({ length: THREADS }, (_, n) => ({ n }));
    const chunks: PoolThread[][] = [];
    for (let i = 0; i < pool.length; i += 50) chunks.push(pool.slice(i, i + 50));
    await inParallel(chunks, 4, (chunk) =>
      post("/api/v1/messages", {
        accounts: chunk.flatMap((t) => [poolAccount(t.n, "c"), poolAccount(t.n, "f")]),
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
        post("/api/v1/contracts", {
          id: `${run}-con-${t.n}`,
          threadId: threadOf(t.n).id,
          event: "started",
          at: new Date(START - 3_600_000).toISOString(),
        }),
    );

    log(`Warming up for ${WARMUP} s…`);
    const warm = await cannon(server.base, token, pool, WARMUP);
    process.stderr.write("\n");
    if (warm.non2xx || warm.errors)
      throw new CliError(`Warm-up had ${warm.non2xx} non-2xx answers and ${warm.errors} errors.`);

    log(`Measuring: ${CONNECTIONS} concurrent clients, ${BATCH} messages per request, ${DURATION} s…`);
    const loadBefore = os.loadavg()[0]!;
    const before = await countMessages(db);
    const result = await cannon(server.base, token, pool, DURATION);
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
  });
});
