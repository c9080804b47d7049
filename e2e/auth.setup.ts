import { expect, test as setup } from "@playwright/test";
import { authFile, demoUser, ROLES, SECOND_MODERATOR_AUTH, secondModerator, signIn } from "./support";

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

// A second moderator, for the specs where two people work the queue at once.
setup("sign in as the second moderator", async ({ page }) => {
  const user = secondModerator();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible({ timeout: 30_000 });
  await page.context().storageState({ path: SECOND_MODERATOR_AUTH });
});
