import { defineConfig, devices } from "@playwright/test";
import { instanceUrl } from "./e2e/instances";
import { chromiumLaunchOptions as launchOptions } from "./tests/support/chromium";

const baseURL = instanceUrl(1);

/**
 * Two instances of the same build on one database, as a deployment runs
 * several behind a load balancer: e2e/instances.spec.ts works across them
 * (everything else uses the first). Both get the NEXTAUTH_SECRET `npm test`
 * passes down, so a session signed by one is honoured by the other; the
 * cookie is host-only on "localhost", which browsers share across ports.
 * Each gets its own NEXTAUTH_URL, so its redirects stay on its own port.
 */
const server = (instance: 1 | 2) => ({
  command: `node scripts/server.mjs -p ${new URL(instanceUrl(instance)).port}`,
  url: `${instanceUrl(instance)}/signin`,
  reuseExistingServer: false,
  timeout: 120_000,
  env: {
    NEXTAUTH_URL: instanceUrl(instance),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    timezoneId: "Europe/Berlin",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { launchOptions } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 }, launchOptions },
    },
  ],
  webServer: [server(1), server(2)],
});
