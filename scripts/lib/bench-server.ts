/**
 * The plumbing the HTTP benchmarks share (bench:ingest, bench:scan): build the
 * app, a fresh database with an admin and an API token written straight into
 * it, `next start` on it, and a pool of platform entities to send; on the way
 * out the server is stopped and the database dropped.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pg from "pg";
import { generateApiToken } from "@/lib/admin/api-tokens/token";
import { assertPortFree } from "@/lib/db/port";
import { CliError } from "@/scripts/lib/cli";
import { createTestDatabase, dropTestDatabase } from "@/tests/support/database-server";

export const log = (line: string) => process.stderr.write(`${line}\n`);

/** This run's prefix for every platform id, so runs never collide. */
export const run = randomBytes(3).toString("hex");

/** The n-th thread of the pool: its client and freelancer, its job, the thread. */
export const accountOf = (n: number, side: "c" | "f") => ({
  id: `${run}-acc-${side}${n}`,
  handle: `${run}_${side}${n}`,
  displayName: side === "c" ? `Client ${n}` : `Freelancer ${n}`,
  kind: side === "c" ? ("CLIENT" as const) : ("FREELANCER" as const),
  joinedAt: "2025-03-01T10:00:00Z",
});
export const jobOf = (n: number) => ({
  id: `${run}-job-${n}`,
  clientId: `${run}-acc-c${n}`,
  title: `Project ${n}`,
  description: "A realistic job description.",
  postedAt: "2026-10-01T09:00:00Z",
});
export const threadOf = (n: number) => ({
  id: `${run}-thr-${n}`,
  kind: "JOB_MESSAGES" as const,
  jobId: `${run}-job-${n}`,
  freelancerId: `${run}-acc-f${n}`,
});

export interface BenchServerOptions {
  port: number;
  skipBuild: boolean;
  /** How long `next start` may take to answer the probe. */
  startTimeoutMs: number;
  /** A request the server must answer 2xx before measuring starts (it also loads that route's code). */
  probe: (base: string, token: string) => Promise<Response>;
  /** Fills the fresh database before the server starts (e.g. the demo data for bench:browser). */
  prepare?: (url: string) => Promise<void>;
}

export interface BenchServer {
  base: string;
  /** The benchmark's own database and a connection to it. */
  url: string;
  db: pg.Client;
  token: string;
  post: (path: string, body: unknown) => Promise<unknown>;
}

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs `bench` against a production server on a fresh database; always cleans up after it. */
export async function withBenchServer(options: BenchServerOptions, bench: (server: BenchServer) => Promise<void>) {
  const base = `http://127.0.0.1:${options.port}`;
  await assertPortFree(options.port, "0.0.0.0", "--port");
  const secret = randomBytes(32).toString("base64url");
  build(options.skipBuild, secret);

  log(`Creating a fresh database on ${new URL(ADMIN_URL).host}…`);
  const url = await createTestDatabase(ADMIN_URL, "bench");
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  let server: ChildProcess | null = null;
  try {
    const token = await createAdminToken(db);
    await options.prepare?.(url);
    log(`Starting the console server on port ${options.port}…`);
    const startedAt = Date.now();
    server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(options.port)], {
      detached: true,
      stdio: ["ignore", "ignore", process.stderr],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: base,
        NEXT_TELEMETRY_DISABLED: "1",
        // The benchmarks measure the routes, not the rate limiter's refusals.
        API_RATE_LIMIT: "100000000",
      },
    });
    await waitForServer(server, () => options.probe(base, token), options.startTimeoutMs);
    log(`  answering after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
    const post = (path: string, body: unknown) => postJson(`${base}${path}`, token, body);
    await bench({ base, url, db, token, post });
  } finally {
    await stopServer(server);
    await db.end().catch(() => {});
    await dropTestDatabase(ADMIN_URL, url);
  }
}

function build(skip: boolean, secret: string) {
  if (skip && existsSync(".next/BUILD_ID")) return log("Reusing the existing production build (--skip-build).");
  log("Building the production app (next build)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new CliError("next build failed; see above.");
}

async function createAdminToken(db: pg.Client): Promise<string> {
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
  return token;
}

/**
 * Waits until the server answers the probe (not only the port): on a shared
 * machine `next start` can take a long while. A server that exits, or answers
 * but refuses, is reported at once: waiting will not make it better.
 */
async function waitForServer(server: ChildProcess, probe: () => Promise<Response>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new CliError("`next start` exited before answering; its output is above.");
    try {
      const res = await probe();
      if (res.ok) return;
      last = `answered ${res.status}`;
      if (res.status === 401 || res.status === 404 || res.status === 422)
        throw new CliError(`The probe ${last}: ${await res.text()}`);
    } catch (error) {
      if (error instanceof CliError) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new CliError(`\`next start\` did not answer within ${timeoutMs / 1000} s (last: ${last}).`);
}

async function stopServer(server: ChildProcess | null) {
  if (!server || server.exitCode !== null || !server.pid) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

export async function postJson(url: string, token: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new CliError(`${new URL(url).pathname} answered ${res.status}: ${await res.text()}`);
  return res.json();
}
