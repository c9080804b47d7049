import { expect, test, type Page } from "@playwright/test";
import { rowName, specCases } from "./queue-data";
import { twoModerators } from "./support";

const oneCase = specCases();

test.describe("live updates pushed by the server (LISTEN/NOTIFY → server-sent events)", () => {
  test("another moderator's claim shows in an open queue within a second, with no polling while live", async ({
    browser,
  }) => {
    const { title, kase } = await oneCase("live queue");
    const { mayaContext, omarContext, close } = await twoModerators(browser);
    const omar: Page = await omarContext.newPage();
    let queueReads = 0;
    omar.on("request", (r) => {
      if (/\/api\/queue(\/counts)?\?/.test(r.url())) queueReads += 1;
    });
    await omar.goto(`/queue?tab=open&q=${encodeURIComponent(title)}`);
    const row = omar.getByRole("table", { name: /cases$/ }).getByRole("row", { name: rowName(kase.ref) });
    await expect(row).toContainText("Nobody");
    await expect(omar.getByRole("status").filter({ hasText: "Live: changes appear as they happen" })).toBeVisible();

    // Quiet: nothing is polled while the stream is healthy (it used to be every 2 s).
    await omar.waitForTimeout(1_000);
    const before = queueReads;
    await omar.waitForTimeout(4_500);
    expect(queueReads - before).toBe(0);

    const claimed = await mayaContext.request.post(`/api/cases/${kase.id}/claim`);
    expect(claimed.status()).toBe(200);
    const at = Date.now();
    await expect(row).toContainText("Held by Maya Moderator", { timeout: 2_000 });
    expect(Date.now() - at).toBeLessThan(1_000);

    await close();
  });

  test("an open case page shows a banner when someone else claims the case, and refreshes in place", async ({
    browser,
  }) => {
    const { kase } = await oneCase("live case");
    const { mayaContext, omarContext, close } = await twoModerators(browser);
    const omar = await omarContext.newPage();
    await omar.goto(`/cases/${kase.id}`);
    await expect(omar.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(omar.getByTestId("live-case-banner")).toHaveCount(0);
    // Let the stream open before the change (a change before it is caught up by ?since= too).
    await omar.waitForTimeout(1_000);

    const claimed = await mayaContext.request.post(`/api/cases/${kase.id}/claim`);
    expect(claimed.status()).toBe(200);
    const at = Date.now();
    const banner = omar.getByTestId("live-case-banner");
    await expect(banner).toContainText("Maya Moderator claimed this case", { timeout: 2_500 });
    expect(Date.now() - at).toBeLessThan(2_000);
    await expect(omar.getByRole("status").filter({ has: banner })).toBeVisible();
    await omar.screenshot({ path: "e2e/screenshots/live-case-banner.png" });

    // Keyboard reachable: Tab to the button, Enter refreshes the page's data.
    const show = banner.getByRole("button", { name: "Show the changes" });
    await show.focus();
    await omar.keyboard.press("Enter");
    // The decision panel now names the holder (the header says so too).
    await expect(omar.getByRole("status").filter({ hasText: /Held by Maya Moderator:/ })).toBeVisible();
    await expect(banner).toHaveCount(0);

    await close();
  });

  test("a case page that is behind when its stream opens (e.g. rendered from a prefetch) refreshes itself, with no banner", async ({
    browser,
  }) => {
    const { kase } = await oneCase("live catch-up");
    const { mayaContext, omarContext, close } = await twoModerators(browser);
    const omar = await omarContext.newPage();
    // The claim commits after the page rendered and before its stream opens:
    // the stream's catch-up (`missed`) carries it.
    let claimed = false;
    await omar.route("**/api/cases/*/events*", async (route) => {
      if (!claimed) {
        claimed = true;
        expect((await mayaContext.request.post(`/api/cases/${kase.id}/claim`)).status()).toBe(200);
      }
      await route.continue();
    });
    await omar.goto(`/cases/${kase.id}`);
    await expect(omar.getByRole("status").filter({ hasText: /Held by Maya Moderator:/ })).toBeVisible({
      timeout: 5_000,
    });
    expect(claimed).toBe(true);
    await expect(omar.getByTestId("live-case-banner")).toHaveCount(0);

    await close();
  });
});
