import { expect, test as setup } from "@playwright/test";
import {
  authFile,
  demoUser,
  ROLES,
  SECOND_MODERATOR_AUTH,
  SECOND_STAFF_AUTH,
  secondModerator,
  secondStaff,
  signIn,
} from "./support";

// Sign in once per role and keep the session, so each spec starts signed in.
for (const role of ROLES) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    const user = demoUser(role);
    await signIn(page, user.email, user.password);
    // The first sign-in meets a cold server (first database connections, first
    // render of the queue) on a shared 2-core machine: give it longer than 7 s.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: authFile(role) });
  });
}

// A second moderator, for the specs where two people work the queue at once, and a second
// staff member, who decides appeals of the first one's decisions.
for (const [name, user, path] of [
  ["the second moderator", secondModerator(), SECOND_MODERATOR_AUTH],
  ["the second staff member", secondStaff(), SECOND_STAFF_AUTH],
] as const) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await signIn(page, user.email, user.password);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path });
  });
}
