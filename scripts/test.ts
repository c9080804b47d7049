/**
 * `npm test`: every test, against real PostgreSQL and a real browser.
 *
 * 1. Finds a PostgreSQL server: TEST_DATABASE_URL or DATABASE_URL (used as an
 *    admin connection only), else the embedded one under .data/test.
 * 2. Lints (ESLint), checks formatting (Prettier), type-checks, then runs Vitest (unit and integration tests; they create
 *    and drop their own database on that server).
 * 3. Builds the app, creates an end-to-end database seeded with the demo
 *    data, runs Playwright against the production server (`scripts/server.mjs`), and drops the database.
 *
 * Pass --unit or --e2e to run only one half.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { disconnectPrisma } from "@/lib/db/prisma";
import { seedDemo } from "@/lib/demo/seed";
import { runCli, CliError } from "@/scripts/lib/cli";
import { acquireTestServer, createTestDatabase, dropTestDatabase } from "@/tests/support/database-server";

const only = process.argv.includes("--unit") ? "unit" : process.argv.includes("--e2e") ? "e2e" : "all";
const passThrough = process.argv.slice(2).filter((a) => a !== "--unit" && a !== "--e2e");

function run(label: string, command: string, args: string[], env: Record<string, string>): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status === 0;
}

await runCli(async () => {
  const server = await acquireTestServer();
  const failures: string[] = [];
  try {
    // Children get the server as TEST_DATABASE_URL so they do not start their own.
    const env = { TEST_DATABASE_URL: server.adminUrl };
    delete process.env.DATABASE_URL;

    if (only !== "e2e") {
      if (!run("Lint (ESLint)", "npx", ["eslint", "."], env)) failures.push("lint");
      if (!run("Formatting (Prettier)", "npx", ["prettier", "--check", "--log-level", "warn", "."], env))
        failures.push("formatting");
      if (!run("Type check", "npx", ["tsc", "--noEmit"], env)) failures.push("type check");
      if (!run("Unit and integration tests (Vitest)", "npx", ["vitest", "run", ...passThrough], env))
        failures.push("vitest");
    }

    if (only !== "unit") {
      const secret = randomBytes(32).toString("base64url");
      if (!run("Production build", "npx", ["next", "build"], { NODE_ENV: "production", NEXTAUTH_SECRET: secret })) {
        failures.push("build");
      } else {
        const e2eUrl = await createTestDatabase(server.adminUrl, "e2e");
        try {
          process.env.DATABASE_URL = e2eUrl;
          console.log("\n▶ Seeding the end-to-end database with the demo data");
          await seedDemo();
          await disconnectPrisma();
          const ok = run("End-to-end tests (Playwright)", "npx", ["playwright", "test", ...passThrough], {
            DATABASE_URL: e2eUrl,
            NEXTAUTH_SECRET: secret,
          });
          if (!ok) failures.push("playwright");
        } finally {
          await disconnectPrisma();
          await dropTestDatabase(server.adminUrl, e2eUrl);
        }
      }
    }
  } finally {
    await server.release();
  }
  if (failures.length) throw new CliError(`Failed: ${failures.join(", ")}.`);
  console.log("\n✔ All tests passed.");
});
