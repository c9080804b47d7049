import { expect, test } from "@playwright/test";
import { authFile } from "./support";

// Screenshots of the pages as people see them, written to e2e/screenshots/
// so they can be looked at after a run (they are not compared pixel by pixel).
test("sign-in page", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in to the console" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/signin.png", fullPage: true });
});

// A signed-in page: its table is visible (and the queue interactive, with times shown relative in the viewer's zone).
const SIGNED_IN = [
  { who: "as a moderator", role: "MODERATOR", name: "queue", path: "/queue", table: "Unassigned cases" },
  { who: "as an admin", role: "ADMIN", name: "console users", path: "/admin/users", table: "Console users" },
] as const;

for (const shot of SIGNED_IN) {
  test.describe(shot.who, () => {
    test.use({ storageState: authFile(shot.role) });
    test(shot.name, async ({ page }) => {
      await page.goto(shot.path);
      await expect(page.getByRole("table", { name: shot.table })).toBeVisible();
      if (shot.path === "/queue") await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/${shot.name.replace(" ", "-")}.png`, fullPage: true });
    });
  });
}
