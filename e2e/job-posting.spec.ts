import { expect, test } from "@playwright/test";
import { createApiToken, db } from "./fixtures/case-factory";
import { authFile } from "./support";

test.use({ storageState: authFile("MODERATOR") });

/** The case the detector opened on the demo scam job posting (no user reported it). */
async function scamJobCase() {
  const kase = await db().case.findFirstOrThrow({
    where: { job: { externalId: "demo:job-remote-onboarding" } },
    select: { id: true, number: true },
  });
  return kase;
}

test("a job case shows the posting with its findings highlighted and explained, reachable by keyboard", async ({
  page,
}) => {
  const kase = await scamJobCase();
  await page.goto(`/cases/${kase.id}`);
  const panel = page.getByRole("region", { name: "Job posting" });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("job-title")).toContainText("Remote onboarding assistant");
  await expect(panel.getByTestId("job-description")).toContainText("write to our HR coordinator on Telegram");

  // The contact values and the fee are highlighted inside the description, each with its category.
  const marks = panel.locator("mark[data-finding-ids]");
  const found = await marks.evaluateAll((els) =>
    els.map((m) => ({
      text: m.querySelector("[data-highlight-text]")?.textContent ?? "",
      category: m.getAttribute("data-category"),
      violation: m.getAttribute("data-violation") === "true",
    })),
  );
  expect(found).toContainEqual({ text: "@corvid_hr_desk", category: "CONTACT_SHARING", violation: true });
  expect(found).toContainEqual({ text: "+44 7700 900321", category: "CONTACT_SHARING", violation: true });
  expect(found.some((f) => f.category === "OFF_PLATFORM_PAYMENT" && f.violation && /fee/i.test(f.text))).toBe(true);
  // Colour is not the only signal: each highlight carries a text tag and an accessible name.
  await expect(marks.filter({ hasText: "@corvid_hr_desk" })).toHaveAttribute(
    "aria-label",
    /Violation, Contact sharing/,
  );

  // The violation summary counts the posting's findings.
  const summary = page.getByRole("region", { name: "Violation summary" });
  await expect(summary).toContainText(/Contact sharing: [1-9]/);
  await expect(summary).toContainText(/Off-platform payment: [1-9]/);
  await expect(summary).toContainText("in the job posting");

  // Keyboard: Tab from the title reaches the first highlight, and the inspector explains it.
  await panel.getByTestId("job-title").click();
  await page.keyboard.press("Tab");
  const first = marks.first();
  await expect(first).toBeFocused();
  const inspector = panel.getByTestId("finding-inspector");
  await expect(inspector).toContainText("Policy:");
  await expect(inspector).toContainText(/violation/);
  // Tab on to the Telegram handle: the inspector follows the focus.
  for (let i = 0; i < 5; i++) {
    if (await marks.filter({ hasText: "@corvid_hr_desk" }).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(marks.filter({ hasText: "@corvid_hr_desk" })).toBeFocused();
  await expect(inspector).toContainText("Telegram");
  await expect(inspector).toContainText("contact.messaging-handle");

  await page.screenshot({ path: "e2e/screenshots/job-posting-case.png", fullPage: true });
});

test("a thread case whose thread belongs to a job shows the job posting too", async ({ page }) => {
  const kase = await db().case.findFirstOrThrow({
    where: { subjectType: "THREAD", thread: { job: { externalId: "demo:job-audio-transcription" } } },
    select: { id: true },
  });
  await page.goto(`/cases/${kase.id}`);
  const panel = page.getByRole("region", { name: "Job posting" });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("job-title")).toContainText("Audio transcription");
  await expect(panel).toContainText("no violation found");
  await expect(page.locator("[data-message-id]").first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/job-posting-thread-case.png", fullPage: true });
});

test("a report keeps the job text the reporter saw: the case page marks that the platform changed it since", async ({
  page,
  request,
}) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const headers = { Authorization: `Bearer ${await createApiToken(`snapshot ${stamp}`)}` };
  const client = {
    id: `snap-client-${stamp}`,
    handle: `snap_client_${stamp}`,
    displayName: "Snapshot Client",
    kind: "CLIENT",
    joinedAt: "2026-11-01T00:00:00Z",
  };
  const freelancer = { ...client, id: `snap-fl-${stamp}`, handle: `snap_fl_${stamp}`, kind: "FREELANCER" };
  const job = {
    id: `snap-job-${stamp}`,
    clientId: client.id,
    title: "Product photos for a shop",
    description: "Send three sample photos before the first shoot.",
    postedAt: "2026-11-20T00:00:00Z",
  };
  const report = await request.post("/api/v1/reports", {
    headers,
    data: {
      id: `snap-report-${stamp}`,
      reason: "SCAM_JOB",
      subject: { type: "JOB", id: job.id },
      accounts: [client],
      jobs: [job],
    },
  });
  expect(report.status()).toBe(201);
  const { caseId } = await report.json();

  // The platform rewrites the description after the report.
  const edit = await request.post("/api/v1/messages", {
    headers,
    data: {
      accounts: [client, freelancer],
      jobs: [{ ...job, description: "Twenty product photos, paid through the platform." }],
      threads: [{ id: `snap-thread-${stamp}`, kind: "JOB_MESSAGES", jobId: job.id, freelancerId: freelancer.id }],
      messages: [
        {
          id: `snap-m-${stamp}`,
          threadId: `snap-thread-${stamp}`,
          authorId: client.id,
          body: "Hi",
          sentAt: "2026-11-21T00:00:00Z",
        },
      ],
    },
  });
  expect(edit.status()).toBe(201);

  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole("region", { name: "Job posting" }).getByTestId("job-description")).toContainText(
    "paid through the platform",
  );
  const reports = page.getByRole("region", { name: /Reports/ });
  await expect(reports.getByText("Changed since this report: description")).toBeVisible();
  await reports.getByText("Show the text the reporter saw").click();
  await expect(reports.getByText("Send three sample photos before the first shoot.")).toBeVisible();
  await expect(reports.getByText("Description (changed since)")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/report-snapshot.png", fullPage: true });
});
