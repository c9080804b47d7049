// Named to run late: the last journey here suspends the demo's @harborline_exec and settles his cases,
// which the account page's journeys (account-page.spec.ts) read as open. Playwright runs files in name order.
import { expect, test, type Page } from "@playwright/test";
import { createThreadCase, db, SCAM } from "./fixtures/case-factory";
import { rowName } from "./queue-data";
import { authFile, openCase } from "./support";

const reasonField = (page: Page) =>
  page.getByRole("form", { name: "Decision" }).getByLabel("Reason (kept in the audit trail)");

test.describe("as a moderator", () => {
  test.use({ storageState: authFile("MODERATOR") });

  test("C-17: the suggestion warns the author of the shared e-mail (@zoe_copy), not the client", async ({ page }) => {
    const kase = await db().case.findFirstOrThrow({
      where: { thread: { externalId: "demo:th-grant-zoe" }, status: { in: ["OPEN", "IN_REVIEW"] } },
      include: { thread: { include: { client: true, freelancer: true } } },
    });
    const zoe = kase.thread!.freelancer!;
    const client = kase.thread!.client!;
    expect(zoe.handle).toBe("zoe_copy");
    await openCase(page, kase.id);
    const form = page.getByRole("form", { name: "Decision" });
    // The first action offered on a case with violations is not "Dismiss", and the target is the author.
    await expect(form.getByLabel("Action")).not.toHaveValue("DISMISS");
    await expect(page.getByRole("list", { name: "Reasons for the suggestion" })).toContainText("violation");
    await page.getByRole("button", { name: "Use the suggestion" }).click();
    await expect(form.getByLabel("Account")).toHaveValue(zoe.id);
    await expect(form.getByRole("button", { name: /Apply decision: warn @zoe_copy/ })).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/account-decisions-c17.png", fullPage: true });
    await reasonField(page).fill("Shared an e-mail address before any contract");
    await form.getByRole("button", { name: /Apply decision/ }).click();
    await expect(page.getByText("@zoe_copy warned (strike")).toBeVisible();
    expect((await db().account.findUniqueOrThrow({ where: { id: zoe.id } })).strikeCount).toBe(zoe.strikeCount + 1);
    expect((await db().account.findUniqueOrThrow({ where: { id: client.id } })).strikeCount).toBe(client.strikeCount);
  });

  test("restrict 30 days is refused, then 7 days applies and the page stays up (four times)", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (let i = 0; i < 4; i++) {
      const { caseId, client } = await createThreadCase({ messages: SCAM });
      await openCase(page, caseId);
      const form = page.getByRole("form", { name: "Decision" });
      await form.getByLabel("Action").selectOption({ label: "Restrict the account" });
      await form.getByLabel("Days").fill("30");
      await reasonField(page).fill("Moved the applicant to Telegram before a contract");
      await form.getByRole("button", { name: /Apply decision/ }).click();
      await page.getByRole("dialog", { name: "Please confirm" }).getByRole("button", { name: "Yes, apply" }).click();
      await expect(page.getByText(/restricting for more than 14 days/)).toBeVisible();
      await form.getByLabel("Days").fill("7");
      await reasonField(page).fill("Moved the applicant to Telegram before a contract");
      await form.getByRole("button", { name: /Apply decision/ }).click();
      await expect(page.getByText(`@${client.handle} restricted (messaging) for 7 days.`)).toBeVisible();
      await expect(page.getByRole("heading", { name: "Decide" })).toBeVisible();
      await expect(page.getByText(/could not be loaded|couldn.t load/)).toHaveCount(0);
      expect((await db().account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("RESTRICTED");
    }
    expect(errors).toEqual([]);
  });

  test("a case another moderator holds shows its form disabled, naming the holder", async ({ page }) => {
    const { caseId } = await createThreadCase({ messages: SCAM });
    const omar = await db().consoleUser.findUniqueOrThrow({ where: { email: "moderator2@console.test" } });
    await db().case.update({
      where: { id: caseId },
      data: {
        claimedById: omar.id,
        claimedAt: new Date(),
        claimExpiresAt: new Date(Date.now() + 600_000),
        status: "IN_REVIEW",
      },
    });
    await openCase(page, caseId);
    await expect(page.getByText(`Held by ${omar.name}: the form is disabled`)).toBeVisible();
    await expect(
      page.getByRole("form", { name: "Decision" }).getByRole("button", { name: /Apply decision/ }),
    ).toBeDisabled();
  });

  test("keys pick a decision, and ? lists them with apply and apply-and-next", async ({ page }) => {
    const { caseId } = await createThreadCase({ messages: SCAM });
    await openCase(page, caseId);
    await page.getByRole("heading", { name: "Decide" }).click();
    await page.keyboard.press("e");
    await expect(page.getByRole("form", { name: "Decision" }).getByLabel("Action")).toHaveValue("ESCALATE");
    await expect(reasonField(page)).toBeFocused();
    await page.getByRole("heading", { name: "Decide" }).click();
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toContainText("Apply the decision and open the next case");
    await expect(help).toContainText("Warn the account");
  });

  test("a compound decision (job down + restrict the poster + thank the reporter), undone as a whole by staff", async ({
    page,
    browser,
  }) => {
    const { caseId, client, job } = await createThreadCase({ messages: SCAM });
    await openCase(page, caseId);
    await page.getByText("Take the job down, restrict the poster and thank the reporters").click();
    const compound = page.getByRole("form", { name: "Compound decision" });
    await compound.getByRole("button", { name: "Apply all three" }).click();
    const dialog = page.getByRole("dialog", { name: "Please confirm" });
    await expect(dialog).toContainText(`restrict @${client.handle} for 7 days`);
    await dialog.getByLabel("Reason (at least 5 characters)").fill("Fee-charging fake job on a fresh account");
    await dialog.getByRole("button", { name: "Yes, apply" }).click();
    await expect(page.getByText(/Thank-you replies queued to 1 reporter/)).toBeVisible();
    expect((await db().jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("TAKEN_DOWN");
    expect((await db().account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("RESTRICTED");

    const staffContext = await browser.newContext({ storageState: authFile("STAFF") });
    const staff = await staffContext.newPage();
    await staff.goto(`/cases/${caseId}`);
    await staff.getByRole("button", { name: "Undo all of it" }).click();
    const undo = staff.getByRole("dialog", { name: "Please confirm" });
    await undo.getByLabel("Reason (at least 5 characters)").fill("The client proved the job is real");
    await undo.getByRole("button", { name: "Yes, apply" }).click();
    await expect(staff.getByText(/Decision undone/)).toBeVisible();
    await staff.screenshot({ path: "e2e/screenshots/account-decisions-undo.png", fullPage: true });
    expect((await db().jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("OPEN");
    expect((await db().account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("ACTIVE");
    expect((await db().case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
    expect(await db().reply.count({ where: { caseId, status: "QUEUED" } })).toBe(0);
    await staffContext.close();
  });
});

test.describe("as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("suspending @harborline_exec from one case settles his other open cases; the queue shows them closed", async ({
    page,
  }) => {
    const account = await db().account.findUniqueOrThrow({ where: { handle: "harborline_exec" } });
    const open = await db().case.findMany({
      where: {
        status: { in: ["OPEN", "IN_REVIEW", "ESCALATED"] },
        OR: [{ accountId: account.id }, { job: { clientId: account.id } }],
      },
      orderBy: { number: "asc" },
    });
    expect(open.length).toBeGreaterThan(1);
    const from = open.find((c) => c.accountId === account.id) ?? open[0]!;
    await openCase(page, from.id);
    const form = page.getByRole("form", { name: "Decision" });
    await form.getByLabel("Action").selectOption({ label: "Suspend the account" });
    await expect(form.getByLabel("Account")).toHaveValue(account.id);
    await reasonField(page).fill("Recruitment scam ring moving applicants to Telegram");
    await form.getByLabel(/Also settle its \d+ other open case/).check();
    await form.getByRole("button", { name: /Apply decision: suspend @harborline_exec/ }).click();
    const dialog = page.getByRole("dialog", { name: "Please confirm" });
    await expect(dialog).toContainText("Suspend @harborline_exec and settle its");
    await dialog.getByRole("button", { name: "Yes, apply" }).click();
    await expect(
      page.getByText(/@harborline_exec suspended\..*Settled \d+ other open cases? of @harborline_exec/),
    ).toBeVisible();
    expect((await db().account.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("SUSPENDED");
    for (const c of open) {
      expect((await db().case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RESOLVED");
    }
    const settled = await db().auditEvent.findMany({
      where: { action: "RESOLVED", caseId: { in: open.map((c) => c.id) } },
    });
    expect(settled.length).toBe(open.length - 1);

    await page.goto("/queue?tab=resolved&q=harborline_exec");
    await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
    const table = page.getByRole("table", { name: /cases$/ });
    for (const c of open) await expect(table.getByRole("row", { name: rowName(`C-${c.number}`) })).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/account-decisions-settled-queue.png", fullPage: true });
  });
});
