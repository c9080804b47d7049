import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl, withDatabase } from "@/lib/db/database-url";
import { quoteIdent, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

/**
 * Where tests get their PostgreSQL: TEST_DATABASE_URL or DATABASE_URL when
 * given (used only as an admin connection: each run creates and drops its
 * own database beside it), otherwise an embedded server under .data/.
 */
export interface TestServer {
  adminUrl: string;
  release(): Promise<void>;
}

export async function acquireTestServer(): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return { adminUrl: parseDatabaseUrl(given).toString(), release: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(".data/test"),
    port: Number(process.env.PGPORT_EMBEDDED_TEST ?? 54339),
  });
  return { adminUrl: server.url("postgres"), release: () => server.stop() };
}

export async function createTestDatabase(adminUrl: string, purpose: string): Promise<string> {
  const name = `console_${purpose}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = withDatabase(adminUrl, name);
  await migrate(url);
  return url;
}

export async function dropTestDatabase(adminUrl: string, url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
