import { expect, test } from "@playwright/test";
import { authFile } from "./support";

test.use({ storageState: authFile("ADMIN") });

test("an admin creates a token (shown once) that works against the API until it is revoked", async ({
  page,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const name = `Marketplace e2e ${stamp}`;
  await page.goto("/admin/tokens");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New API token");
  await expect(shown).toHaveValue(/^tsc_[A-Za-z0-9_-]{43}$/);
  const token = await shown.inputValue();
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 12));
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");

  // Shown once: after a reload only the prefix remains.
  await page.reload();
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  // The platform files a report and follows its case with the token.
  const headers = { Authorization: `Bearer ${token}` };
  const report = await request.post("/api/v1/reports", {
    headers,
    data: {
      id: `e2e-report-${stamp}`,
      reason: "SCAM_JOB",
      comment: "Asks for a registration fee",
      subject: { type: "JOB", id: `e2e-job-${stamp}` },
      accounts: [
        {
          id: `e2e-client-${stamp}`,
          handle: `e2e_client_${stamp}`,
          displayName: "E2E Client",
          kind: "CLIENT",
          joinedAt: "2026-11-01T00:00:00Z",
        },
      ],
      jobs: [
        {
          id: `e2e-job-${stamp}`,
          clientId: `e2e-client-${stamp}`,
          title: "Data entry, $40/h",
          description: "Pay the fee to start.",
          postedAt: "2026-11-20T00:00:00Z",
        },
      ],
    },
  });
  expect(report.status()).toBe(201);
  const { caseId } = await report.json();
  const kase = await request.get(`/api/v1/cases/${caseId}`, { headers });
  expect(kase.status()).toBe(200);
  expect(await kase.json()).toMatchObject({
    id: caseId,
    status: "OPEN",
    subject: { type: "JOB", id: `e2e-job-${stamp}` },
    decisions: [],
  });

  // A second token that stays active, so the list shows both states.
  await form.getByLabel("Name").fill("Marketplace production");
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("New API token")).toBeVisible();
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: "e2e/screenshots/api-tokens-new.png", fullPage: true });
  await page.getByRole("button", { name: "I have stored it — hide the token" }).click();
  await expect(page.getByLabel("New API token")).toHaveCount(0);

  // Revoke, with confirmation.
  await page.reload();
  await expect(row).not.toContainText("Never");
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke “${name}”?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText(`“${name}” is revoked; calls using it are refused from now on.`)).toBeVisible();
  await expect(row).toContainText("Revoked");
  await expect(page.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

  const refused = await request.get(`/api/v1/cases/${caseId}`, { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect((await refused.json()).detail).toContain("revoked");

  await page.mouse.move(0, 0);
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: "e2e/screenshots/api-tokens.png", fullPage: true });
});

test("the form explains a missing name before sending it", async ({ page }) => {
  await page.goto("/admin/tokens");
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Name the token after who uses it")).toBeVisible();
});
