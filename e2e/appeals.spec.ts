import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db } from "./fixtures/case-factory";
import { rowName } from "./queue-data";
import { authFile, SECOND_STAFF_AUTH } from "./support";

// The appeal journey on the demo's appeals: Sofia Staff restricted two clients,
// both appealed. The Appeals tab lists them; a moderator may neither claim nor
// decide them; Sofia may not decide an appeal of her own decision (four eyes);
// Theo Staff overturns one, and the restriction is lifted.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface DemoAppealCase {
  id: string;
  ref: string;
  appellant: string;
  appellantId: string;
}

async function demoAppeal(key: string): Promise<DemoAppealCase> {
  const appeal = await db().appeal.findUniqueOrThrow({
    where: { externalId: `demo:${key}` },
    include: { appealCase: { select: { id: true, number: true } }, account: { select: { id: true, handle: true } } },
  });
  return {
    id: appeal.appealCase!.id,
    ref: `C-${appeal.appealCase!.number}`,
    appellant: appeal.account.handle,
    appellantId: appeal.account.id,
  };
}

let lumen: DemoAppealCase;
let quarry: DemoAppealCase;

test.beforeAll(async () => {
  [lumen, quarry] = await Promise.all([demoAppeal("appeal-lumen"), demoAppeal("appeal-quarry")]);
});

async function axe(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
    what,
  ).toEqual([]);
}

async function as(browser: Browser, storageState: string) {
  const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
  return { page: await context.newPage(), close: () => context.close() };
}

const appealsTable = (page: Page) => page.getByRole("table", { name: "Appeals waiting for staff" });
const decisionForm = (page: Page) => page.getByRole("form", { name: "Decide the appeal" });

test("a moderator sees the Appeals tab but may neither claim nor decide an appeal", async ({ browser }) => {
  const { page, close } = await as(browser, authFile("MODERATOR"));
  await page.goto("/queue?tab=appeals");
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
  const row = appealsTable(page).getByRole("row", { name: rowName(lumen.ref) });
  await expect(row).toContainText(lumen.appellant);
  await expect(row).toContainText("Appeal of C-");
  await expect(appealsTable(page).getByRole("row", { name: rowName(quarry.ref) })).toBeVisible();
  // Holding an appeal is staff's (lib/cases/lifecycle.ts): no Claim button, and `c` says why.
  await expect(row.getByRole("button", { name: `Claim ${lumen.ref}` })).toHaveCount(0);
  await axe(page, "Appeals tab");
  await row.click();
  await page.keyboard.press("c");
  await expect(page.getByText(`${lumen.ref} is an appeal: only staff take and decide appeals.`)).toBeVisible();

  await page.goto(`/cases/${lumen.id}`);
  await expect(decisionForm(page)).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("Only staff decide appeals.");
  await expect(decisionForm(page).getByRole("button", { name: /Uphold and reply/ })).toBeDisabled();
  await close();
});

test("the staff member who made the decision is refused its appeal, with the reason", async ({ browser }) => {
  const { page, close } = await as(browser, authFile("STAFF"));
  await page.goto("/queue?tab=appeals");
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
  // Staff may hold an appeal while working on it.
  await expect(
    appealsTable(page)
      .getByRole("row", { name: rowName(lumen.ref) })
      .getByRole("button", { name: `Claim ${lumen.ref}` }),
  ).toBeVisible();

  await page.goto(`/cases/${lumen.id}`);
  await expect(page.getByRole("note")).toHaveText(
    "You made the decision under appeal, so another staff member must decide its appeal (four eyes).",
  );
  await expect(decisionForm(page).getByRole("radio", { name: "Overturn (reverse it)" })).toBeDisabled();
  await expect(decisionForm(page).getByRole("button", { name: /Uphold and reply/ })).toBeDisabled();
  await close();
});

test("another staff member overturns it: toast, outcome, and the restriction lifted", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, close } = await as(browser, SECOND_STAFF_AUTH);
  await page.goto("/queue?tab=appeals");
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
  await appealsTable(page)
    .getByRole("row", { name: rowName(lumen.ref) })
    .click();
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/cases/${lumen.id}`);

  // The statement beside the decision under appeal, and the evidence it was taken on.
  const statement = page.getByRole("region", { name: "The appellant's statement" });
  await expect(statement).toContainText("we agreed at once to pay on the platform");
  const decision = page.getByRole("region", { name: "The decision under appeal" });
  await expect(decision).toContainText("Restriction");
  await expect(decision).toContainText("Sofia Staff");
  await expect(decision.getByTestId("account-status")).toContainText("Restricted until");
  await expect(page.getByRole("article", { name: "Message from @lumen_bakery" }).first()).toBeVisible();
  await expect(page.getByText("Client asked to pay me by bank transfer outside the platform.")).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0);
  await page.screenshot({ path: "e2e/screenshots/appeal.png", fullPage: true });
  await axe(page, "appeal case page");

  const form = decisionForm(page);
  await form.getByRole("radio", { name: "Overturn (reverse it)" }).check();
  await form
    .getByLabel(/^Reason/)
    .fill("A single question, withdrawn at once; the account has paid on the platform since.");
  await form.getByRole("checkbox", { name: /Confirm: this changes @lumen_bakery/ }).check();
  await form.getByRole("button", { name: "Overturn and reply to @lumen_bakery" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Appeal overturned" })).toBeVisible();

  const outcome = page.getByRole("region", { name: "Outcome" });
  await expect(outcome).toContainText("Overturned");
  await expect(outcome).toContainText("Theo Staff");
  await expect(decision.getByTestId("account-status")).toHaveText("Active");
  await expect(decision).toContainText("Reversed");

  // The account's own page says the same, and the appeal has left the tab.
  await page.goto(`/accounts/${lumen.appellantId}`);
  await expect(page.getByTestId("account-status").first()).toHaveText("Active");
  await page.goto("/queue?tab=appeals");
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
  await expect(appealsTable(page).getByRole("row", { name: rowName(lumen.ref) })).toHaveCount(0);
  await expect(appealsTable(page).getByRole("row", { name: rowName(quarry.ref) })).toBeVisible();
  await close();
});
