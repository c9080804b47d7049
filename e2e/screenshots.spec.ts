import { expect, test } from "@playwright/test";
import { authFile } from "./support";

// Screenshots of the pages as people see them, written to e2e/screenshots/
// so they can be looked at after a run (they are not compared pixel by pixel).
test("sign-in page", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in to the console" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/signin.png", fullPage: true });
});

test.describe("as a moderator", () => {
  test.use({ storageState: authFile("MODERATOR") });
  test("queue", async ({ page }) => {
    await page.goto("/queue");
    await expect(page.getByRole("table", { name: "Unassigned cases" })).toBeVisible();
    // Interactive, with times shown relative in the viewer's zone.
    await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/queue.png", fullPage: true });
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: authFile("ADMIN") });
  test("console users", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("table", { name: "Console users" })).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/console-users.png", fullPage: true });
  });
});
