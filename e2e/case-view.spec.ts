import { expect, test, type Page } from "@playwright/test";
import { createThreadCase, db } from "./fixtures/case-factory";
import { authFile } from "./support";

test.use({ storageState: authFile("MODERATOR") });

/** The thread's rows render on the server; its keys work once it has hydrated (data-ready). */
async function openCase(page: Page, caseId: string) {
  await page.goto(`/cases/${caseId}`);
  await expect(page.locator("section[aria-labelledby=thread-heading][data-ready]")).toBeVisible();
  await expect(page.locator("[data-message-id]").first()).toBeVisible();
}

/** The text inside each highlight, in reading order, with its category and whether it violates. */
async function highlights(page: Page) {
  return page.locator("mark[data-finding-ids]").evaluateAll((marks) =>
    marks.map((m) => ({
      text: m.querySelector("[data-highlight-text]")?.textContent ?? "",
      category: m.getAttribute("data-category"),
      violation: m.getAttribute("data-violation") === "true",
    })),
  );
}

test("highlights exactly the contact details, and mutes them once a contract exists", async ({ page }) => {
  const { caseId } = await createThreadCase({
    messages: [
      { from: "freelancer", text: "Hello, I can start this week." },
      { from: "client", text: "Great. Text me on WhatsApp: +44 7911 123456 so we can talk there." },
      { from: "client", text: "or mail me at jane.doe.hiring@gmail.com" },
      { from: "freelancer", text: "Offer accepted, thanks!" },
      { from: "freelancer", text: "For urgent things my number is +44 7911 654321" },
      { from: "client", text: "Could you invoice me through PayPal instead? Saves the fees." },
    ],
    contractStartsAt: 3,
  });
  await openCase(page, caseId);
  const found = await highlights(page);

  // Before the contract: the number and address themselves, as violations.
  expect(found).toContainEqual({ text: "+44 7911 123456", category: "CONTACT_SHARING", violation: true });
  expect(found).toContainEqual({ text: "jane.doe.hiring@gmail.com", category: "CONTACT_SHARING", violation: true });
  // After it: the same kind of detail is allowed and shown muted, with a text label.
  expect(found).toContainEqual({ text: "+44 7911 654321", category: "CONTACT_SHARING", violation: false });
  const allowed = page.locator('mark[data-violation="false"]').filter({ hasText: "+44 7911 654321" });
  await expect(allowed).toContainText("allowed");
  // Payment outside the platform violates even under a contract.
  expect(found.some((f) => f.category === "OFF_PLATFORM_PAYMENT" && f.violation && f.text.includes("PayPal"))).toBe(
    true,
  );

  const separator = page.getByRole("separator", { name: "Contract started" });
  await expect(separator).toBeVisible();
  // The marker sits between the last pre-contract message and the first one under contract.
  const order = await page
    .locator("[data-message-id], [role=separator]")
    .evaluateAll((els) =>
      els.map((e) =>
        e.getAttribute("role") === "separator"
          ? "CONTRACT"
          : (e.textContent ?? "").includes("Offer accepted")
            ? "ACCEPTED"
            : "msg",
      ),
    );
  expect(order.indexOf("CONTRACT")).toBe(order.indexOf("ACCEPTED") - 1);

  await expect(page.getByRole("region", { name: "Violation summary" })).toContainText("Contact sharing: 2");
});

test("the jump keys move from violation to violation and explain each", async ({ page }) => {
  const { caseId } = await createThreadCase({
    messages: [
      { from: "client", text: "Add me on Telegram @jump_test_handle" },
      { from: "freelancer", text: "I'd rather keep it here, thanks." },
      { from: "client", text: "Then send me your bank login so HR can set up payroll" },
    ],
  });
  await openCase(page, caseId);
  await expect(page.getByText(/^\d+ violations$/)).toBeVisible();

  await page.keyboard.press("]");
  await expect(page.getByText(/^Violation 1 of \d+$/)).toBeVisible();
  const first = page.locator("mark:focus");
  await expect(first).toHaveAttribute("data-violation", "true");
  await expect(page.getByTestId("finding-inspector")).toContainText("Policy:");
  // The explanation says what the learned judge's score meant: the reason for a mention, context for a value.
  await expect(page.getByTestId("finding-inspector")).toContainText(
    /The learned judge reads as|counts whatever the learned judge's score/,
  );

  await page.keyboard.press("]");
  await expect(page.getByText(/^Violation 2 of \d+$/)).toBeVisible();
  await page.keyboard.press("[");
  await expect(page.getByText(/^Violation 1 of \d+$/)).toBeVisible();

  // Going back past the first wraps to the last: the bank-login request.
  await page.keyboard.press("[");
  await expect(page.locator("mark:focus")).toHaveAttribute("data-category", "PERSONAL_DATA_REQUEST");
});

