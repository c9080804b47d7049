import pg from "pg";

/**
 * Drops and recreates the public schema. Dropping the schema is the one way
 * past the audit trail's append-only trigger, which is intended: resetting
 * is for local demo and test databases only, and callers check that.
 */
export async function resetDatabase(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}
