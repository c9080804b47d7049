import { describe, expect, it } from "vitest";
import { assignCases, dismissCases } from "@/lib/cases/bulk";
import { claimCase } from "@/lib/cases/claims/claims";
import { prisma } from "@/lib/db/prisma";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { asActor, auditActions, makeCase } from "@/tests/support/queue-fixtures";

const REASON = "Reports about a genuine job; no violation.";

describe("bulk dismiss", () => {
  it("closes each case with its audit event and reason, clearing the claim", async () => {
    const maya = asActor(await makeConsoleUser());
    const free = await makeCase();
    const held = await makeCase();
    const claimed = await claimCase(maya, held.id);
    const result = await dismissCases(
      maya,
      [
        { caseId: free.id, version: free.version },
        { caseId: held.id, version: claimed.version },
      ],
      REASON,
    );
    expect(result.message).toBe("Dismissed 2 cases.");
    for (const kase of [free, held]) {
      const row = await prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
      expect(row).toMatchObject({ status: "DISMISSED", claimedById: null, claimExpiresAt: null });
      expect(row.closedAt).not.toBeNull();
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: kase.id, action: "DISMISSED" } });
      expect(event).toMatchObject({ actorId: maya.id, reason: REASON, caseVersion: row.version, data: { bulk: true } });
    }
  });

  it("refuses, per case, one someone else holds, one that changed and one escalated, and still dismisses the rest", async () => {
    const [maya, omar] = [asActor(await makeConsoleUser()), asActor(await makeConsoleUser())];
    const held = await makeCase();
    await claimCase(omar, held.id);
    const changed = await makeCase();
    await prisma.case.update({ where: { id: changed.id }, data: { version: { increment: 1 }, reportCount: 2 } });
    const escalated = await makeCase({ status: "ESCALATED" });
    const fine = await makeCase();
    const result = await dismissCases(
      maya,
      [held, changed, escalated, fine].map((c) => ({ caseId: c.id, version: c.version })),
      REASON,
    );
    expect(result.outcomes.map((o) => o.ok)).toEqual([false, false, false, true]);
    expect(result.outcomes[0]!.error).toContain(`held by ${omar.name}`);
    expect(result.outcomes[1]!.error).toContain("changed since you loaded it");
    expect(result.outcomes[2]!.error).toContain("only staff");
    expect(result.message).toMatch(/^Dismissed 1 of 4 cases\./);
    expect(await auditActions(held.id)).toEqual(["CLAIMED"]);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: fine.id } })).status).toBe("DISMISSED");
  });

  it("is refused to support agents", async () => {
    const support = asActor(await makeConsoleUser("SUPPORT"));
    const kase = await makeCase();
    await expect(dismissCases(support, [{ caseId: kase.id, version: 1 }], REASON)).rejects.toThrow("may not dismiss");
  });
});

describe("bulk assign", () => {
  it("assigns several cases to one moderator, and is staff's only", async () => {
    const staff = asActor(await makeConsoleUser("STAFF"));
    const maya = asActor(await makeConsoleUser());
    const cases = [await makeCase(), await makeCase()];
    const result = await assignCases(
      staff,
      cases.map((c) => c.id),
      maya.id,
    );
    expect(result.message).toBe("Assigned 2 cases.");
    const rows = await prisma.case.findMany({ where: { id: { in: cases.map((c) => c.id) } } });
    expect(rows.every((r) => r.claimedById === maya.id)).toBe(true);
    await expect(assignCases(maya, [cases[0]!.id], maya.id)).rejects.toThrow("may not assign");
  });
});
