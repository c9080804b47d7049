import { readFileSync } from "node:fs";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createThreadCase, db } from "./fixtures/case-factory";
import { authFile, demoUser } from "./support";

/** The demo's product tester job: reported by four freelancers and already taken down. */
async function takenDownJobCase() {
  const kase = await db().case.findFirstOrThrow({
    where: { subjectType: "JOB", job: { status: "TAKEN_DOWN" }, reports: { some: { reporterId: { not: null } } } },
    include: { reports: { orderBy: { createdAt: "asc" }, include: { reporter: true } } },
  });
  return { kase, reporter: kase.reports.find((r) => r.reporter)!.reporter! };
}

function replyPanel(page: Page) {
  return page.getByRole("region", { name: "Reply to someone in this case" });
}

async function openCase(page: Page, caseId: string) {
  await page.goto(`/cases/${caseId}`);
  await expect(replyPanel(page)).toBeVisible();
}

/** The taken-down job's case open on its reply panel, with its first reporter chosen as the recipient. */
async function replyToReporter(page: Page) {
  const { kase, reporter } = await takenDownJobCase();
  await openCase(page, kase.id);
  const panel = replyPanel(page);
  await panel
    .getByLabel("Recipient")
    .selectOption({ label: `@${reporter.handle} · ${reporter.displayName} (reporter)` });
  return { kase, reporter, panel };
}

/** Swaps the browser's session for another role's, as if the cookie were replaced mid-page. */
async function becomeRole(context: BrowserContext, role: "SUPPORT" | "MODERATOR") {
  const state = JSON.parse(readFileSync(authFile(role), "utf8")) as {
    cookies: Parameters<BrowserContext["addCookies"]>[0];
  };
  await context.clearCookies();
  await context.addCookies(state.cookies);
}

