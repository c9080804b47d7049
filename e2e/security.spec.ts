import { expect, test } from "@playwright/test";
import { createConsoleUser, createThreadCase, db } from "./fixtures/case-factory";
import { authFile, demoUser, expectSignedInAs, signIn } from "./support";

test.use({ storageState: authFile("MODERATOR") });

test("a form auto-submitted from a sibling origin changes nothing, though the cookie goes along", async ({
  page,
  baseURL,
}) => {
  const { caseId } = await createThreadCase({
    jobTitle: `csrf-${Date.now()}`,
    messages: [{ from: "client", text: "Write to me at someone@example.org before we start." }],
  });
  const kase = await db().case.findUniqueOrThrow({ where: { id: caseId } });
  // Another port of the same site: SameSite=Lax cookies would travel with this form.
  const sibling = `http://localhost:${new URL(baseURL!).port === "9999" ? "9998" : "9999"}/prize`;
  await page.route(sibling, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="POST" action="${baseURL}/api/queue/bulk" enctype="text/plain">
        <input name='{"action":"dismiss","reason":"x","requestId":"00000000-0000-4000-8000-000000000001","cases":[{"caseId":"${kase.id}","expectedVersion":${kase.version}}],"pad":"' value='"}'>
      </form><script>document.forms[0].submit()</script>`,
    }),
  );
  const answer = page.waitForResponse(`${baseURL}/api/queue/bulk`);
  await page.goto(sibling);
  const response = await answer;
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ code: "CROSS_ORIGIN" });
  const after = await db().case.findUniqueOrThrow({ where: { id: kase.id } });
  expect(after.status).toBe(kase.status);
  expect(after.version).toBe(kase.version);
});

test("an admin signs a user out everywhere: their open session is out at its next request", async ({ browser }) => {
  const user = await createConsoleUser("MODERATOR", "a-good-long-password");
  // Signed out: test.use gives every context of this file the moderator's session otherwise.
  const userContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await userContext.newPage();
  await signIn(userPage, user.email, "a-good-long-password");
  await expectSignedInAs(userPage, "Moderator");

  const adminContext = await browser.newContext({ storageState: authFile("ADMIN") });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  await admin.getByRole("button", { name: `Sign ${user.name} out everywhere` }).click();
  await expect(admin.getByText(`${user.name} is signed out on every device.`)).toBeVisible();

  await userPage.goto("/queue");
  await expect(userPage).toHaveURL(/\/signin$/);
  await adminContext.close();
  await userContext.close();
});

test("direction overrides and invisible characters in a message are shown, not obeyed", async ({ page }) => {
  const { caseId } = await createThreadCase({
    jobTitle: `bidi-${Date.now()}`,
    messages: [{ from: "client", text: "Here is the brief: invoice_\u202Egpj.exe and a\u200Bhidden space." }],
  });
  await page.goto(`/cases/${caseId}`);
  const message = page.getByText(/invoice_/);
  await expect(message).toContainText("invoice_U+202Egpj.exe");
  await expect(message).toContainText("aU+200Bhidden");
  await expect(page.getByTitle("Hidden character U+202E: right-to-left override")).toBeVisible();
});

test("direction overrides and invisible characters in names, titles and report comments are shown, not obeyed", async ({
  page,
}) => {
  const t = Date.now().toString(36);
  const { caseId, client } = await createThreadCase({
    jobTitle: `Logo \u202Egpj.exe ${t}`,
    client: { handle: `eve\u202Etcatnoc_${t}`, displayName: `Eve\u200Bthe client` },
    messages: [{ from: "client", text: "Hello there." }],
    reportComment: `see \u202Eattached ${t}`,
  });
  await page.goto(`/cases/${caseId}`);
  const job = page.getByTestId("job-card");
  await expect(job).toContainText(`Logo U+202Egpj.exe ${t}`);
  // Isolated: the override cannot reach the console's own text after it.
  await expect(job.locator("bdi").first()).toBeAttached();
  await expect(page.getByText(`“see U+202Eattached ${t}”`)).toBeVisible();
  await expect(page.getByText("EveU+200Bthe client").first()).toBeVisible();
  await expect(page.getByRole("link", { name: `@eveU+202Etcatnoc_${t}` }).first()).toBeVisible();

  await page.goto(`/accounts/${client.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`@eveU+202Etcatnoc_${t}`);
  await expect(page.getByTitle("Hidden character U+202E: right-to-left override").first()).toBeVisible();
});

test("pages answer with a nonce-based CSP and the other security headers, and run without a single violation", async ({
  page,
  browser,
}) => {
  const violations: string[] = [];
  const watch = async (p: typeof page) => {
    await p.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    p.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
    });
  };
  await watch(page);
  const { caseId } = await createThreadCase({
    jobTitle: `csp-${Date.now()}`,
    messages: [{ from: "client", text: "Write to me at someone@example.org before we start." }],
  });

  const nonces = new Set<string>();
  for (const path of ["/queue", `/cases/${caseId}`, "/audit", "/no-such-page"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    // Served over plain HTTP here: HSTS would be meaningless (and is only sent over HTTPS).
    expect(headers["strict-transport-security"]).toBeUndefined();
    // Next put this request's nonce on its own scripts.
    expect(await page.locator(`script[nonce]`).count(), path).toBeGreaterThan(0);
  }
  expect(nonces.size).toBe(4);

  // The pages work under it: they hydrate, and a server action answers with its toast.
  await page.goto("/queue");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText("someone@example.org").first()).toBeVisible();
  await page.getByLabel("New note (only the console team sees it)").fill("Checked under the CSP.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();

  // Signed out, the sign-in page too.
  const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const signIn = await signedOut.newPage();
  await watch(signIn);
  await signIn.goto("/signin");
  await expect(signIn.getByRole("button", { name: "Sign in" })).toBeVisible();
  await signedOut.close();
  expect(violations).toEqual([]);

  // And it bites: a script that reached the page without the nonce (as stored XSS would) does not run.
  await page.route("**/queue", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<head[^>]*>/,
      (head) => `${head}<script>document.documentElement.dataset.injected = "ran"</script>`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto("/queue");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
});

test("the audit export keeps console users' e-mails and token events to admins", async ({ page, browser }) => {
  const admin = await db().consoleUser.findUniqueOrThrow({ where: { email: demoUser("ADMIN").email } });
  const tokenName = `audit-secret-${Date.now()}`;
  await db().auditEvent.create({
    data: { action: "API_TOKEN_CREATED", actorKind: "USER", actorId: admin.id, data: { name: tokenName } },
  });
  const asModerator = await page.request.get("/api/audit/export");
  expect(asModerator.status()).toBe(200);
  const csv = await asModerator.text();
  expect(csv.split("\n")[0]).not.toContain("actorEmail");
  expect(csv).not.toContain("@console.test");
  expect(csv).not.toContain(tokenName);

  const adminContext = await browser.newContext({ storageState: authFile("ADMIN") });
  const asAdmin = await (await adminContext.request.get("/api/audit/export")).text();
  expect(asAdmin.split("\n")[0]).toContain("actorEmail");
  expect(asAdmin).toContain(tokenName);
  expect(asAdmin).toContain(admin.email);
  await adminContext.close();
});
