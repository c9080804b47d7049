import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { specCases } from "./queue-data";
import { authFile, demoUser } from "./support";

const casesFor = specCases();

/** A fresh client with one job case and a warning on it, given by the demo staff user. */
async function warnedAccount(): Promise<{ accountId: string; handle: string; caseRef: string }> {
  const { cases } = await casesFor("warned");
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ accountId: string; handle: string }>(
      `SELECT a."id" AS "accountId", a."handle" FROM "Case" c JOIN "JobPosting" j ON j."id" = c."jobId"
       JOIN "Account" a ON a."id" = j."clientId" WHERE c."id" = $1`,
      [cases[0]!.id],
    );
    const account = rows[0]!;
    await db.query(
      `INSERT INTO "Enforcement" ("id", "kind", "accountId", "caseId", "reason", "actorId")
       SELECT 'e2e-enf-' || $1, 'WARNING', $1, $2, 'Asked to be paid outside the platform', u."id"
       FROM "ConsoleUser" u WHERE u."email" = $3`,
      [account.accountId, cases[0]!.id, demoUser("STAFF").email],
    );
    await db.query(`UPDATE "Account" SET "strikeCount" = 1 WHERE "id" = $1`, [account.accountId]);
    return { ...account, caseRef: cases[0]!.ref };
  } finally {
    await db.end();
  }
}

/** Opens the queue and waits until it answers the keyboard. */
async function openQueue(page: Page, query = "") {
  await page.goto(`/queue${query}`);
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
}

const queueTable = (page: Page) => page.getByRole("table", { name: /cases$/ });
const section = (page: Page, name: RegExp) => page.getByRole("region", { name });

