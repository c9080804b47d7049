import { afterAll, beforeAll, inject } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { disconnectPrisma } from "@/lib/db/prisma";
import { createTestDatabase, dropTestDatabase } from "./database-server";

/**
 * Gives one test file a database of its own, for tests about the whole
 * queue (claim-next takes the most urgent case anywhere; a page of the
 * queue is every open case), which cases made by other files running in
 * parallel would disturb. Call at the top level of the file.
 */
export function useIsolatedDatabase(purpose: string, options: { poolSize?: number } = {}): void {
  const adminUrl = withDatabase(inject("databaseUrl"), "postgres");
  let url = "";
  beforeAll(async () => {
    await disconnectPrisma();
    url = await createTestDatabase(adminUrl, purpose);
    process.env.DATABASE_URL = url;
    // Enough connections that concurrent callers really run concurrently.
    if (options.poolSize) process.env.DATABASE_POOL_SIZE = String(options.poolSize);
  });
  afterAll(async () => {
    await disconnectPrisma();
    delete process.env.DATABASE_POOL_SIZE;
    if (url) await dropTestDatabase(adminUrl, url);
  });
}
