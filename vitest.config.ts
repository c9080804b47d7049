import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests that talk to PostgreSQL are named `*.db.test.ts` (or live under tests/api); everything else is
// pure and runs without a database: `npm run test:unit -- --project pure`.
const DB_TESTS = ["**/*.db.test.ts", "tests/api/**/*.test.ts"];
const ALL_TESTS = ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"];

const shared: TestProjectInlineConfiguration["test"] = {
  environment: "node",
  testTimeout: 20_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: {
    alias: [
      // "server-only" throws outside Next's server bundle; tests are server code.
      { find: /^server-only$/, replacement: root("./tests/support/stubs/server-only.ts") },
      { find: /^@\//, replacement: root("./") },
    ],
  },
  test: {
    projects: [
      { extends: true, test: { ...shared, name: "pure", include: ALL_TESTS, exclude: DB_TESTS } },
      {
        extends: true,
        test: {
          ...shared,
          name: "db",
          include: DB_TESTS,
          globalSetup: ["tests/global-setup.ts"],
          setupFiles: ["tests/setup-env.ts"],
        },
      },
    ],
  },
});
