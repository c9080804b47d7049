import { expect, test } from "@playwright/test";
import { closeCases, createCases, uniqueTitle, type E2ECase } from "./queue-data";
import { authFile, SECOND_MODERATOR_AUTH } from "./support";

const made: E2ECase[] = [];
test.afterAll(async () => {
  await closeCases(made);
});

test("the presence API tells each viewer of a case who else has it open", async ({ browser }) => {
  const [kase] = (await createCases(uniqueTitle("viewers"), 1)) as [E2ECase];
  made.push(kase);
  const maya = await browser.newContext({ storageState: authFile("MODERATOR") });
  const omar = await browser.newContext({ storageState: SECOND_MODERATOR_AUTH });
  const url = `/api/cases/${kase.id}/viewers`;
  expect((await (await maya.request.post(url)).json()).viewers).toEqual([]);
  const seen = await (await omar.request.post(url)).json();
  expect(seen.viewers).toEqual([expect.objectContaining({ name: "Maya Moderator", holdsClaim: false })]);
  expect((await (await maya.request.get(url)).json()).viewers).toEqual([
    expect.objectContaining({ name: "Omar Moderator" }),
  ]);
  await omar.request.delete(url);
  expect((await (await maya.request.get(url)).json()).viewers).toEqual([]);
  expect((await maya.request.get("/api/cases/no-such-case/viewers")).status()).toBe(404);
  await maya.close();
  await omar.close();
});

test("a case page shows who else is viewing it", async ({ browser }) => {
  const [kase] = (await createCases(uniqueTitle("viewers-page"), 1)) as [E2ECase];
  made.push(kase);
  const maya = await (await browser.newContext({ storageState: authFile("MODERATOR") })).newPage();
  const omar = await (await browser.newContext({ storageState: SECOND_MODERATOR_AUTH })).newPage();
  const response = await maya.goto(`/cases/${kase.id}`);
  expect(response?.status()).toBe(200);
  await omar.goto(`/cases/${kase.id}`);
  await expect(omar.getByText("Also viewing: Maya Moderator")).toBeVisible({ timeout: 8_000 });
  await expect(maya.getByText("Also viewing: Omar Moderator")).toBeVisible({ timeout: 8_000 });
});
