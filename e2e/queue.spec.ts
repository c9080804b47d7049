import { expect, test, type Page } from "@playwright/test";
import { db } from "./fixtures/case-factory";
import { closeCases, createCases, rowName, uniqueTitle, type E2ECase, specCases } from "./queue-data";
import { authFile, twoModerators } from "./support";

const casesFor = specCases();

/** Opens the queue and waits until it answers the keyboard. */
async function openQueue(page: Page, query = "") {
  await page.goto(`/queue${query}`);
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
}

function queueTable(page: Page) {
  return page.getByRole("table", { name: /cases$/ });
}

function row(page: Page, ref: string) {
  return queueTable(page).getByRole("row", { name: rowName(ref) });
}

test.describe("two moderators on one queue", () => {
  test("when one claims a case, the other sees it taken within about 2 s and cannot act on it", async ({ browser }) => {
    const { title, cases } = await casesFor("collision", 2);
    const [kase] = cases as [E2ECase];
    const { mayaContext, omarContext, close } = await twoModerators(browser);
    const maya = await mayaContext.newPage();
    const omar = await omarContext.newPage();
    const q = encodeURIComponent(title);
    await openQueue(maya, `?q=${q}`);
    await openQueue(omar, `?tab=open&q=${q}`);
    await expect(row(omar, kase.ref)).toContainText("Nobody");

    await row(maya, kase.ref)
      .getByRole("button", { name: `Claim ${kase.ref}` })
      .click();
    await expect(maya.getByText(`You now hold ${kase.ref}.`)).toBeVisible();
    const claimedAt = Date.now();

    // Omar does nothing: his open queue refreshes by itself.
    await expect(row(omar, kase.ref)).toContainText("Held by Maya Moderator", { timeout: 3_000 });
    expect(Date.now() - claimedAt).toBeLessThan(3_000);
    await expect(row(omar, kase.ref).getByRole("button", { name: `Claim ${kase.ref}` })).toHaveCount(0);

    // The keyboard is refused with the holder's name...
    await row(omar, kase.ref).click();
    await omar.keyboard.press("c");
    await expect(
      omar.getByText(`${kase.ref} is held by Maya Moderator. Pick another case, or ask staff to reassign it.`),
    ).toBeVisible();
    // ...and so is the server, whatever the page shows.
    const response = await omar.request.post(`/api/cases/${kase.id}/claim`);
    expect(response.status()).toBe(409);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect((await response.json()).detail).toBe(
      `${kase.ref} is held by Maya Moderator. Pick another case, or ask staff to reassign it.`,
    );
    expect((await response.json()).code).toBe("HELD_BY_OTHER");
    const release = await omar.request.delete(`/api/cases/${kase.id}/claim`);
    expect(release.status()).toBe(409);

    // On Omar's Unassigned tab the case is simply gone.
    await omar.getByRole("tab", { name: /Unassigned/ }).click();
    await expect(row(omar, cases[1]!.ref)).toBeVisible();
    await expect(row(omar, kase.ref)).toHaveCount(0);

    // Maya lets go; within the refresh Omar can take it.
    await row(maya, kase.ref)
      .getByRole("button", { name: `Release ${kase.ref}` })
      .click();
    await expect(maya.getByText(`${kase.ref} is back in the queue.`)).toBeVisible();
    await row(omar, kase.ref)
      .getByRole("button", { name: `Claim ${kase.ref}` })
      .click({ timeout: 3_000 });
    await expect(omar.getByText(`You now hold ${kase.ref}.`)).toBeVisible();

    await close();
  });

  test("a claim that loses the race is rolled back and says who won", async ({ browser }) => {
    const { title, cases } = await casesFor("race", 1);
    const [kase] = cases as [E2ECase];
    const { mayaContext, omarContext, close } = await twoModerators(browser);
    const omar = await omarContext.newPage();
    // Omar's screen is stale: his queue keeps answering what it first saw.
    let frozen: string | null = null;
    await omar.route("**/api/queue?*", async (route) => {
      if (!frozen) frozen = await (await route.fetch()).text();
      await route.fulfill({ body: frozen, contentType: "application/json" });
    });
    await openQueue(omar, `?q=${encodeURIComponent(title)}`);
    await expect(row(omar, kase.ref)).toContainText("Nobody");
    await expect.poll(() => frozen !== null).toBe(true);

    const won = await mayaContext.request.post(`/api/cases/${kase.id}/claim`);
    expect(won.status()).toBe(200);

    await row(omar, kase.ref)
      .getByRole("button", { name: `Claim ${kase.ref}` })
      .click();
    await expect(
      omar.getByText(`${kase.ref} is held by Maya Moderator. Pick another case, or ask staff to reassign it.`),
    ).toBeVisible();
    // The optimistic "You" is rolled back.
    await expect(row(omar, kase.ref)).not.toContainText("You");
    await expect(row(omar, kase.ref)).toContainText("Nobody");

    await close();
  });
});

