import { describe, expect, it } from "vitest";
import { claimCase } from "@/lib/cases/claims/claims";
import {
  listCaseViewers,
  listOtherViewers,
  recordCaseView,
  stopViewingCase,
  VIEWER_WINDOW_MS,
} from "@/lib/cases/claims/presence";
import { prisma } from "@/lib/db/prisma";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { asActor, makeCase } from "@/tests/support/queue-fixtures";

describe("who is viewing a case", () => {
  it("shows each viewer the others, until their heartbeat stops for the window", async () => {
    const [maya, omar] = [asActor(await makeConsoleUser()), asActor(await makeConsoleUser())];
    const kase = await makeCase();
    const now = new Date();
    expect(await recordCaseView(kase.id, maya, now)).toEqual([]);
    const seenByOmar = await recordCaseView(kase.id, omar, now);
    expect(seenByOmar).toEqual([expect.objectContaining({ userId: maya.id, name: maya.name, holdsClaim: false })]);
    expect(await listOtherViewers(kase.id, maya, now)).toEqual([expect.objectContaining({ userId: omar.id })]);
    // Maya's tab went quiet; Omar's heartbeat continues.
    const later = new Date(now.getTime() + VIEWER_WINDOW_MS + 1000);
    expect(await recordCaseView(kase.id, omar, later)).toEqual([]);
  });

  it("says which viewer holds the case, and an open case page keeps the holder's claim alive", async () => {
    const [maya, omar] = [asActor(await makeConsoleUser()), asActor(await makeConsoleUser())];
    const kase = await makeCase();
    const claimed = await claimCase(maya, kase.id, new Date(Date.now() - 10 * 60_000));
    await recordCaseView(kase.id, maya);
    const viewers = await recordCaseView(kase.id, omar);
    expect(viewers).toEqual([expect.objectContaining({ userId: maya.id, holdsClaim: true })]);
    const row = await prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(row.claimExpiresAt!.getTime()).toBeGreaterThan(new Date(claimed.claim!.expiresAt).getTime());
    expect(row.version).toBe(claimed.version);
  });

  it("forgets a viewer who closed the page, and refuses unknown cases", async () => {
    const maya = asActor(await makeConsoleUser());
    const kase = await makeCase();
    await recordCaseView(kase.id, maya);
    await stopViewingCase(kase.id, maya);
    expect(await listCaseViewers(kase.id)).toEqual([]);
    await expect(recordCaseView("no-such-case", maya)).rejects.toThrow("does not exist");
  });
});
