import { describe, expect, it } from "vitest";
import {
  assertCanActOnCase,
  assignCase,
  claimCase,
  CLAIM_TTL_MS,
  releaseCase,
  touchClaim,
} from "@/lib/cases/claims/claims";
import { prisma } from "@/lib/db/prisma";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { asActor, auditActions, makeCase, refusal } from "@/tests/support/queue-fixtures";

const MINUTE = 60_000;

async function moderator() {
  return asActor(await makeConsoleUser("MODERATOR"));
}

describe("claiming a case", () => {
  it("gives the case to the claimer, bumps the version and records CLAIMED in the same transaction", async () => {
    const maya = await moderator();
    const kase = await makeCase();
    const now = new Date();
    const result = await claimCase(maya, kase.id, now);
    expect(result).toMatchObject({
      caseId: kase.id,
      version: kase.version + 1,
      claim: { userId: maya.id, name: maya.name },
    });
    const after = await prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(after).toMatchObject({ claimedById: maya.id, status: "IN_REVIEW", version: kase.version + 1 });
    expect(after.claimExpiresAt!.getTime()).toBe(now.getTime() + CLAIM_TTL_MS);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: kase.id, action: "CLAIMED" } });
    expect(event).toMatchObject({ actorId: maya.id, caseVersion: kase.version + 1 });
  });

  it("refuses a second moderator with a message naming the holder", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    const error = await refusal(claimCase(omar, kase.id));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(`C-${kase.number} is held by ${maya.name}`);
    expect(error.details).toMatchObject({ holderId: maya.id, holderName: maya.name });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: kase.id } })).claimedById).toBe(maya.id);
  });

  it("is idempotent for the holder: claiming again extends the claim without a new version", async () => {
    const maya = await moderator();
    const kase = await makeCase();
    const first = await claimCase(maya, kase.id);
    const again = await claimCase(maya, kase.id, new Date(Date.now() + 5 * MINUTE));
    expect(again.version).toBe(first.version);
    expect(again.message).toContain("already hold");
    expect(new Date(again.claim!.expiresAt).getTime()).toBeGreaterThan(new Date(first.claim!.expiresAt).getTime());
    expect(await auditActions(kase.id)).toEqual(["CLAIMED"]);
  });

  it("lets 25 moderators race for one case: exactly one wins, the others are told who", async () => {
    const users = await Promise.all(Array.from({ length: 25 }, () => moderator()));
    const kase = await makeCase();
    const results = await Promise.allSettled(users.map((u) => claimCase(u, kase.id)));
    const winners = results.filter((r) => r.status === "fulfilled");
    expect(winners).toHaveLength(1);
    const holder = await prisma.case.findUniqueOrThrow({ where: { id: kase.id }, include: { claimedBy: true } });
    for (const r of results) {
      if (r.status === "rejected") expect((r.reason as Error).message).toContain(`held by ${holder.claimedBy!.name}`);
    }
    expect(holder.version).toBe(kase.version + 1);
    expect(await auditActions(kase.id)).toEqual(["CLAIMED"]);
  });

  it("treats a lapsed claim as no claim: another moderator takes it and CLAIM_EXPIRED is written down", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const kase = await makeCase({
      status: "IN_REVIEW",
      claimedById: maya.id,
      claimExpiresAt: new Date(Date.now() - MINUTE),
    });
    const result = await claimCase(omar, kase.id);
    expect(result.claim?.userId).toBe(omar.id);
    // The lapse itself changes nothing anyone saw, so only the new claim bumps the version.
    expect(result.version).toBe(kase.version + 1);
    expect(await auditActions(kase.id)).toEqual(["CLAIM_EXPIRED", "CLAIMED"]);
    const expired = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: kase.id, action: "CLAIM_EXPIRED" } });
    expect(expired).toMatchObject({ actorKind: "SYSTEM", caseVersion: kase.version, data: { userId: maya.id } });
  });

  it("refuses closed cases, and escalated ones to moderators but not to staff", async () => {
    const maya = await moderator();
    const staff = asActor(await makeConsoleUser("STAFF"));
    const closed = await makeCase({ status: "DISMISSED", closedAt: new Date() });
    expect((await refusal(claimCase(maya, closed.id))).code).toBe("CONFLICT");
    const escalated = await makeCase({ status: "ESCALATED" });
    expect((await refusal(claimCase(maya, escalated.id))).code).toBe("FORBIDDEN");
    const taken = await claimCase(staff, escalated.id);
    expect(taken.claim?.userId).toBe(staff.id);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: escalated.id } })).status).toBe("ESCALATED");
  });

  it("says so for an unknown case", async () => {
    expect((await refusal(claimCase(await moderator(), "no-such-case"))).code).toBe("NOT_FOUND");
  });
});