test.describe("as a moderator", () => {
  test.use({ storageState: authFile("MODERATOR") });

  test("triages with the keyboard: j/k, p, ?, c, r, x, Enter and n", async ({ page }) => {
    // Eleven steps, each waiting on the server: a long journey, not a slow one.
    test.slow();
    const { title, cases } = await casesFor("keys", 3);
    await openQueue(page, `?q=${encodeURIComponent(title)}`);
    const focused = queueTable(page).locator("tr[data-focused]");
    await expect(focused).toContainText(cases[0]!.ref);

    await page.keyboard.press("j");
    await expect(focused).toContainText(cases[1]!.ref);
    await expect(focused).toBeFocused();
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await expect(focused).toContainText(cases[1]!.ref);

    await page.keyboard.press("p");
    await expect(page.getByRole("group", { name: `Why ${cases[1]!.ref} has priority 1` })).toContainText(
      "People reporting",
    );
    await page.keyboard.press("Escape");
    await expect(page.getByRole("group", { name: /Why/ })).toHaveCount(0);

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("Claim the most urgent case nobody holds");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    await page.keyboard.press("c");
    await expect(page.getByText(`You now hold ${cases[1]!.ref}.`)).toBeVisible();
    await expect(row(page, cases[1]!.ref)).toContainText("You");
    await page.keyboard.press("r");
    await expect(page.getByText(`${cases[1]!.ref} is back in the queue.`)).toBeVisible();

    await page.keyboard.press("x");
    await expect(page.getByRole("checkbox", { name: `Select ${cases[1]!.ref}` })).toBeChecked();
    await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("1 selected");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("region", { name: "Bulk actions" })).toHaveCount(0);

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/cases/${cases[1]!.id}$`));

    // n: the most urgent case nobody holds, claimed and opened.
    await openQueue(page);
    await page.keyboard.press("n");
    await expect(
      page.getByText(/^You now hold C-\d+(, the most urgent case nobody held|\. Skipped .+)\.$/),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/cases\/[^/]+$/);
    const caseId = page.url().split("/").pop()!;
    const mine = await (await page.request.get("/api/queue?tab=mine")).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(caseId);
    // Give the demo case back for the other specs.
    expect((await page.request.delete(`/api/cases/${caseId}/claim`)).status()).toBe(200);
  });

  test("dismisses several cases at once, with a reason, and finds them under Resolved", async ({ page }) => {
    const { title, cases } = await casesFor("bulk", 3);
    await page.goto(`/queue?q=${encodeURIComponent(title)}`);
    await page.getByRole("checkbox", { name: `Select ${cases[0]!.ref}` }).check();
    await page.getByRole("checkbox", { name: `Select ${cases[2]!.ref}` }).check();
    await page.getByRole("button", { name: /Dismiss/ }).click();
    const dialog = page.getByRole("dialog", { name: "Dismiss 2 cases" });
    await dialog.getByRole("button", { name: "Dismiss 2 cases" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Say in a few words why these cases need no action.");
    await dialog.getByLabel("Reason").fill("Genuine job; the reporters misread the rate.");
    await dialog.getByRole("button", { name: "Dismiss 2 cases" }).click();
    await expect(page.getByText("Dismissed 2 cases.")).toBeVisible();
    await expect(row(page, cases[0]!.ref)).toHaveCount(0);
    await expect(row(page, cases[1]!.ref)).toBeVisible();

    await page.getByRole("tab", { name: /Resolved/ }).click();
    await expect(row(page, cases[0]!.ref)).toContainText("Dismissed");
    await expect(row(page, cases[2]!.ref)).toContainText("Dismissed");
  });

  test("the console's routes refuse what is not JSON, too large or invalid, as problem+json", async ({ page }) => {
    const { cases } = await casesFor("route-definer", 1);
    const refs = [{ caseId: cases[0]!.id, version: 1 }];
    const form = await page.request.post("/api/queue/bulk", {
      headers: { "Content-Type": "text/plain" },
      data: "action=dismiss",
    });
    expect(form.status()).toBe(415);
    expect(form.headers()["content-type"]).toContain("application/problem+json");
    // A bodiless route refuses a form's content type as well (a cross-site form post).
    const claimByForm = await page.request.post(`/api/cases/${cases[0]!.id}/claim`, {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data: "a=1",
    });
    expect(claimByForm.status()).toBe(415);
    const huge = await page.request.post("/api/queue/bulk", {
      data: { action: "dismiss", cases: refs, reason: "x".repeat(2 * 1024 * 1024) },
    });
    expect(huge.status()).toBe(413);
    const invalid = await page.request.post("/api/queue/bulk", {
      data: { action: "dismiss", cases: refs, reason: "no" },
    });
    expect(invalid.status()).toBe(422);
    expect(await invalid.json()).toMatchObject({
      code: "INVALID",
      errors: [{ field: "reason", pointer: "/reason", detail: expect.any(String) }],
    });
  });

  test("searches by a phone number however it is written, and keeps the search in the URL", async ({ page }) => {
    await page.goto("/queue?tab=open");
    await page.getByRole("searchbox", { name: "Search" }).fill("+1 (415) 555-0142");
    await expect(page).toHaveURL(/q=%2B1/);
    await expect(queueTable(page)).toContainText("@gloria_mgmt");
    await expect(queueTable(page)).not.toContainText("@nimbus_studio");
    await page.keyboard.press("Escape");
    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("+1 (415) 555-0142");
  });
});

test.describe("as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("assigns a case to a moderator over the keyboard", async ({ page }) => {
    const { title, cases } = await casesFor("assign", 2);
    await openQueue(page, `?tab=open&q=${encodeURIComponent(title)}`);
    await row(page, cases[1]!.ref).click();
    await page.keyboard.press("a");
    const dialog = page.getByRole("dialog", { name: "Assign 1 case" });
    await dialog.getByLabel("Assign to").selectOption({ label: "Omar Moderator (moderator)" });
    await dialog.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByText("Assigned 1 case.")).toBeVisible();
    await expect(row(page, cases[1]!.ref)).toContainText("Held by Omar Moderator");
  });
});

test.describe("as a support agent", () => {
  test.use({ storageState: authFile("SUPPORT") });

  test("reads the queue but cannot claim", async ({ page }) => {
    const { title, cases } = await casesFor("support", 1);
    await page.goto(`/queue?q=${encodeURIComponent(title)}`);
    await expect(row(page, cases[0]!.ref)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Claim/ })).toHaveCount(0);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    const response = await page.request.post(`/api/cases/${cases[0]!.id}/claim`);
    expect(response.status()).toBe(403);
    expect((await response.json()).detail).toContain("needs case:claim");
  });
});

test.describe("what the queue's chips and the case page's counts mean", () => {
  test.use({ storageState: authFile("MODERATOR") });

  // The demo's C-22 and C-28: a person reported off-platform contact; on C-28 the detector found payment
  // requests instead. The chips are what the reports named, the case page counts what was detected and marks
  // the reported categories with the same words.
  for (const message of ["demo:th-product-tester-chris:1", "demo:th-moderator-chris:1"]) {
    test(`the queue's "Reported as" chips are the categories the case page marks reported (${message})`, async ({
      page,
    }) => {
      const kase = await db().case.findFirstOrThrow({
        where: { message: { externalId: message } },
        include: { message: { include: { author: true } } },
      });
      // What the reports named (a person reported off-platform contact) and what the detector stored.
      expect(kase.categories).toEqual(["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"]);
      const findings = await db().finding.findMany({
        where: { violation: true, message: { threadId: kase.message!.threadId } },
      });
      // The case page counts the conversation and its job's posting.
      const thread = await db().thread.findUniqueOrThrow({ where: { id: kase.message!.threadId } });
      const jobFindings = thread.jobId
        ? await db().jobFinding.findMany({ where: { violation: true, jobId: thread.jobId } })
        : [];
      const detected = (c: string) => [...findings, ...jobFindings].filter((f) => f.category === c).length;
      expect(findings.length).toBeGreaterThan(0);

      const ref = `C-${kase.number}`;
      await page.goto(`/queue?tab=open&q=${kase.message!.author.handle}`);
      await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
      const table = page.getByRole("table", { name: /cases$/ });
      await expect(table.getByRole("columnheader", { name: "Reported as" })).toBeVisible();
      const row = table.getByRole("row", { name: rowName(ref) });
      await expect(row).toContainText("Contact sharing");
      await expect(row).toContainText("Off-platform talk");

      await page.goto(`/cases/${kase.id}`);
      const summary = page.getByRole("region", { name: "Violation summary" });
      await expect(summary).toContainText("Violations detected in this conversation and job posting");
      for (const category of [
        "CONTACT_SHARING",
        "OFF_PLATFORM_COMMUNICATION",
        "OFF_PLATFORM_PAYMENT",
        "PERSONAL_DATA_REQUEST",
      ]) {
        const chip = summary.locator(`[data-category=${category}]`);
        await expect(chip).toContainText(`: ${detected(category)} detected`);
        if (kase.categories.includes(category as never)) await expect(chip).toContainText("reported");
        else await expect(chip).not.toContainText("reported");
      }
      const unconfirmed = kase.categories.some((c) => detected(c) === 0);
      await expect(summary.getByTestId("reported-not-detected")).toHaveCount(unconfirmed ? 1 : 0);
      await page.screenshot({ path: `e2e/screenshots/chips-vs-counts-${ref}.png`, fullPage: true });
    });
  }
});

