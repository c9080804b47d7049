import { expect, test, type Page } from "@playwright/test";
import { createThreadCase, db, SCAM } from "./fixtures/case-factory";
import { authFile, openCase, restrictFromCase } from "./support";

async function decide(page: Page, action: string, reason: string) {
  const form = page.getByRole("form", { name: "Decision" });
  await form.getByLabel("Action").selectOption({ label: action });
  await form.getByLabel("Reason (kept in the audit trail)").fill(reason);
  await form.getByRole("button", { name: "Apply decision" }).click();
}

test.describe("as a moderator", () => {
  test.use({ storageState: authFile("MODERATOR") });

  test("takes a scam job down after confirming, and the audit log records it", async ({ page }) => {
    const { caseId, job } = await createThreadCase({ messages: SCAM });
    await openCase(page, caseId);
    await decide(page, "Take the job down", "Scam job moving applicants to Telegram and paying in crypto");
    const dialog = page.getByRole("dialog", { name: "Please confirm" });
    await expect(dialog).toContainText("Take this job posting down?");
    await dialog.getByRole("button", { name: "Yes, apply" }).click();
    await expect(page.getByText(`Job “${job.title}” taken down.`)).toBeVisible();
    await expect(page.getByTestId("job-card")).toContainText("Taken down");
    expect((await db().jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("TAKEN_DOWN");

    await page.goto("/audit?action=JOB_TAKEN_DOWN");
    await expect(page.getByRole("table", { name: "Audit events" })).toContainText(
      "Scam job moving applicants to Telegram",
    );
  });

  test("restricts an account for three days; the card shows until when", async ({ page }) => {
    const { caseId, client } = await createThreadCase({ messages: SCAM });
    await openCase(page, caseId);
    await restrictFromCase(page, client.handle, 3, "Shared a Telegram handle before any contract");
    await expect(page.getByText(`@${client.handle} restricted (messaging) for 3 days.`)).toBeVisible();
    await expect(page.getByRole("listitem", { name: `Account @${client.handle}` })).toContainText("Restricted until");
    const stored = await db().account.findUniqueOrThrow({ where: { id: client.id } });
    expect(stored.status).toBe("RESTRICTED");
  });

  test("a decision on a case that changed meanwhile is refused and explained", async ({ page, browser }) => {
    const { caseId } = await createThreadCase({ messages: SCAM });
    await openCase(page, caseId);
    const other = await browser.newContext({ storageState: authFile("STAFF") });
    const staffPage = await other.newPage();
    await openCase(staffPage, caseId);
    await decide(staffPage, "Dismiss: no violation", "Checked with the client, it is a real agency");
    await expect(staffPage.getByText("Case dismissed: no violation.")).toBeVisible();
    await other.close();

    await decide(page, "Warn the account (adds a strike)", "Shared a handle before the contract");
    await expect(page.getByText(/This case changed since you opened it — Sofia Staff: dismissed/)).toBeVisible();
    expect(await db().auditEvent.count({ where: { caseId, action: { in: ["DISMISSED", "WARNED"] } } })).toBe(1);
  });
});

test("a moderator escalates; staff then suspends and later reverses it", async ({ browser }) => {
  const { caseId, client } = await createThreadCase({ messages: SCAM });
  const modContext = await browser.newContext({ storageState: authFile("MODERATOR") });
  const mod = await modContext.newPage();
  await openCase(mod, caseId);
  await decide(mod, "Escalate to staff", "Payment in crypto plus a fresh account: needs suspension");
  await expect(mod.getByText("Escalated to staff: the case is in their queue.")).toBeVisible();
  await expect(mod.getByText(/Nothing to decide here with your role/)).toBeVisible();
  await modContext.close();

  const staffContext = await browser.newContext({ storageState: authFile("STAFF") });
  const staff = await staffContext.newPage();
  await openCase(staff, caseId);
  await expect(staff.getByText("Escalated: Payment in crypto plus a fresh account")).toBeVisible();
  const form = staff.getByRole("form", { name: "Decision" });
  await form.getByLabel("Action").selectOption({ label: "Suspend the account" });
  await form.getByLabel("Account").selectOption({ label: `@${client.handle} (active)` });
  await form.getByLabel("Reason (kept in the audit trail)").fill("Crypto payment scam on a new account");
  await form.getByRole("button", { name: "Apply decision" }).click();
  await staff.getByRole("dialog", { name: "Please confirm" }).getByRole("button", { name: "Yes, apply" }).click();
  await expect(staff.getByText(`@${client.handle} suspended.`)).toBeVisible();
  await expect(staff.getByRole("listitem", { name: `Account @${client.handle}` })).toContainText("Suspended");

  // Reversal: reinstate, with a reason of its own.
  await staff
    .getByRole("listitem", { name: `Suspension on @${client.handle}` })
    .getByRole("button", { name: "Reinstate account" })
    .click();
  const dialog = staff.getByRole("dialog", { name: "Please confirm" });
  await dialog.getByLabel("Reason (at least 5 characters)").fill("Identity verified by the payments team");
  await dialog.getByRole("button", { name: "Yes, apply" }).click();
  await expect(staff.getByText(`@${client.handle} reinstated.`)).toBeVisible();
  expect((await db().account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("ACTIVE");
  const actions = (await db().auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } })).map((e) => e.action);
  expect(actions).toEqual(expect.arrayContaining(["ESCALATED", "ACCOUNT_SUSPENDED", "ACCOUNT_REINSTATED"]));
  await staffContext.close();
});

test.describe("support agents", () => {
  test.use({ storageState: authFile("SUPPORT") });
  test("can read a case but are offered no enforcement", async ({ page }) => {
    const { caseId } = await createThreadCase({ messages: SCAM });
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByRole("heading", { name: "Decide" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Decision" })).toHaveCount(0);
    await expect(page.getByText(/your role only reads and replies/)).toBeVisible();
  });

  test("cannot export the audit log", async ({ request }) => {
    const response = await request.get("/api/audit/export");
    expect(response.status()).toBe(403);
  });
});

test.describe("audit export", () => {
  test.use({ storageState: authFile("STAFF") });
  test("downloads the filtered log as CSV", async ({ request }) => {
    const response = await request.get("/api/audit/export?action=CASE_OPENED");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text()).trim().split("\n");
    // Staff read no console users' e-mails: the column is for admins (lib/audit/visibility.ts).
    expect(lines[0]).toBe("id,createdAt,actor,action,caseNumber,subjectType,subjectId,reason,data");
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.slice(1).every((l) => l.includes("CASE_OPENED"))).toBe(true);
  });
});
