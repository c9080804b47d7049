import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_CONSOLE_USERS } from "../lib/demo/console-users";
import type { ConsoleRole } from "../lib/generated/prisma/enums";

export const ROLES: ConsoleRole[] = ["MODERATOR", "STAFF", "SUPPORT", "ADMIN"];

export function demoUser(role: ConsoleRole) {
  const user = DEMO_CONSOLE_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

/** The second demo moderator (Omar), for two people working at once. */
export function secondModerator() {
  const user = DEMO_CONSOLE_USERS.filter((u) => u.role === "MODERATOR")[1];
  if (!user) throw new Error("No second demo moderator");
  return user;
}

export const SECOND_MODERATOR_AUTH = "e2e/.auth/moderator2.json";

/** The second demo staff member (Theo): decides appeals of the first one's decisions (four eyes). */
export function secondStaff() {
  const user = DEMO_CONSOLE_USERS.filter((u) => u.role === "STAFF")[1];
  if (!user) throw new Error("No second demo staff member");
  return user;
}

export const SECOND_STAFF_AUTH = "e2e/.auth/staff2.json";

/** The storageState file a role's signed-in session is saved to. */
export const authFile = (role: ConsoleRole) => `e2e/.auth/${role.toLowerCase()}.json`;

/** Maya and Omar, the two demo moderators, signed in each in a browser context of their own. */
export async function twoModerators(browser: Browser) {
  const mayaContext = await browser.newContext({ storageState: authFile("MODERATOR") });
  const omarContext = await browser.newContext({ storageState: SECOND_MODERATOR_AUTH });
  return {
    mayaContext,
    omarContext,
    close: async () => {
      await mayaContext.close();
      await omarContext.close();
    },
  };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignedInAs(page: Page, roleLabel: string) {
  await expect(page.getByTestId("current-role")).toHaveText(roleLabel);
}

/** Opens a case page and waits for its decision form. */
export async function openCase(page: Page, caseId: string) {
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole("form", { name: "Decision" })).toBeVisible();
}

/** Restricts `handle` from the case page's decision form (messaging, the form's default scope). */
export async function restrictFromCase(page: Page, handle: string, days: number, reason: string) {
  const form = page.getByRole("form", { name: "Decision" });
  await form.getByLabel("Action").selectOption({ label: "Restrict the account" });
  await form.getByLabel("Account").selectOption({ label: `@${handle} (active)` });
  await form.getByLabel("Days").fill(String(days));
  await form.getByLabel("Reason (kept in the audit trail)").fill(reason);
  await form.getByRole("button", { name: "Apply decision" }).click();
}