test.describe("claim-next and cases whose account is already suspended", () => {
  test.use({ storageState: authFile("MODERATOR") });
  let cases: E2ECase[] = [];
  test.afterEach(async () => closeCases(cases));

  test("claim-next says it skipped them, and their rows say why they sink", async ({ page }) => {
    const title = uniqueTitle("suspended poster");
    cases = await createCases(title, 2, 10_000);
    const job = await db().jobPosting.findFirstOrThrow({ where: { cases: { some: { id: cases[0]!.id } } } });
    await db().account.update({ where: { id: job.clientId }, data: { status: "SUSPENDED" } });

    await page.goto(`/queue?q=${encodeURIComponent(title)}`);
    await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
    const table = page.getByRole("table", { name: /cases$/ });
    for (const c of cases)
      await expect(table.getByRole("row", { name: rowName(c.ref) }).getByTestId("enforced-subject")).toHaveText(
        "Sinks, and claim-next skips it: its account is already suspended",
      );

    await page.getByRole("button", { name: /Claim next/ }).click();
    await expect(
      page.getByText(
        /^You now hold C-\d+\. Skipped \d+ cases whose account is already suspended.* \(they only need closing\)\.$/,
      ),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/cases\/[^/]+$/);
    const caseId = page.url().split("/").pop()!;
    expect(cases.map((c) => c.id)).not.toContain(caseId);
    expect((await page.request.delete(`/api/cases/${caseId}/claim`)).status()).toBe(200);
  });
});
