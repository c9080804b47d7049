import { spawnSync } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `npm start` with bad configuration: one clear line saying what to do,
 * exit code 1, and never a stack trace as the only output.
 */
function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, NEXTAUTH_SECRET: "", AUTH_SECRET: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, output: result.stdout + result.stderr };
}

let blocker: net.Server;
const busyPort = 3999;
beforeAll(async () => {
  blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(busyPort, "0.0.0.0", resolve));
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

describe("npm start with bad configuration", () => {
  it.each([
    ["a malformed DATABASE_URL", { DATABASE_URL: "not a url", PORT: "3998" }, /DATABASE_URL is not a valid URL/],
    [
      "a database that is down",
      { DATABASE_URL: "postgresql://postgres@127.0.0.1:5499/console", NEXTAUTH_SECRET: "s", PORT: "3998" },
      /connection was refused\. Is the server running\?/,
    ],
    [
      "a port already in use",
      { DATABASE_URL: "postgresql://postgres@127.0.0.1:5499/console", PORT: String(busyPort) },
      /Port 3999 is already in use/,
    ],
    [
      "no session secret for a real database",
      { DATABASE_URL: process.env.DATABASE_URL!, PORT: "3998" },
      /NEXTAUTH_SECRET is not set/,
    ],
  ])(
    "explains %s",
    (_what, env, message) => {
      const { status, stderr, output } = start(env);
      expect(status).toBe(1);
      expect(stderr).toMatch(message);
      expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack frames
      // Each case starts tsx and the start script: seconds on a quiet machine, more on a busy one.
    },
    60_000,
  );
});
