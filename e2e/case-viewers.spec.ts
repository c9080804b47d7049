import { expect, test } from "@playwright/test";
import { specCases } from "./queue-data";
import { authFile, SECOND_MODERATOR_AUTH, twoModerators } from "./support";

const casesFor = specCases();

test("the presence API tells each viewer of a case who else has it open", async ({ browser }) => {
  const { kase } = await casesFor("viewers");
  const { mayaContext: maya, omarContext: omar, close } = await twoModerators(browser);
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
  await close();
});

test("a case page shows who else is viewing it", async ({ browser }) => {
  const { kase } = await casesFor("viewers-page");
  const maya = await (await browser.newContext({ storageState: authFile("MODERATOR") })).newPage();
  const omar = await (await browser.newContext({ storageState: SECOND_MODERATOR_AUTH })).newPage();
  const response = await maya.goto(`/cases/${kase.id}`);
  expect(response?.status()).toBe(200);
  await omar.goto(`/cases/${kase.id}`);
  await expect(omar.getByText("Also viewing: Maya Moderator")).toBeVisible({ timeout: 8_000 });
  await expect(maya.getByText("Also viewing: Omar Moderator")).toBeVisible({ timeout: 8_000 });
});
