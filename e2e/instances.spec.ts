import { expect, test, type Browser, type Page, type Request, type Route } from "@playwright/test";
import { db } from "./fixtures/case-factory";
import { instanceUrl } from "./instances";
import { rowName, specCases } from "./queue-data";
import { demoUser, secondModerator, twoModerators } from "./support";

/**
 * Two server processes (scripts/server.mjs) of the same build on one database (see
 * playwright.config.ts), as behind a load balancer: nothing a moderator sees
 * may depend on which instance served them. Maya works on instance 1, Omar
 * on instance 2.
 */
const oneCase = specCases();

/** Opens the queue on an instance, searched down to one title, and waits until it is live. */
async function openLiveQueue(page: Page, instance: 1 | 2, title: string) {
  await page.goto(`${instanceUrl(instance)}/queue?tab=open&q=${encodeURIComponent(title)}`);
  await expect(page.locator("[role=tabpanel][data-ready]")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Live: changes appear as they happen" })).toBeVisible();
}

/** Maya's queue on instance 1 and Omar's on instance 2, both searched down to `title` and live. */
async function twoModeratorsOnTwoInstances(browser: Browser, title: string) {
  const { mayaContext, omarContext, close } = await twoModerators(browser);
  const [maya, omar] = [await mayaContext.newPage(), await omarContext.newPage()];
  await openLiveQueue(maya, 1, title);
  await openLiveQueue(omar, 2, title);
  return { maya, omar, close };
}

const queueRow = (page: Page, ref: string) =>
  page.getByRole("table", { name: /cases$/ }).getByRole("row", { name: rowName(ref) });

const isClaim = (caseId: string) => (r: Request) =>
  r.method() === "POST" && new URL(r.url()).pathname === `/api/cases/${caseId}/claim`;

test.describe("two app instances on one database", () => {
  test("a claim on one instance shows in a queue open on the other within a second", async ({ browser }) => {
    const { title, kase } = await oneCase("instances live");
    const { maya, omar, close } = await twoModeratorsOnTwoInstances(browser, title);
    // Each page really is served by its own instance (the session signed on instance 1 works on both).
    expect(new URL(maya.url()).origin).toBe(instanceUrl(1));
    expect(new URL(omar.url()).origin).toBe(instanceUrl(2));
    await expect(queueRow(maya, kase.ref)).toContainText("Nobody");

    const answer = omar.waitForResponse((r) => isClaim(kase.id)(r.request()));
    await queueRow(omar, kase.ref)
      .getByRole("button", { name: `Claim ${kase.ref}` })
      .click();
    const claimed = await answer;
    const answeredAt = Date.now();
    expect(claimed.status()).toBe(200);
    expect(new URL(claimed.url()).origin).toBe(instanceUrl(2));

    // Within one second of instance 2's answer, counted from that answer.
    await expect(queueRow(maya, kase.ref)).toContainText(`Held by ${secondModerator().name}`, {
      timeout: Math.max(1, 1_000 - (Date.now() - answeredAt)),
    });
    expect(Date.now() - answeredAt).toBeLessThan(1_000);
    await expect(queueRow(maya, kase.ref).getByRole("button", { name: `Claim ${kase.ref}` })).toHaveCount(0);

    await close();
  });

  test("the claim guard holds across instances: two claims at once, exactly one wins, the other is told who", async ({
    browser,
  }) => {
    const { title, kase } = await oneCase("instances race");
    const { maya, omar, close } = await twoModeratorsOnTwoInstances(browser, title);

    // Hold each browser's claim until both are on their way, then let both
    // go together: the two instances race for the same row.
    let release!: () => void;
    const bothSent = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    const hold = async (route: Route) => {
      held += 1;
      if (held === 2) release();
      await bothSent;
      await route.continue();
    };
    await maya.route(`**/api/cases/${kase.id}/claim`, hold);
    await omar.route(`**/api/cases/${kase.id}/claim`, hold);

    const answers = Promise.all([
      maya.waitForResponse((r) => isClaim(kase.id)(r.request())),
      omar.waitForResponse((r) => isClaim(kase.id)(r.request())),
    ]);
    await Promise.all([
      queueRow(maya, kase.ref)
        .getByRole("button", { name: `Claim ${kase.ref}` })
        .click(),
      queueRow(omar, kase.ref)
        .getByRole("button", { name: `Claim ${kase.ref}` })
        .click(),
    ]);
    const [mayaAnswer, omarAnswer] = await answers;
    expect(new URL(mayaAnswer.url()).origin).toBe(instanceUrl(1));
    expect(new URL(omarAnswer.url()).origin).toBe(instanceUrl(2));
    expect([mayaAnswer.status(), omarAnswer.status()].sort()).toEqual([200, 409]);

    const mayaWon = mayaAnswer.status() === 200;
    const [winner, loser] = mayaWon ? [maya, omar] : [omar, maya];
    const winnerUser = mayaWon ? demoUser("MODERATOR") : secondModerator();
    const lost = await (mayaWon ? omarAnswer : mayaAnswer).json();
    const heldBy = `${kase.ref} is held by ${winnerUser.name}. Pick another case, or ask staff to reassign it.`;
    // The documented conflict: 409, problem+json, HELD_BY_OTHER naming the holder.
    expect(lost.code).toBe("HELD_BY_OTHER");
    expect(lost.detail).toBe(heldBy);

    // In the browsers: the winner is told it holds the case, the loser gets the conflict as a toast.
    await expect(winner.locator("[data-sonner-toast]").filter({ hasText: `You now hold ${kase.ref}.` })).toBeVisible();
    await expect(loser.locator("[data-sonner-toast]").filter({ hasText: heldBy })).toBeVisible();
    await expect(queueRow(loser, kase.ref)).toContainText(`Held by ${winnerUser.name}`);

    // In the database: one holder, one CLAIMED event.
    const row = await db().case.findUniqueOrThrow({ where: { id: kase.id }, select: { claimedBy: true } });
    expect(row.claimedBy?.email).toBe(winnerUser.email);
    expect(await db().auditEvent.count({ where: { caseId: kase.id, action: "CLAIMED" } })).toBe(1);

    await close();
  });
});
