import { describe, expect, it } from "vitest";
import {
  claimCase,
  claimNextCase,
  nextCaseToClaim,
  nothingToClaimMessage,
  type ClaimOutcome,
} from "@/lib/cases/claims/claims";
import { caseReference } from "@/lib/cases/labels";
import { prisma } from "@/lib/db/prisma";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { makeAccount, makeConsoleUser } from "@/tests/support/fixtures";
import { asActor, auditActions, makeCase } from "@/tests/support/queue-fixtures";

// Claim-next takes the most urgent case in the whole queue, so this file
// needs a queue of its own; the pool is large enough for every claimer to
// hold its own connection, so the race is real.
useIsolatedDatabase("claimnext", { poolSize: 40 });

async function emptyQueue() {
  await prisma.case.updateMany({
    where: { status: { in: ["OPEN", "IN_REVIEW", "ESCALATED"] } },
    data: { status: "RESOLVED", closedAt: new Date() },
  });
}

describe("claim next", () => {
  it("takes the highest-priority case nobody holds, skipping held, escalated and closed ones", async () => {
    await emptyQueue();
    const [maya, omar] = [asActor(await makeConsoleUser()), asActor(await makeConsoleUser())];
    const held = await makeCase({ priority: 90 });
    await claimCase(omar, held.id);
    await makeCase({ priority: 95, status: "ESCALATED" });
    await makeCase({ priority: 99, status: "DISMISSED", closedAt: new Date() });
    const top = await makeCase({ priority: 80 });
    await makeCase({ priority: 70 });
    const claimed = await claimNextCase(maya);
    expect(claimed?.caseId).toBe(top.id);
    expect(claimed?.claim?.userId).toBe(maya.id);
  });

  it("names the case it would take (the same pick rule) and, after claiming, the one after it", async () => {
    await emptyQueue();
    const maya = asActor(await makeConsoleUser());
    const suspended = await makeAccount({ status: "SUSPENDED" });
    await makeCase({ priority: 99, clientId: suspended.id });
    const first = await makeCase({ priority: 80 });
    const second = await makeCase({ priority: 60 });
    expect(await nextCaseToClaim()).toBe(first.id);
    const claimed = await claimNextCase(maya);
    expect(claimed?.caseId).toBe(first.id);
    expect(claimed?.nextId).toBe(second.id);
    expect(await nextCaseToClaim()).toBe(second.id);
    const last = await claimNextCase(maya);
    expect(last?.caseId).toBe(second.id);
    // Only the enforced case is left: claim-next would take nothing.
    expect(last?.nextId).toBeNull();
    expect(await nextCaseToClaim()).toBeNull();
  });

  it("skips cases whose subject is already fully enforced and says how many, by reason", async () => {
    await emptyQueue();
    const maya = asActor(await makeConsoleUser());
    const suspended = await makeAccount({ status: "SUSPENDED" });
    await makeCase({ priority: 99, clientId: suspended.id });
    await makeCase({ priority: 97, clientId: suspended.id });
    const down = await makeCase({ priority: 98 });
    await prisma.jobPosting.update({ where: { id: down.jobId! }, data: { status: "TAKEN_DOWN" } });
    // Ranked below the case claimed: not passed over, so not counted.
    await makeCase({ priority: 5, clientId: suspended.id });
    const live = await makeCase({ priority: 10 });
    const claimed = await claimNextCase(maya);
    expect(claimed?.caseId).toBe(live.id);
    expect(claimed?.skipped).toEqual({ ACCOUNT_SUSPENDED: 2, JOB_TAKEN_DOWN: 1 });
    expect(claimed?.message).toBe(
      `You now hold ${caseReference(live.number)}. Skipped 2 cases whose account is already suspended and 1 whose job is already taken down (they only need closing).`,
    );
  });

  it("says nothing was skipped when nothing was, and why nothing is left when only enforced cases wait", async () => {
    await emptyQueue();
    const maya = asActor(await makeConsoleUser());
    const top = await makeCase({ priority: 50 });
    const claimed = await claimNextCase(maya);
    expect(claimed?.caseId).toBe(top.id);
    expect(claimed?.skipped).toEqual({});
    expect(claimed?.message).toBe(`You now hold ${caseReference(top.number)}, the most urgent case nobody held.`);

    const suspended = await makeAccount({ status: "SUSPENDED" });
    await makeCase({ priority: 40, clientId: suspended.id });
    expect(await claimNextCase(maya)).toBeNull();
    expect(await nothingToClaimMessage()).toBe(
      "Nothing left to claim: the other open cases are held by someone, and claim-next skips 1 case whose account is already suspended. Close them from the queue or the account page.",
    );
  });

  it("counts a lapsed claim as unclaimed, writing CLAIM_EXPIRED before CLAIMED", async () => {
    await emptyQueue();
    const [maya, omar] = [asActor(await makeConsoleUser()), asActor(await makeConsoleUser())];
    const lapsed = await makeCase({
      priority: 50,
      status: "IN_REVIEW",
      claimedById: omar.id,
      claimExpiresAt: new Date(Date.now() - 1000),
    });
    const claimed = await claimNextCase(maya);
    expect(claimed?.caseId).toBe(lapsed.id);
    expect(await auditActions(lapsed.id)).toEqual(["CLAIM_EXPIRED", "CLAIMED"]);
    // The same events, fields and versions claimCase writes.
    const [expired, claimedEvent] = await prisma.auditEvent.findMany({
      where: { caseId: lapsed.id },
      orderBy: { id: "asc" },
    });
    expect(expired).toMatchObject({
      actorKind: "SYSTEM",
      actorId: null,
      caseVersion: lapsed.version,
      data: { userId: omar.id, userName: omar.name },
    });
    expect(claimedEvent).toMatchObject({
      actorKind: "USER",
      actorId: maya.id,
      caseVersion: lapsed.version + 1,
      data: { next: true },
    });
    const row = await prisma.case.findUniqueOrThrow({ where: { id: lapsed.id } });
    expect(row).toMatchObject({ claimedById: maya.id, status: "IN_REVIEW", version: lapsed.version + 1 });
    expect(new Date((claimedEvent!.data as { expiresAt: string }).expiresAt).getTime()).toBe(
      row.claimExpiresAt!.getTime(),
    );
  });

  it("answers null when every open case is held", async () => {
    await emptyQueue();
    const [maya, omar] = [asActor(await makeConsoleUser()), asActor(await makeConsoleUser())];
    const only = await makeCase();
    await claimCase(omar, only.id);
    expect(await claimNextCase(maya)).toBeNull();
  });

  it("under 25 concurrent moderators, claims every case exactly once and loses none", async () => {
    await emptyQueue();
    const CASES = 60;
    const MODERATORS = 25;
    const moderators = await Promise.all(Array.from({ length: MODERATORS }, () => makeConsoleUser().then(asActor)));
    // Many equal priorities, so ties are broken under contention too.
    const cases = await Promise.all(Array.from({ length: CASES }, (_, i) => makeCase({ priority: i % 7 })));

    // Each moderator keeps pressing "n" until the queue is empty.
    const taken = await Promise.all(
      moderators.map(async (m) => {
        const mine: ClaimOutcome[] = [];
        for (;;) {
          const next = await claimNextCase(m);
          if (!next) return mine;
          mine.push(next);
        }
      }),
    );

    const claimedIds = taken.flat().map((c) => c.caseId);
    expect(claimedIds).toHaveLength(CASES);
    expect(new Set(claimedIds).size).toBe(CASES);
    expect(new Set(claimedIds)).toEqual(new Set(cases.map((c) => c.id)));
    // The database agrees with what each moderator was told.
    for (const [index, m] of moderators.entries()) {
      const held = await prisma.case.findMany({ where: { claimedById: m.id }, select: { id: true } });
      expect(new Set(held.map((h) => h.id))).toEqual(new Set(taken[index]!.map((c) => c.caseId)));
    }
    const claimedEvents = await prisma.auditEvent.groupBy({
      by: ["caseId"],
      where: { action: "CLAIMED", caseId: { in: cases.map((c) => c.id) } },
      _count: true,
    });
    expect(claimedEvents).toHaveLength(CASES);
    expect(claimedEvents.every((e) => e._count === 1)).toBe(true);
    // More than one moderator got work: they did not queue behind one lock.
    expect(taken.filter((t) => t.length > 0).length).toBeGreaterThan(1);
  });

  it("never hands one case to two when claim-next races direct claims", async () => {
    await emptyQueue();
    const moderators = await Promise.all(Array.from({ length: 20 }, () => makeConsoleUser().then(asActor)));
    const cases = await Promise.all(Array.from({ length: 10 }, (_, i) => makeCase({ priority: 100 - i })));
    const attempts = moderators.map((m, i) =>
      i % 2 === 0
        ? claimNextCase(m).then((r) => r?.caseId ?? null)
        : claimCase(m, cases[i % cases.length]!.id).then((r) => r.caseId),
    );
    const results = await Promise.allSettled(attempts);
    const won = results.flatMap((r) => (r.status === "fulfilled" && r.value ? [r.value] : []));
    expect(new Set(won).size).toBe(won.length);
    const rows = await prisma.case.findMany({
      where: { id: { in: cases.map((c) => c.id) } },
      select: { id: true, claimedById: true, version: true },
    });
    const holders = rows.filter((r) => r.claimedById).length;
    expect(holders).toBe(won.length);
    for (const row of rows) expect(row.version).toBe(row.claimedById ? 2 : 1);
  });
});
