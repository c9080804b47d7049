import { expect, test } from "@playwright/test";
import { authFile } from "./support";

const MENUS = {
  MODERATOR: { label: "Moderator", home: "/queue", menu: ["Queue", "Reply templates", "Audit log", "Metrics"] },
  STAFF: { label: "Staff", home: "/queue", menu: ["Queue", "Reply templates", "Audit log", "Statements", "Metrics"] },
  SUPPORT: { label: "Support agent", home: "/queue", menu: ["Queue", "Reply templates"] },
  ADMIN: {
    label: "Admin",
    home: "/admin/users",
    menu: ["Console users", "API tokens", "Reply templates", "Audit log", "Metrics"],
  },
} as const;

// Pages each role must be refused, with the real 403 status.
const DENIED = {
  MODERATOR: ["/admin/users", "/admin/tokens", "/statements"],
  STAFF: ["/admin/users", "/admin/tokens"],
  SUPPORT: ["/admin/users", "/admin/tokens", "/audit", "/statements", "/metrics"],
  ADMIN: ["/queue", "/accounts/brightpath_recruiting", "/statements"],
} as const;

for (const [role, expected] of Object.entries(MENUS) as [keyof typeof MENUS, (typeof MENUS)[keyof typeof MENUS]][]) {
  test.describe(`${role.toLowerCase()}`, () => {
    test.use({ storageState: authFile(role) });

    test("lands on its start page and sees only its own menu", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`${expected.home}$`));
      await expect(page.getByTestId("current-role")).toHaveText(expected.label);
      const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
      await expect(links).toHaveText([...expected.menu]);
    });

    for (const path of DENIED[role]) {
      test(`is refused ${path}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
      });
    }
  });
}

test.describe("signed out", () => {
  test("every console page sends a stranger to sign in", async ({ page }) => {
    for (const path of [
      "/queue",
      "/audit",
      "/statements",
      "/admin/users",
      "/admin/tokens",
      "/templates",
      "/accounts/brightpath_recruiting",
      "/metrics",
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin$/);
    }
  });
});
