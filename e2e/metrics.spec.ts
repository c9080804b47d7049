import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./support";

// The dashboard on the demo data: Sofia Staff's restrictions are decisions the seed made through decide().
const decisionsTable = (page: Page) =>
  page.getByRole("region", { name: /^(Decisions by moderator|Your decisions and the team's)$/ }).getByRole("table");

test.describe("a moderator", () => {
  test.use({ storageState: authFile("MODERATOR") });

  test("sees the team's totals and only their own row, and reaches the page from the menu", async ({ page }) => {
    await page.goto("/queue");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Metrics" }).click();
    await expect(page.getByRole("heading", { name: "Metrics", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your decisions and the team's" })).toBeVisible();
    const table = decisionsTable(page);
    const team = table.getByRole("row", { name: /Team total/ });
    await expect(team).toBeVisible();
    // The team's total counts Sofia's decisions; her name is not shown to a moderator.
    expect(Number(await team.getByRole("cell").first().textContent())).toBeGreaterThan(0);
    await expect(table.getByText("Sofia Staff")).toHaveCount(0);
    await expect(table.getByText("Omar Moderator")).toHaveCount(0);
  });
});

test.describe("staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("sees every moderator's row, the queue over time in a table, and the detector's precision", async ({ page }) => {
    await page.goto("/metrics?days=30");
    await expect(page.getByRole("heading", { name: "Decisions by moderator" })).toBeVisible();
    const sofia = decisionsTable(page).getByRole("row", { name: /Sofia Staff/ });
    await expect(sofia).toBeVisible();
    expect(Number(await sofia.getByRole("cell").first().textContent())).toBeGreaterThan(0);
    await expect(page.getByLabel("Period", { exact: true })).toHaveValue("30");
    // The chart's numbers are in a table too (local days), one row per day of the window.
    const flow = page.getByRole("table", { name: /per day, in your time zone/ });
    await expect(flow.getByRole("row")).toHaveCount(31 + 1);
    await page.getByLabel("Queue", { exact: true }).selectOption("appeals");
    await expect(flow.getByRole("row").last().getByRole("cell").last()).not.toHaveText("0");
    // CSV export of a table downloads what it shows.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV of decisions by moderator" }).click();
    expect((await download).suggestedFilename()).toBe("decisions-by-moderator.csv");
    await expect(page.getByText(/Exported \d+ rows as decisions-by-moderator\.csv/)).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`passes WCAG 2.1 AA in ${scheme} and fits 1440 and 800 px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.goto("/metrics");
      await expect(page.getByRole("table", { name: /per day, in your time zone/ })).toBeVisible();
      for (const width of [1440, 800]) {
        await page.setViewportSize({ width, height: 900 });
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
          [],
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${scheme} ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/screenshots/metrics-${scheme}-${width}.png`, fullPage: true });
      }
    });
  }
});

test.describe("support", () => {
  test.use({ storageState: authFile("SUPPORT") });

  test("is refused the dashboard", async ({ page }) => {
    const response = await page.goto("/metrics");
    expect(response?.status()).toBe(403);
  });
});