test.describe("the account page", () => {
  test.use({ storageState: authFile("MODERATOR") });

  test("from the queue, a handle opens the account: its cases, flagged messages and the ring it belongs to", async ({
    page,
  }) => {
    await openQueue(page, "?tab=open&q=harborline_exec");
    await queueTable(page).getByRole("link", { name: "@harborline_exec" }).first().click();
    await expect(page).toHaveURL(/\/accounts\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("@harborline_exec");

    // All 8 open cases of the demo's @harborline_exec, each linked.
    const cases = section(page, /^Cases/);
    await expect(cases.getByRole("heading", { name: "Cases (8)" })).toBeVisible();
    await expect(cases.getByRole("link", { name: /^C-\d+$/ })).toHaveCount(8);

    // Flagged messages are highlighted with the case page's highlights, with the thread's contract state.
    const flagged = section(page, /^Flagged messages/);
    await expect(flagged.locator("mark[data-violation=true]").first()).toBeVisible();
    await expect(flagged).toContainText(/contract/i);

    // The Telegram ring: direct links, and through @fastcash_mentor the WhatsApp ring (second hop).
    const linked = section(page, /^Linked accounts/);
    await expect(linked.getByRole("listitem", { name: "Linked account @brightpath_recruiting" })).toContainText(
      "@hr_desk_maria",
    );
    await expect(linked.getByRole("listitem", { name: "Linked account @gloria_mgmt" })).toContainText("via");
    await page.screenshot({ path: "e2e/screenshots/account-page-1440.png", fullPage: true });

    // Each linked account opens its own page: @brightpath_recruiting has 11 open cases.
    await linked.getByRole("link", { name: "@brightpath_recruiting" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("@brightpath_recruiting");
    await expect(section(page, /^Cases/).getByRole("heading", { name: "Cases (11)" })).toBeVisible();
    await expect(section(page, /^Cases/)).toContainText("11 open, 0 closed");
  });

  test("a note on the account is saved, shown and in the audit log with a link back", async ({ page }) => {
    await page.goto("/accounts/harborline_exec");
    const notes = section(page, /^Notes on the account/);
    const text = `Same Telegram recruiter as Brightpath ${Date.now()}`;
    await notes.getByLabel(/New note/).fill(text);
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Note added to the account.")).toBeVisible();
    await expect(notes.getByText(text)).toBeVisible();
    await expect(notes.getByLabel(/New note/)).toHaveValue("");

    await page.goto("/audit?action=NOTE_ADDED");
    const auditRow = page.getByRole("row", { name: new RegExp(text.slice(0, 30)) });
    await expect(auditRow).toBeVisible();
    await auditRow.getByRole("link", { name: "@harborline_exec" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("@harborline_exec");
  });

  test("keyboard: Tab from the focused queue row reaches its handle, u opens the subject's account, g groups by account", async ({
    page,
  }) => {
    await openQueue(page, "?tab=open&q=brightpath_recruiting");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    const firstRow = queueTable(page).locator("tbody tr[data-case-id]").first();
    await expect(firstRow).toBeFocused();
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("href", /^\/accounts\//);
    await expect(focused).toHaveText(/^@/);

    // Grouping keeps j/k working over the rows as shown.
    await firstRow.focus();
    await page.keyboard.press("g");
    await expect(page.getByRole("button", { name: /Grouped by account/ })).toHaveAttribute("aria-pressed", "true");
    await expect(queueTable(page).getByRole("rowheader").first()).toContainText("@brightpath_recruiting");
    await expect(queueTable(page).getByRole("rowheader").first()).toContainText(/cases? shown/);
    const rows = queueTable(page).locator("tbody tr[data-case-id]");
    await page.keyboard.press("j");
    await expect(rows.nth(1)).toBeFocused();

    await page.keyboard.press("u");
    await expect(page).toHaveURL(/\/accounts\//);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("@brightpath_recruiting");

    // On the account page everything is reachable by Tab: the first case link, then the linked accounts.
    const firstCase = section(page, /^Cases/)
      .getByRole("link", { name: /^C-\d+$/ })
      .first();
    await firstCase.focus();
    await expect(firstCase).toBeFocused();
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.screenshot({ path: "e2e/screenshots/account-page-800.png", fullPage: true });
  });

  test("an unknown account is a 404 with a way back", async ({ page }) => {
    const response = await page.goto("/accounts/nobody_has_this_handle");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such account" })).toBeVisible();
  });

  test("the case page links its people to their account pages", async ({ page }) => {
    await page.goto("/accounts/harborline_exec");
    await section(page, /^Cases/)
      .getByRole("link", { name: /^C-\d+$/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/cases\//);
    const people = page.getByRole("region", { name: "Job and people" });
    await people.getByRole("link", { name: "@harborline_exec" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("@harborline_exec");
  });
});

test.describe("enforcement history", () => {
  test("staff reverse a warning from the account page, through its case", async ({ browser }) => {
    const { accountId, handle, caseRef } = await warnedAccount();

    // A support agent sees the warning but is offered no reversal.
    const supportContext = await browser.newContext({ storageState: authFile("SUPPORT") });
    const support = await supportContext.newPage();
    await support.goto(`/accounts/${accountId}`);
    const supportHistory = section(support, /^Enforcement history/);
    await expect(supportHistory.getByRole("listitem", { name: `Warning (strike) on @${handle}` })).toBeVisible();
    await expect(supportHistory.getByRole("button")).toHaveCount(0);
    await expect(section(support, /^Notes on the account/).getByRole("button", { name: "Add note" })).toBeVisible();
    await supportContext.close();

    const staffContext = await browser.newContext({ storageState: authFile("STAFF") });
    const page = await staffContext.newPage();
    await page.goto(`/accounts/${handle}`);
    const history = section(page, /^Enforcement history/);
    const item = history.getByRole("listitem", { name: `Warning (strike) on @${handle}` });
    await expect(item).toContainText(caseRef);
    await item.getByRole("button", { name: /^Withdraw warning/ }).click();
    await item.getByLabel(/Why reverse it/).fill("Warned the wrong account");
    await item.getByRole("button", { name: "Withdraw warning" }).click();
    await expect(page.getByText(/withdrawn/).first()).toBeVisible();
    await expect(item).toContainText("reversed");
    await expect(item).toContainText("Warned the wrong account");
    await expect(item.getByRole("button")).toHaveCount(0);
    await staffContext.close();
  });
});
