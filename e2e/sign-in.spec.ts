import { expect, test } from "@playwright/test";
import { createConsoleUser } from "./fixtures/case-factory";
import { demoUser, expectSignedInAs, signIn } from "./support";

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, demoUser("MODERATOR").email, "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin$/);
});

test("repeated failed sign-ins are throttled", async ({ page }) => {
  const email = `nobody-${Date.now()}@console.test`;
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, "guess");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  }
  await signIn(page, email, "guess");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Too many attempts. Try again in 1 minute.");
});

test("signing in and out; the old cookie replayed after sign-out signs nobody in", async ({ page, browser }) => {
  // Its own user: signing out ends every session of that user, which would end a shared role's too.
  const user = await createConsoleUser("SUPPORT", "a-good-long-password");
  await signIn(page, user.email, "a-good-long-password");
  await expectSignedInAs(page, "Support agent");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/signin$/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayed = await replay.newPage();
  await replayed.goto("/queue");
  await expect(replayed).toHaveURL(/\/signin$/);
  await replay.close();
});

test("an admin adds a console user, who can sign in, and is out at the next request once deactivated", async ({
  browser,
}) => {
  const adminContext = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
  const admin = await adminContext.newPage();
  const email = `new-mod-${Date.now()}@console.test`;
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "Add a console user" });
  await form.getByLabel("Name").fill("Nina Newcomer");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("MODERATOR");
  await form.getByLabel("Initial password").fill("a-good-long-password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(admin.getByText("Nina Newcomer can now sign in as moderator.")).toBeVisible();

  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await signIn(newcomer, email, "a-good-long-password");
  await expectSignedInAs(newcomer, "Moderator");

  await admin.getByRole("button", { name: "Deactivate Nina Newcomer" }).click();
  await expect(admin.getByText("Nina Newcomer is deactivated and signed out.")).toBeVisible();

  // Same cookie, next request: the role and active flag come from the database.
  await newcomer.goto("/queue");
  await expect(newcomer).toHaveURL(/\/signin$/);
  await signIn(newcomer, email, "a-good-long-password");
  await expect(newcomer.locator("form").getByRole("alert")).toContainText("deactivated");

  await adminContext.close();
  await newcomerContext.close();
});

test("the admin form explains bad input before sending it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Add a console user" });
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("Enter a valid email address.")).toBeVisible();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  // Long enough but common: refused by the server's password policy, under the field.
  await form.getByLabel("Name").fill("Pat Common");
  await form.getByLabel("Email").fill(`common-${Date.now()}@console.test`);
  await form.getByLabel("Initial password").fill("password1234");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText(/This password is too easy to guess/)).toBeVisible();
  await context.close();
});
