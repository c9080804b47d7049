import { expect, test } from "@playwright/test";
import { db } from "./fixtures/case-factory";
import { closeCases, createCases, rowName, uniqueTitle, type E2ECase } from "./queue-data";
import { authFile } from "./support";

// Each open row says how long is left to its target time to decision, or how
// long it is overdue (words and an icon, not colour alone), and "Breaches
// soonest" puts the most overdue first. These cases are about off-platform
// payment: a 4-hour target (lib/cases/sla.ts).

test.use({ storageState: authFile("MODERATOR") });

let made: E2ECase[] = [];
test.afterAll(async () => {
  await closeCases(made);
});

test("rows show time left or overdue, and breaches soonest sorts by it", async ({ page }) => {
  const title = uniqueTitle("sla");
  // Priorities put the fresh case first, so the sort visibly changes the order.
  const [fresh] = await createCases(title, 1, 90);
  const [late] = await createCases(title, 1, 10);
  made = [fresh!, late!];
  // Reported 2 h ago (createCases), and 5 h 20 min ago: 2 h left, 1 h 20 min overdue.
  await db().case.update({
    where: { id: late!.id },
    data: { firstReportedAt: new Date(Date.now() - (5 * 60 + 20) * 60_000) },
  });

  await page.goto(`/queue?tab=open&q=${encodeURIComponent(title)}`);
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
  const table = page.getByRole("table", { name: "All open cases" });
  const freshRow = table.getByRole("row", { name: rowName(fresh!.ref) });
  const lateRow = table.getByRole("row", { name: rowName(late!.ref) });
  await expect(freshRow.getByTestId("sla")).toHaveText(/^(1 h 59 min|2 h) left$/);
  await expect(freshRow.getByTestId("sla")).not.toHaveAttribute("data-breached");
  await expect(lateRow.getByTestId("sla")).toHaveText(/^SLA breached: overdue by 1 h 2\d min$/);
  await expect(lateRow.getByTestId("sla").locator("svg")).toHaveCount(1);

  const refs = () => table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
  expect((await refs())[0]).toContain(fresh!.ref);
  await page.getByLabel("Sort").selectOption({ label: "Breaches soonest" });
  await expect(page).toHaveURL(/sort=sla/);
  await expect.poll(async () => (await refs())[0]).toContain(late!.ref);
});
