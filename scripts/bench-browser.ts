/**
 * What a moderator waits for in the browser, against the production build on
 * the demo data, beside a baseline measured by the same browser and server in
 * the same run.
 *
 *   npm run bench:browser [-- --runs 20 --port 3531 --skip-build]
 *
 * 1. Builds the app (`next build`; --skip-build reuses an existing build).
 * 2. Creates a fresh database on BENCH_DATABASE_URL / TEST_DATABASE_URL
 *    (default postgresql://postgres@127.0.0.1:5432/postgres) and seeds the
 *    demo data into it, then starts `next start` on it.
 * 3. Drives Chromium (Debian's /usr/bin/chromium where installed), `--runs`
 *    times each after two warm-up runs whose timings are thrown away:
 *    - baseline: a static asset of the same server (/icon.svg) opened in a
 *      fresh browser context: the floor of any page load here;
 *    - sign-in: the sign-in form submitted until the queue's rows are usable;
 *    - cold queue: /queue in a fresh signed-in context (empty cache) until its
 *      rows are usable;
 *    - claim-next: `n` on the queue until the claimed case's thread is
 *      rendered (its first message in the page);
 *    - Enter: Enter on the queue's focused row until that case's thread is
 *      rendered;
 *    - decision: "Apply decision" (a dismissal) until its toast shows.
 *    The in-page timings (claim-next, Enter, decision) are taken with the
 *    page's own clock, polled every animation frame, so Playwright's polling
 *    adds nothing to them.
 *    After each decision the case is put back in the queue with one SQL
 *    statement on the benchmark's own database (not through the console: it
 *    is set-up between measurements), so every run meets the same queue.
 * 4. Stops the server and drops the database.
 *
 * Progress goes to stderr; stdout gets one JSON summary line.
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import { numberArg, flagArg } from "@/scripts/lib/args";
import { log, withBenchServer } from "@/scripts/lib/bench-server";
import { percentile } from "@/scripts/lib/bench-stats";
import { runCli } from "@/scripts/lib/cli";
import { disconnectPrisma } from "@/lib/db/prisma";
import { DEMO_CONSOLE_USERS } from "@/lib/demo/console-users";
import { seedDemo } from "@/lib/demo/seed";
import { chromiumLaunchOptions } from "@/tests/support/chromium";

const RUNS = numberArg("runs", 20);
const WARMUP = 2;
const PORT = numberArg("port", 3531);
const SKIP_BUILD = flagArg("skip-build");

const moderator = DEMO_CONSOLE_USERS.find((u) => u.role === "MODERATOR")!;
const QUEUE_READY = "[role=tabpanel][data-ready]";
/** The first message of a case's thread, in the page. */
const THREAD_RENDERED = "ol[aria-label=Messages] li";

interface Phase {
  name: string;
  p50Ms: number;
  p95Ms: number;
  runs: number;
}

function summary(name: string, timings: number[]): Phase {
  const sorted = timings.slice(WARMUP).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return { name, runs: sorted.length, p50Ms: round(percentile(sorted, 0.5)), p95Ms: round(percentile(sorted, 0.95)) };
}

