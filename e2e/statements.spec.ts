import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createThreadCase, db, SCAM } from "./fixtures/case-factory";
import { authFile, openCase, restrictFromCase } from "./support";

// Staff restrict an account on a case; the case page shows the statement of
// reasons the account was sent; the staff-only export downloads it in the
// DSA Transparency Database's fields. Moderators and support are refused.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function axeClean(page: Page, include: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).include(include).withTags(WCAG).analyze();
    expect(result.violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test.describe("as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("a restriction sends a statement of reasons, shown on the case and exported", async ({ page }) => {
    const { caseId, client } = await createThreadCase({ messages: SCAM });
    await openCase(page, caseId);
    const panel = page.getByRole("region", { name: /Statements of reasons/ });
    await expect(panel).toContainText("No enforcement was decided in this case");

    await restrictFromCase(page, client.handle, 3, "Shared a Telegram handle before any contract");
    await expect(page.getByText(`@${client.handle} restricted (messaging) for 3 days.`)).toBeVisible();

    const item = panel.getByRole("listitem", { name: "Statement of reasons: Restriction" });
    await expect(item).toContainText(`to @${client.handle}`);
    await expect(item).toContainText("Queued in the outbox");
    await expect(item).toContainText("Your account can't send messages until");
    await expect(item).toContainText("Shared a Telegram handle before any contract");
    await expect(item).toContainText("decided by a person");
    await expect(item).toContainText("You can appeal this decision until");
    await axeClean(page, "#statements-title");
    await item.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: "e2e/screenshots/statement-of-reasons.png" });

    const stored = await db().statementOfReasons.findFirstOrThrow({ where: { caseId }, include: { reply: true } });
    expect(stored.reply?.recipientId).toBe(client.id);

    // The export: the page's CSV link downloads the range, the JSON answers in DSA fields.
    await page.goto("/statements");
    const day = stored.issuedAt.toISOString().slice(0, 10);
    await page.getByLabel("From (UTC day)").fill(day);
    await page.getByLabel("To (UTC day, included)").fill(day);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`statements-of-reasons-${day}_${day}.csv`);
    const csv = await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8"));
    expect(csv.split("\n")[0]).toMatch(/^puid,decision_visibility,/);
    expect(csv).toContain(stored.id);
    expect(csv).toContain("DECISION_PROVISION_PARTIAL_SUSPENSION");
    await expect(page.getByText("Export started: the CSV file downloads from the server.")).toBeVisible();

    const json = await page.request.get(`/api/statements/export?from=${day}&to=${day}&limit=1000`);
    expect(json.status()).toBe(200);
    const body = (await json.json()) as { statements: Record<string, unknown>[]; next: string | null };
    expect(body.statements.find((s) => s.puid === stored.id)).toMatchObject({
      decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT",
      source_type: "SOURCE_ARTICLE_16",
      automated_decision: "AUTOMATED_DECISION_NOT_AUTOMATED",
    });
    await axeClean(page, "main");
  });
});

for (const role of ["MODERATOR", "SUPPORT"] as const) {
  test.describe(role.toLowerCase(), () => {
    test.use({ storageState: authFile(role) });
    test("is refused the export", async ({ page }) => {
      const response = await page.request.get("/api/statements/export?format=csv");
      expect(response.status()).toBe(403);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
    });
  });
}