test("shows other accounts that reuse this case's contact values", async ({ page }) => {
  const shared = "+44 7700 900 417";
  const { caseId } = await createThreadCase({ messages: [{ from: "client", text: `WhatsApp me: ${shared}` }] });
  const other = await createThreadCase({
    client: { handle: `ring_member_${Date.now()}` },
    messages: [{ from: "client", text: `For the interview message ${shared} on WhatsApp` }],
  });
  await openCase(page, caseId);
  const linked = page.getByRole("region", { name: /Linked accounts/ });
  await expect(linked.getByRole("listitem", { name: `Linked account @${other.client.handle}` })).toContainText(
    "+447700900417",
  );
});

test("renders hostile content as text: nothing in messages, names, titles or comments executes", async ({ page }) => {
  const payloads = [
    `<script>window.__xss = "script"</script>`,
    `<img src=x onerror="window.__xss='img'">`,
    `<a href="javascript:window.__xss='link'">click me</a>`,
  ];
  const { caseId } = await createThreadCase({
    jobTitle: `<script>window.__xss="title"</script>Data entry`,
    client: { handle: `x_${Date.now()}`, displayName: `<img src=x onerror="window.__xss='name'">Boss` },
    messages: payloads.map((text) => ({ from: "client" as const, text })),
    reportComment: `<svg onload="window.__xss='comment'"></svg>`,
  });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openCase(page, caseId);

  for (const p of payloads) await expect(page.getByText(p, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `<script>window.__xss="title"</script>Data entry`,
  );
  await expect(page.getByText(`<svg onload="window.__xss='comment'"></svg>`, { exact: false })).toBeVisible();
  await expect(page.getByText(`<img src=x onerror="window.__xss='name'">Boss`).first()).toBeVisible();

  // Clicking the would-be link does nothing either: it is not a link.
  await page.getByText(payloads[2]!).click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator("main img, main script, main svg[onload], main a[href^='javascript']").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("a 2,000-message thread stays light and its last violation is one key away", async ({ page }) => {
  const messages = Array.from({ length: 2000 }, (_, i) => ({
    from: (i % 2 ? "freelancer" : "client") as "client" | "freelancer",
    text:
      i === 1990
        ? "Final step: pay the setup fee in USDT to our wallet"
        : `Progress update number ${i + 1} on the spreadsheet.`,
  }));
  const { caseId } = await createThreadCase({ messages });
  await openCase(page, caseId);
  await expect(page.getByRole("heading", { name: /2,000 messages/ })).toBeVisible();
  // Virtualised: only a window of the thread is in the DOM.
  expect(await page.locator("[data-message-id]").count()).toBeLessThan(80);

  await page.keyboard.press("[");
  const focused = page.locator("mark:focus");
  await expect(focused).toHaveAttribute("data-category", "OFF_PLATFORM_PAYMENT");
  await expect(page.locator("article").filter({ has: focused })).toContainText("Final step: pay the setup fee");
});

test("notes are kept with the case and appear on its timeline", async ({ page }) => {
  const { caseId } = await createThreadCase({ messages: [{ from: "client", text: "Skype me: live:.cid.abc123def" }] });
  await openCase(page, caseId);
  const note = `Checked the client's other jobs ${Date.now()} <b>not bold</b>`;
  await page.getByLabel("New note (only the console team sees it)").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Internal notes/ })).toContainText(note);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Note added");
  const stored = await db().caseNote.findFirst({ where: { caseId } });
  expect(stored?.body).toBe(note);
});

test("screenshot of a demo case", async ({ page }) => {
  const kase = await db().case.findFirstOrThrow({ where: { subjectType: "JOB" }, orderBy: { priority: "desc" } });
  await openCase(page, kase.id);
  await page.keyboard.press("]");
  await page.screenshot({ path: "e2e/screenshots/case-view.png", fullPage: true });
});
