/**
 * `npm start`: the console from a fresh clone with no setup.
 *
 * - With DATABASE_URL, uses that database (migrated on start; NEXTAUTH_SECRET required).
 * - Without it, starts an embedded PostgreSQL with its data under .data/,
 *   migrates it, seeds demo data on first start, and keeps a generated
 *   session secret in .data/.
 * Then builds the app if needed and serves it until Ctrl-C, when it shuts
 * the database down cleanly.
 *
 * `npm run dev` does the same with Next's development server.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDatabaseUrl, redact } from "@/lib/db/database-url";
import { ensureDatabaseExists, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { disconnectPrisma } from "@/lib/db/prisma";
import { DEMO_CONSOLE_USERS } from "@/lib/demo/console-users";
import { hasConsoleUsers, seedDemo } from "@/lib/demo/seed";
import { assertPortFree } from "@/lib/db/port";
import { CliError, runCli } from "@/scripts/lib/cli";
import { stepProgress } from "@/scripts/lib/progress";

const DATA_DIR = path.resolve(".data");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const embeddedPort = Number(process.env.PGPORT_EMBEDDED ?? 54329);

let embedded: EmbeddedDatabase | null = null;
let app: ChildProcess | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app?.once("exit", resolve));
    }
    if (embedded) {
      console.log("Stopping the embedded database…");
      await embedded.stop().catch(() => {});
    }
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

await runCli(async () => {
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new CliError(`PORT must be a port number (got "${process.env.PORT}").`);
  await assertPortFree(port, "0.0.0.0", "PORT");

  let databaseUrl: string;
  if (process.env.DATABASE_URL) {
    databaseUrl = parseDatabaseUrl(process.env.DATABASE_URL).toString();
    console.log(`Using the database at ${redact(databaseUrl)}`);
  } else {
    console.log(
      `No DATABASE_URL given: starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), DATA_DIR)}/)…`,
    );
    embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: embeddedPort, log: (l) => console.log(l) });
    await ensureDatabaseExists(embedded.url("postgres"), "console");
    databaseUrl = embedded.url("console");
  }
  process.env.DATABASE_URL = databaseUrl;

  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? (embedded || dev ? localSecret() : null);
  if (!secret) {
    throw new CliError(
      "NEXTAUTH_SECRET is not set. With your own DATABASE_URL the console runs as a real deployment and needs a session secret: generate one with `openssl rand -base64 32` and set NEXTAUTH_SECRET.",
    );
  }

  const result = await migrate(databaseUrl, { log: (line) => console.log(`  ${line}`) });
  if (result.applied.length) console.log(`Database migrated (${result.applied.length} migration(s) applied).`);

  const seedWanted = embedded !== null || process.env.SEED_DEMO === "1";
  if (seedWanted && !(await hasConsoleUsers())) {
    console.log("Seeding demo data (first start only)…");
    const progress = stepProgress();
    await seedDemo(progress.update);
    progress.stop();
  }
  await disconnectPrisma();

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  if (!dev) buildIfNeeded(env);

  // scripts/server.mjs rather than `next start`: it tells the app the socket's peer address (sign-in throttling).
  app = spawn(process.execPath, [path.resolve("scripts/server.mjs"), "-p", String(port), ...(dev ? ["--dev"] : [])], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  app.stdout?.on("data", (chunk: Buffer) => process.stdout.write(chunk));
  app.on("exit", (code) => {
    if (!stopping) {
      console.error(`The console server stopped (exit code ${code}).`);
      void shutdown(code ?? 1);
    }
  });

  await waitUntilUp(`http://localhost:${port}/signin`);
  printBanner(port, embedded !== null || process.env.SEED_DEMO === "1");
});

// runCli sets exitCode on failure; make sure the database goes down then too.
if (process.exitCode) await shutdown(process.exitCode as number);

function localSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Builds when there is no build, or the build is of another commit. */
function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  const stamp = path.join(DATA_DIR, "build-commit");
  const head = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).stdout?.trim() || "unknown";
  const built = existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === head;
  if (built && process.env.FORCE_BUILD !== "1") return;
  console.log("Building the console (first start, or the code changed; this takes a minute or two)…");
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    env: { ...env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new CliError("The build failed (see above). Fix the error, then run npm start again.");
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(stamp, `${head}\n`);
}

async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new CliError(`The console did not answer at ${url} within two minutes; see the output above.`);
}

function printBanner(port: number, demo: boolean): void {
  const lines = [``, `  Trust & Safety console is running at http://localhost:${port}`, ``];
  if (demo) {
    lines.push(`  Demo sign-ins:`);
    for (const u of DEMO_CONSOLE_USERS) lines.push(`    ${u.role.padEnd(10)} ${u.email.padEnd(26)} ${u.password}`);
    lines.push(``);
  }
  lines.push(`  Press Ctrl-C to stop.`, ``);
  console.log(lines.join("\n"));
}