/** Wall-clock time of `step`, for the steps that load a whole document. */
async function wall(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

/**
 * Time from `act` until `selector` is in the page (and the URL matches), by the
 * page's own clock, checked every animation frame. Client-side navigations
 * keep the document, so the start mark survives them.
 */
async function inPage(page: Page, act: () => Promise<unknown>, selector: string, path: RegExp): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __benchStart: number }).__benchStart = performance.now();
  });
  await act();
  const handle = await page.waitForFunction(
    ({ selector, path }) => {
      const start = (window as unknown as { __benchStart?: number }).__benchStart;
      if (start === undefined) return -1; // a full page load: the mark is gone
      return document.querySelector(selector) && new RegExp(path).test(location.pathname)
        ? performance.now() - start
        : false;
    },
    { selector, path: path.source },
    { polling: "raf", timeout: 30_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  if (ms < 0) throw new Error(`${selector}: the page reloaded instead of navigating in place`);
  return ms;
}

/** The sign-in form filled in as the demo moderator, not yet submitted. */
async function fillSignIn(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(moderator.email);
  await page.getByLabel("Password").fill(moderator.password);
}

async function submitSignIn(page: Page) {
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator(QUEUE_READY).waitFor({ timeout: 30_000 });
}

async function openQueue(page: Page) {
  await page.goto("/queue");
  await page.locator(QUEUE_READY).waitFor();
}

/** Time from pressing `key` on the queue until a case's thread is rendered. */
const keyToRenderedCase = (page: Page, key: string) =>
  inPage(page, () => page.keyboard.press(key), THREAD_RENDERED, /^\/cases\/[^/]+$/);

async function signedInContext(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await fillSignIn(page);
  await submitSignIn(page);
  return { context, page };
}

await runCli(async () => {
  const phases: Phase[] = [];
  await withBenchServer(
    {
      port: PORT,
      skipBuild: SKIP_BUILD,
      startTimeoutMs: 180_000,
      probe: (base) => fetch(`${base}/signin`),
      prepare: async (url) => {
        log("Seeding the demo data…");
        process.env.DATABASE_URL = url; // read when the first query connects, as in scripts/test.ts
        await seedDemo();
        await disconnectPrisma();
      },
    },
    async ({ base, db }) => {
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const total = RUNS + WARMUP;
        const step = (name: string, i: number) => process.stderr.write(`\r  ${name}: ${i + 1}/${total}   `);

        const baseline: number[] = [];
        for (let i = 0; i < total; i++) {
          step("baseline (static asset)", i);
          const context = await browser.newContext({ baseURL: base });
          const page = await context.newPage();
          baseline.push(await wall(() => page.goto("/icon.svg")));
          await context.close();
        }
        phases.push(summary("baseline: static asset", baseline));

        const signInTimes: number[] = [];
        for (let i = 0; i < total; i++) {
          step("sign-in to a usable queue", i);
          const context = await browser.newContext({ baseURL: base });
          const page = await context.newPage();
          await fillSignIn(page);
          signInTimes.push(await wall(() => submitSignIn(page)));
          await context.close();
        }
        phases.push(summary("sign-in to usable queue", signInTimes));

        const { context, page } = await signedInContext(browser, base);
        const state = await context.storageState();
        const cold: number[] = [];
        for (let i = 0; i < total; i++) {
          step("cold /queue", i);
          const fresh = await browser.newContext({ baseURL: base, storageState: state });
          const freshPage = await fresh.newPage();
          cold.push(await wall(() => openQueue(freshPage)));
          await fresh.close();
        }
        phases.push(summary("cold /queue usable", cold));

        const claimNext: number[] = [];
        const decision: number[] = [];
        for (let i = 0; i < total; i++) {
          step("claim-next and a decision", i);
          await openQueue(page);
          claimNext.push(await keyToRenderedCase(page, "n"));
          const caseId = new URL(page.url()).pathname.split("/").pop()!;
          const form = page.getByRole("form", { name: "Decision" });
          await form.getByLabel("Action").selectOption({ label: "Dismiss: no violation" });
          await form.getByLabel("Reason (kept in the audit trail)").fill("Benchmark: no violation here.");
          const toast = page.getByText("Case dismissed: no violation.");
          decision.push(
            await wall(async () => {
              await form.getByRole("button", { name: "Apply decision" }).click();
              await toast.first().waitFor();
            }),
          );
          await db.query(
            `UPDATE "Case" SET "status" = 'OPEN', "closedAt" = NULL, "claimedById" = NULL, "claimedAt" = NULL,
               "claimExpiresAt" = NULL, "version" = "version" + 1 WHERE "id" = $1`,
            [caseId],
          );
        }
        phases.push(summary("claim-next to rendered case", claimNext));
        phases.push(summary("decision to its toast", decision));

        const enter: number[] = [];
        for (let i = 0; i < total; i++) {
          step("Enter from the queue", i);
          await openQueue(page);
          enter.push(await keyToRenderedCase(page, "Enter"));
        }
        phases.push(summary("Enter from queue to rendered case", enter));
        process.stderr.write("\n");
        await context.close();
      } finally {
        await browser.close();
      }
    },
  );

  log("\nPhase                                 p50 ms   p95 ms   runs");
  for (const p of phases)
    log(
      `${p.name.padEnd(36)} ${String(p.p50Ms).padStart(7)} ${String(p.p95Ms).padStart(8)} ${String(p.runs).padStart(6)}`,
    );
  console.log(JSON.stringify({ bench: "browser", runs: RUNS, phases }));
});