test.describe("as a support agent", () => {
  test.use({ storageState: authFile("SUPPORT") });

  test("answers a reporter from a suggested template; the reply is queued and appears on the timeline and in the audit log", async ({
    page,
    browser,
  }) => {
    const { kase, reporter, panel } = await replyToReporter(page);
    const template = panel.getByLabel("Template");
    const suggested = await template.locator("optgroup[label='Suggested for this case'] option").allTextContents();
    expect(suggested).toContain("Thanks for reporting: action taken");
    // Templates written for the reported account are not offered to a reporter.
    expect(await template.locator("option").allTextContents()).not.toContain("Account restricted");
    await template.selectOption({ label: "Thanks for reporting: action taken" });

    // The preview shows every variable filled from the case.
    await expect(panel.getByRole("tab", { name: "Preview" })).toHaveAttribute("aria-selected", "true");
    const preview = panel.getByTestId("reply-preview");
    await expect(preview).toContainText(`Update on your report (C-${kase.number})`);
    await expect(preview).toContainText(`Hi ${reporter.displayName},`);
    await expect(preview).toContainText("The outcome: the job posting was taken down.");
    await expect(preview).toContainText(/Best wishes,\s+Sam\s+Trust & Safety/);
    await expect(preview).not.toContainText("{{");
    await expect(preview).not.toContainText("[[");

    // The agent edits the final text, then checks it again.
    await panel.getByRole("tab", { name: "Edit" }).click();
    const message = panel.getByLabel("Message");
    const ps = `P.S. Thanks again for the detail about the refunds (${Date.now()}).`;
    await message.fill(`${await message.inputValue()}\n\n${ps}`);
    await panel.getByRole("tab", { name: "Preview" }).click();
    await expect(preview).toContainText(ps);

    await panel.getByRole("button", { name: "Send reply" }).click();
    await expect(
      page.getByText(`Reply to @${reporter.handle} queued; the platform delivers it shortly.`),
    ).toBeVisible();

    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline).toContainText("Reply sent by Sam Support");
    await expect(timeline).toContainText(`To @${reporter.handle} (reporter): Update on your report (C-${kase.number})`);
    const sent = panel
      .getByRole("list", { name: "Replies sent from this case" })
      .getByRole("listitem", { name: `Reply to @${reporter.handle}` })
      .first();
    await expect(sent).toContainText("Queued");
    await expect(sent).toContainText("from “Thanks for reporting: action taken”");

    const stored = await db().reply.findFirstOrThrow({
      where: { caseId: kase.id, recipientId: reporter.id },
      orderBy: { createdAt: "desc" },
      include: { sender: true, template: true },
    });
    expect(stored).toMatchObject({
      status: "QUEUED",
      audience: "REPORTER",
      subject: `Update on your report (C-${kase.number})`,
    });
    expect(stored.body.endsWith(ps)).toBe(true);
    expect(stored.sender.email).toBe(demoUser("SUPPORT").email);
    expect(stored.template?.name).toBe("Thanks for reporting: action taken");

    // Staff see it in the audit log.
    const staff = await browser.newContext({ storageState: authFile("STAFF") });
    const audit = await staff.newPage();
    await audit.goto("/audit");
    await expect(
      audit
        .getByRole("row")
        .filter({ hasText: `To @${reporter.handle} (reporter)` })
        .first(),
    ).toContainText("Reply sent");
    await staff.close();
  });

  test("a placeholder left to fill blocks sending until it is edited", async ({ page }) => {
    const { caseId, client } = await createThreadCase({
      messages: [
        { from: "freelancer", text: "Hello! Happy to help with the landing page." },
        { from: "client", text: "Great, add me on WhatsApp +44 7700 900 123 and we talk there" },
      ],
    });
    // A moderator restricted the client in this case; the template fills that in.
    const until = new Date(Date.UTC(2031, 0, 15, 9, 30));
    const moderator = await db().consoleUser.findUniqueOrThrow({ where: { email: demoUser("MODERATOR").email } });
    await db().account.update({
      where: { id: client.id },
      data: { status: "RESTRICTED", restrictedUntil: until, restrictionScopes: ["MESSAGING"] },
    });
    await db().enforcement.create({
      data: {
        kind: "RESTRICTION",
        accountId: client.id,
        caseId,
        scopes: ["MESSAGING"],
        reason: "WhatsApp before a contract",
        endsAt: until,
        actorId: moderator.id,
      },
    });

    await openCase(page, caseId);
    const panel = replyPanel(page);
    await panel.getByLabel("Recipient").selectOption({ label: `@${client.handle} · ${client.displayName} (reported)` });
    await panel.getByLabel("Template").selectOption({ label: "Account restricted" });
    const preview = panel.getByTestId("reply-preview");
    await expect(preview).toContainText("as a result your account was restricted until 15 January 2031 at 09:30 UTC.");
    await expect(preview).toContainText("The restriction lifts by itself on 15 January 2031 at 09:30 UTC.");

    // One gap is the template's own: what happened, in the agent's words.
    const send = panel.getByRole("button", { name: "Send reply" });
    await expect(send).toBeDisabled();
    await expect(preview.locator("mark[data-gap]")).toHaveText(["[[what happened, in one sentence]] (to fill in)"]);
    // Line 3 reads "We reviewed case C-<n> and found that [[what happened, …]]".
    const number = (await db().case.findUniqueOrThrow({ where: { id: caseId } })).number;
    const column = "We reviewed case ".length + `C-${number}`.length + " and found that ".length + 1;
    const issues = panel.getByRole("status").filter({ hasText: "Before sending" });
    await expect(issues).toContainText(
      `Message: Fill in [[what happened, in one sentence]] at line 3, column ${column} before sending.`,
    );
    await send.click({ force: true });
    expect(await db().reply.count({ where: { caseId } })).toBe(0);

    // The gap opens the editor with it selected: typing replaces it.
    await issues.getByRole("button", { name: /\[\[what happened/ }).click();
    await expect(panel.getByLabel("Message")).toBeFocused();
    await page.keyboard.type("the job's client asked to continue on WhatsApp before any contract");
    await expect(panel.getByText("Before sending")).toHaveCount(0);
    await expect(panel.getByText("Ready to send")).toBeVisible();
    await expect(send).toBeEnabled();
    await send.click();
    await expect(page.getByText(`Reply to @${client.handle} queued`)).toBeVisible();

    const stored = await db().reply.findFirstOrThrow({ where: { caseId } });
    expect(stored.body).toContain(
      "found that the job's client asked to continue on WhatsApp before any contract. This is against our terms",
    );
    expect(stored.body).not.toContain("[[");
  });

  test("cannot edit templates: no controls, the pages answer 403 and the server actions refuse", async ({
    page,
    browser,
  }) => {
    // Three sessions and five page loads: more than the default 30 s on a busy machine.
    test.slow();
    await page.goto("/templates");
    await expect(page.getByRole("heading", { name: "Reply templates" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Templates in use" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByText("Only staff and admins can change them.")).toBeVisible();
    await expect(page.getByRole("link", { name: "New template" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Archive|Restore) / })).toHaveCount(0);

    const template = await db().replyTemplate.findFirstOrThrow({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
    });
    for (const path of ["/templates/new", `/templates/${template.id}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
    }

    // A page a staff member opened, whose session becomes a support agent's
    // before the click: the server action checks the role from the database.
    const context = await browser.newContext({ storageState: authFile("STAFF") });
    const staffPage = await context.newPage();
    await staffPage.goto("/templates/new");
    const name = `Sneaky ${Date.now()}`;
    await staffPage.getByLabel("Template name").fill(name);
    await staffPage.getByLabel("Subject", { exact: true }).fill("Hello");
    await becomeRole(context, "SUPPORT");
    await staffPage.getByRole("button", { name: "Create template" }).click();
    await expect(staffPage.getByText("Your role (support) may not do this (needs template:manage).")).toBeVisible();
    expect(await db().replyTemplate.count({ where: { name } })).toBe(0);

    await becomeRole(context, "MODERATOR");
    await staffPage.goto("/templates");
    await expect(staffPage.getByRole("button", { name: /^Archive / })).toHaveCount(0);
    await context.close();

    const staffAgain = await browser.newContext({ storageState: authFile("STAFF") });
    const listPage = await staffAgain.newPage();
    await listPage.goto("/templates");
    await becomeRole(staffAgain, "SUPPORT");
    await listPage.getByRole("button", { name: `Archive ${template.name}` }).click();
    await expect(listPage.getByText("Your role (support) may not do this (needs template:manage).")).toBeVisible();
    expect((await db().replyTemplate.findUniqueOrThrow({ where: { id: template.id } })).archivedAt).toBeNull();
    await staffAgain.close();
  });
});

test.describe("as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("creates a template: an unknown variable is refused with its position; then edits, archives and restores it", async ({
    page,
  }) => {
    await page.goto("/templates");
    await page.getByRole("link", { name: "New template" }).click();
    await expect(page).toHaveURL(/\/templates\/new$/);

    const name = `Payment reminder ${Date.now()}`;
    await page.getByLabel("Template name").fill(name);
    await page.getByRole("radio", { name: /Reported users/ }).check();
    await page.getByRole("checkbox", { name: "Off-platform payment" }).check();
    await page.getByLabel("Subject", { exact: true }).fill("About {{case_reference}}");
    const text = page.getByLabel("Reply text");
    await text.fill("Hello,\n\nHi {{recipent_name}}, payments stay on the platform.\n\n{{agent_name}}");
    await page.getByRole("button", { name: "Create template" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Unknown variable" })).toHaveText(
      "Unknown variable {{recipent_name}} at line 3, column 4. Did you mean {{recipient_name}}?",
    );
    await expect(text).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Some fields need attention.")).toBeVisible();
    expect(await db().replyTemplate.count({ where: { name } })).toBe(0);

    // Fix it with the variable list's Insert button, at the cursor.
    await text.fill("Hello,\n\nHi , payments stay on the platform.\n\n{{agent_name}}");
    await text.focus();
    await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(11, 11));
    await page.getByRole("button", { name: "Insert {{recipient_name}}" }).click();
    await expect(text).toHaveValue("Hello,\n\nHi {{recipient_name}}, payments stay on the platform.\n\n{{agent_name}}");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page.getByText(`Template "${name}" created.`)).toBeVisible();
    await expect(page).toHaveURL(/\/templates$/);
    const card = page.getByRole("listitem", { name });
    await expect(card).toContainText("To reported users");
    await expect(card).toContainText("Off-platform payment");

    const stored = await db().replyTemplate.findUniqueOrThrow({ where: { name } });
    expect(stored).toMatchObject({ audience: "REPORTED", categories: ["OFF_PLATFORM_PAYMENT"], version: 1 });
    expect(
      await db().auditEvent.count({
        where: { action: "TEMPLATE_CREATED", data: { path: ["templateId"], equals: stored.id } },
      }),
    ).toBe(1);

    await card.getByRole("link", { name: `Edit ${name}` }).click();
    await page.getByLabel("Subject", { exact: true }).fill("Payments and your account ({{case_reference}})");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(`Template "${name}" saved.`)).toBeVisible();
    await expect(page.getByRole("listitem", { name })).toContainText("Payments and your account");

    await page.getByRole("button", { name: `Archive ${name}` }).click();
    await expect(page.getByText(`Template "${name}" archived. Agents no longer see it.`)).toBeVisible();
    await expect(page.getByRole("list", { name: "Templates in use" }).getByRole("listitem", { name })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText(`Template "${name}" is back in use.`)).toBeVisible();
    await expect(page.getByRole("list", { name: "Templates in use" }).getByRole("listitem", { name })).toBeVisible();

    const actions = await db().auditEvent.findMany({
      where: { data: { path: ["templateId"], equals: stored.id } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "TEMPLATE_CREATED",
      "TEMPLATE_UPDATED",
      "TEMPLATE_ARCHIVED",
      "TEMPLATE_UPDATED",
    ]);
  });
});

test.describe("screenshots", () => {
  test("the reply panel with a suggested template in preview", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: authFile("SUPPORT"),
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const { panel } = await replyToReporter(page);
    await panel.getByLabel("Template").selectOption({ label: "Thanks for reporting: action taken" });
    await expect(panel.getByTestId("reply-preview")).toContainText("The outcome:");
    await panel.screenshot({ path: "e2e/screenshots/reply-panel.png" });
    await context.close();
  });

  test("the templates page as staff and the template form", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: authFile("STAFF"),
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    await page.goto("/templates");
    await expect(page.getByRole("list", { name: "Templates in use" })).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/templates.png", fullPage: true });
    const first = await db().replyTemplate.findUniqueOrThrow({ where: { name: "Thanks for reporting: action taken" } });
    await page.goto(`/templates/${first.id}/edit`);
    await expect(page.getByLabel("Reply text")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/template-form.png", fullPage: true });
    await context.close();
  });
});
