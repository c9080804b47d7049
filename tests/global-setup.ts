import type { TestProject } from "vitest/node";
import { acquireTestServer, createTestDatabase, dropTestDatabase } from "./support/database-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per test run, dropped at the end. */
export default async function setup(project: TestProject) {
  const server = await acquireTestServer();
  const databaseUrl = await createTestDatabase(server.adminUrl, "unit");
  project.provide("databaseUrl", databaseUrl);
  return async () => {
    await dropTestDatabase(server.adminUrl, databaseUrl);
    await server.release();
  };
}