describe("releasing", () => {
  it("puts the case back in the queue with RELEASED", async () => {
    const maya = await moderator();
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    const released = await releaseCase(maya, kase.id);
    expect(released).toMatchObject({ claim: null, version: kase.version + 2 });
    expect(await prisma.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({
      claimedById: null,
      status: "OPEN",
    });
    expect(await auditActions(kase.id)).toEqual(["CLAIMED", "RELEASED"]);
  });

  it("refuses to release someone else's claim", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    const error = await refusal(releaseCase(omar, kase.id));
    expect(error.message).toContain(maya.name);
  });
});

describe("assigning (staff)", () => {
  it("hands a case to another moderator over an existing claim, recording from and to", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const staff = asActor(await makeConsoleUser("STAFF"));
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    const result = await assignCase(staff, kase.id, omar.id);
    expect(result.claim?.userId).toBe(omar.id);
    expect(result.message).toContain(`was ${maya.name}`);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: kase.id, action: "ASSIGNED" } });
    expect(event).toMatchObject({ actorId: staff.id, data: { fromUserId: maya.id, toUserId: omar.id } });
    // Maya can no longer act on it.
    await expect(prisma.$transaction((tx) => assertCanActOnCase(tx, kase.id, maya))).rejects.toThrow(
      `held by ${omar.name}`,
    );
  });

  it("takes a case back to the queue with null", async () => {
    const maya = await moderator();
    const staff = asActor(await makeConsoleUser("STAFF"));
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    await assignCase(staff, kase.id, null);
    expect(await prisma.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({
      claimedById: null,
      status: "OPEN",
    });
  });

  it("is refused to moderators, and to assignees who cannot work cases", async () => {
    const maya = await moderator();
    const staff = asActor(await makeConsoleUser("STAFF"));
    const support = await makeConsoleUser("SUPPORT");
    const kase = await makeCase();
    expect((await refusal(assignCase(maya, kase.id, maya.id))).code).toBe("FORBIDDEN");
    expect((await refusal(assignCase(staff, kase.id, support.id))).code).toBe("INVALID");
    const escalated = await makeCase({ status: "ESCALATED" });
    expect((await refusal(assignCase(staff, escalated.id, maya.id))).code).toBe("FORBIDDEN");
  });
});

describe("assertCanActOnCase (the guard decisions call)", () => {
  it("refuses to act on a case someone else holds, naming them", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    const error = await refusal(prisma.$transaction((tx) => assertCanActOnCase(tx, kase.id, omar)));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      `C-${kase.number} is held by ${maya.name}. Pick another case, or ask staff to reassign it.`,
    );
  });

  it("lets the holder act and counts it as activity (the claim is extended, the version is not touched)", async () => {
    const maya = await moderator();
    const kase = await makeCase();
    const claimedAt = new Date(Date.now() - 10 * MINUTE);
    const claimed = await claimCase(maya, kase.id, claimedAt);
    const locked = await prisma.$transaction((tx) => assertCanActOnCase(tx, kase.id, maya));
    expect(locked.version).toBe(claimed.version);
    const after = await prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(after.claimExpiresAt!.getTime()).toBeGreaterThan(claimedAt.getTime() + CLAIM_TTL_MS);
    expect(after.version).toBe(claimed.version);
  });

  it("lets anyone act on an unclaimed case, or one whose claim lapsed (settling it)", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const free = await makeCase();
    await expect(prisma.$transaction((tx) => assertCanActOnCase(tx, free.id, omar))).resolves.toMatchObject({
      id: free.id,
    });
    const lapsed = await makeCase({
      status: "IN_REVIEW",
      claimedById: maya.id,
      claimExpiresAt: new Date(Date.now() - MINUTE),
    });
    const locked = await prisma.$transaction((tx) => assertCanActOnCase(tx, lapsed.id, omar));
    expect(locked).toMatchObject({ claimedById: null, status: "OPEN", version: lapsed.version });
    expect(await auditActions(lapsed.id)).toEqual(["CLAIM_EXPIRED"]);
  });
});

describe("touchClaim", () => {
  it("extends only a live claim of that user", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const kase = await makeCase();
    const claimed = await claimCase(maya, kase.id, new Date(Date.now() - 5 * MINUTE));
    expect(await touchClaim(prisma, kase.id, omar.id)).toBe(false);
    expect(await touchClaim(prisma, kase.id, maya.id)).toBe(true);
    const after = await prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(after.claimExpiresAt!.getTime()).toBeGreaterThan(new Date(claimed.claim!.expiresAt).getTime());
    expect(after.version).toBe(claimed.version);
  });
});
