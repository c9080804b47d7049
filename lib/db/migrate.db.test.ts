import { createHash } from "node:crypto";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MigrationError, readMigrations } from "@/lib/db/migrate";
import { dropTestDatabase } from "@/tests/support/database-server";
import { quoteIdent } from "@/lib/db/embedded";
import { withDatabase } from "@/lib/db/database-url";

const adminUrl = () => process.env.DATABASE_URL!;
let emptyUrl: string;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const name = `console_migrate_${Date.now().toString(36)}`;
  await query(adminUrl(), `CREATE DATABASE ${quoteIdent(name)}`);
  emptyUrl = withDatabase(adminUrl(), name);
});
afterAll(async () => {
  await dropTestDatabase(adminUrl(), emptyUrl);
});

describe("migrate", () => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    const files = await readMigrations();
    const first = await migrate(emptyUrl);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await migrate(emptyUrl);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(files.map((f) => f.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(
      emptyUrl,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      const sql = files[i]!.sql;
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("rolls a failing migration back whole and says which one failed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "001_ok"));
    await writeFile(path.join(dir, "001_ok", "migration.sql"), `CREATE TABLE "probe_ok" (id int);`);
    await mkdir(path.join(dir, "002_broken"));
    await writeFile(
      path.join(dir, "002_broken", "migration.sql"),
      `CREATE TABLE "probe_half" (id int); SELECT * FROM "no_such_table";`,
    );
    const name = `console_broken_${Date.now().toString(36)}`;
    await query(adminUrl(), `CREATE DATABASE ${quoteIdent(name)}`);
    const url = withDatabase(adminUrl(), name);
    try {
      await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(url, { dir })).rejects.toThrow(/002_broken failed and was rolled back/);
      const tables = await query<{ table_name: string }>(
        url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema='public' ORDER BY 1`,
      );
      // The good one stayed, nothing of the broken one is left half-done.
      expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "probe_ok"]);
      const recorded = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
      expect(recorded.map((r) => r.migration_name)).toEqual(["001_ok"]);
    } finally {
      await dropTestDatabase(adminUrl(), url);
    }
  });
});
