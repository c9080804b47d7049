import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dismissCases } from "@/lib/cases/bulk";
import { assignCase, claimCase, releaseCase } from "@/lib/cases/claims/claims";
import { changeCase, type CaseActor, type CaseCommand } from "@/lib/cases/kernel";
import { prisma } from "@/lib/db/prisma";
import { decide } from "@/lib/cases/decisions/decide";
import { SafeError } from "@/lib/errors";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { asActor, auditActions, makeCase, refusal } from "@/tests/support/queue-fixtures";

const MINUTE = 60_000;
const REASON = "Reports about a genuine job; no violation.";

const moderator = async () => asActor(await makeConsoleUser("MODERATOR"));
const staffer = async () => asActor(await makeConsoleUser("STAFF"));

/** A plain command that changes the status and writes one NOTE_ADDED-like event (RESOLVED). */
function resolveCommand(
  caseId: string,
  actor: CaseActor,
  extra: Partial<CaseCommand<string>> = {},
): CaseCommand<string> {
  return {
    caseId,
    actor,
    intent: "decide",
    apply: async () => ({
      change: { status: "RESOLVED", claim: null, audit: { action: "RESOLVED", reason: REASON } },
      result: "done",
    }),
    ...extra,
  };
}

const run = <R>(command: CaseCommand<R>) => prisma.$transaction((tx) => changeCase(tx, command));
const row = (id: string) => prisma.case.findUniqueOrThrow({ where: { id } });

describe("the case kernel (changeCase)", () => {
  it("applies a change: one version up, closing stamped, the claim cleared, one audit event with the new version, actor and request id", async () => {
    const maya = await moderator();
    const kase = await makeCase({
      status: "IN_REVIEW",
      claimedById: maya.id,
      claimExpiresAt: new Date(Date.now() + 10 * MINUTE),
    });
    const requestId = randomUUID();
    const outcome = await run(resolveCommand(kase.id, maya, { expectedVersion: kase.version, requestId }));
    expect(outcome).toMatchObject({
      duplicate: false,
      changed: true,
      version: kase.version + 1,
      status: "RESOLVED",
      result: "done",
    });
    const after = await row(kase.id);
    expect(after).toMatchObject({
      status: "RESOLVED",
      version: kase.version + 1,
      claimedById: null,
      claimExpiresAt: null,
    });
    expect(after.closedAt).not.toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { caseId: kase.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "RESOLVED",
      actorId: maya.id,
      actorKind: "USER",
      caseVersion: kase.version + 1,
      requestId,
      reason: REASON,
    });
  });

  it("changes nothing (no version, no event) when the command has nothing to change", async () => {
    const maya = await moderator();
    const kase = await makeCase();
    const outcome = await run({
      caseId: kase.id,
      actor: maya,
      intent: "decide",
      apply: async () => ({ change: null, result: 1 }),
    });
    expect(outcome).toMatchObject({ changed: false, version: kase.version });
    expect((await row(kase.id)).version).toBe(kase.version);
    expect(await auditActions(kase.id)).toEqual([]);
  });

  it("stamps escalation and moves a claimed case into review", async () => {
    const [maya, staff] = [await moderator(), await staffer()];
    const kase = await makeCase();
    await run({
      caseId: kase.id,
      actor: maya,
      intent: "hold",
      apply: async () => ({
        change: { claim: { userId: maya.id, expiresAt: new Date(Date.now() + MINUTE) }, audit: { action: "CLAIMED" } },
        result: null,
      }),
    });
    expect(await row(kase.id)).toMatchObject({ status: "IN_REVIEW", claimedById: maya.id });
    await run({
      caseId: kase.id,
      actor: maya,
      intent: "decide",
      apply: async () => ({
        change: {
          status: "ESCALATED",
          claim: null,
          escalationReason: "Payment scheme",
          audit: { action: "ESCALATED" },
        },
        result: null,
      }),
    });
    const escalated = await row(kase.id);
    expect(escalated).toMatchObject({ status: "ESCALATED", escalationReason: "Payment scheme", claimedById: null });
    expect(escalated.escalatedAt).not.toBeNull();
    // Staff may hold it; the status stays escalated.
    await run({
      caseId: kase.id,
      actor: staff,
      intent: "hold",
      apply: async () => ({
        change: { claim: { userId: staff.id, expiresAt: new Date(Date.now() + MINUTE) }, audit: { action: "CLAIMED" } },
        result: null,
      }),
    });
    expect(await row(kase.id)).toMatchObject({ status: "ESCALATED", claimedById: staff.id });
  });

  it("is all or nothing in the caller's transaction: a refusal inside the change leaves the case and the trail untouched", async () => {
    const [maya, omar] = [await moderator(), await moderator()];
    const kase = await makeCase({
      status: "IN_REVIEW",
      claimedById: omar.id,
      claimExpiresAt: new Date(Date.now() - MINUTE),
    });
    await expect(
      run({
        caseId: kase.id,
        actor: maya,
        intent: "decide",
        apply: async () => {
          throw new SafeError("INVALID", "Not today.");
        },
      }),
    ).rejects.toThrow("Not today.");
    // Even the settling of the lapsed claim rolled back with it.
    expect(await row(kase.id)).toMatchObject({ claimedById: omar.id, version: kase.version });
    expect(await auditActions(kase.id)).toEqual([]);
  });

  describe("stale version", () => {
    it("refuses with STALE_VERSION (a conflict), saying what changed, and writes nothing", async () => {
      const [maya, omar] = [await moderator(), await moderator()];
      const kase = await makeCase();
      await claimCase(omar, kase.id);
      await releaseCase(omar, kase.id);
      let applied = false;
      const error = await refusal(
        run({
          ...resolveCommand(kase.id, maya, { expectedVersion: kase.version }),
          apply: async () => {
            applied = true;
            return { change: null, result: "" };
          },
        }),
      );
      expect(error.code).toBe("CONFLICT");
      expect(error.reason).toBe("STALE_VERSION");
      expect(error.publicCode).toBe("STALE_VERSION");
      expect(error.message).toContain(`changed since you opened it — ${omar.name}: claimed; ${omar.name}: released`);
      expect(error.details).toMatchObject({ currentVersion: kase.version + 2, expectedVersion: kase.version });
      expect(applied).toBe(false);
      expect(await auditActions(kase.id)).toEqual(["CLAIMED", "RELEASED"]);
    });

    it("is inherited by single decisions and bulk dismiss", async () => {
      const [maya, omar] = [await moderator(), await moderator()];
      const kase = await makeCase();
      await claimCase(omar, kase.id);
      await releaseCase(omar, kase.id);
      const single = await refusal(
        decide(maya, {
          action: "DISMISS",
          caseId: kase.id,
          expectedVersion: kase.version,
          requestId: randomUUID(),
          reason: REASON,
        }),
      );
      expect(single.reason).toBe("STALE_VERSION");
      const bulk = await dismissCases(maya, [{ caseId: kase.id, version: kase.version }], REASON);
      expect(bulk.outcomes[0]).toMatchObject({ ok: false, error: expect.stringContaining(`${omar.name}: released`) });
      expect((await row(kase.id)).status).toBe("OPEN");
    });
  });

  describe("lapsed claim", () => {
    it("is settled first (CLAIM_EXPIRED by the system at the old version), then the change follows at the next version", async () => {
      const [maya, omar] = [await moderator(), await moderator()];
      const kase = await makeCase({
        status: "IN_REVIEW",
        claimedById: omar.id,
        claimExpiresAt: new Date(Date.now() - MINUTE),
      });
      const outcome = await run(resolveCommand(kase.id, maya, { expectedVersion: kase.version }));
      expect(outcome.version).toBe(kase.version + 1);
      const events = await prisma.auditEvent.findMany({ where: { caseId: kase.id }, orderBy: { id: "asc" } });
      expect(events.map((e) => [e.action, e.actorKind, e.caseVersion])).toEqual([
        ["CLAIM_EXPIRED", "SYSTEM", kase.version],
        ["RESOLVED", "USER", kase.version + 1],
      ]);
      expect(events[0]!.data).toMatchObject({ userId: omar.id, userName: omar.name });
    });

    it("does not count as a change a stale-version check could trip on", async () => {
      const [maya, omar] = [await moderator(), await moderator()];
      const kase = await makeCase({
        status: "IN_REVIEW",
        claimedById: omar.id,
        claimExpiresAt: new Date(Date.now() - MINUTE),
      });
      // Maya saw the case as unclaimed at this version; the lapse changes nothing she saw.
      await expect(run(resolveCommand(kase.id, maya, { expectedVersion: kase.version }))).resolves.toMatchObject({
        changed: true,
      });
    });

    const callers: [string, (actor: CaseActor, caseId: string, version: number) => Promise<unknown>, string[]][] = [
      ["claim", (a, id) => claimCase(a, id), ["CLAIM_EXPIRED", "CLAIMED"]],
      ["release by someone else", (a, id) => releaseCase(a, id), ["CLAIM_EXPIRED"]],
      [
        "a decision",
        (a, id, v) =>
          decide(a, { action: "DISMISS", caseId: id, expectedVersion: v, requestId: randomUUID(), reason: REASON }),
        ["CLAIM_EXPIRED", "DISMISSED"],
      ],
      [
        "bulk dismiss",
        (a, id, v) => dismissCases(a, [{ caseId: id, version: v }], REASON),
        ["CLAIM_EXPIRED", "DISMISSED"],
      ],
    ];
    for (const [name, act, expected] of callers) {
      it(`is settled the same way by ${name}`, async () => {
        const [maya, omar] = [await moderator(), await moderator()];
        const kase = await makeCase({
          status: "IN_REVIEW",
          claimedById: omar.id,
          claimExpiresAt: new Date(Date.now() - MINUTE),
        });
        await act(maya, kase.id, kase.version);
        expect(await auditActions(kase.id)).toEqual(expected);
      });
    }

    it("is settled by staff assigning the case, who then record nobody as its previous holder", async () => {
      const [maya, omar, staff] = [await moderator(), await moderator(), await staffer()];
      const kase = await makeCase({
        status: "IN_REVIEW",
        claimedById: omar.id,
        claimExpiresAt: new Date(Date.now() - MINUTE),
      });
      await assignCase(staff, kase.id, maya.id);
      expect(await auditActions(kase.id)).toEqual(["CLAIM_EXPIRED", "ASSIGNED"]);
      const assigned = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: kase.id, action: "ASSIGNED" } });
      expect(assigned.data).toMatchObject({ fromUserId: null, toUserId: maya.id });
    });
  });

  describe("escalated and closed cases", () => {
    it("keeps escalated cases for staff whoever the caller is, and closed cases for reversals only", async () => {
      const [maya, staff] = [await moderator(), await staffer()];
      const escalated = await makeCase({ status: "ESCALATED" });
      const v = escalated.version;
      const refusals = await Promise.all([
        refusal(claimCase(maya, escalated.id)),
        refusal(
          decide(maya, {
            action: "DISMISS",
            caseId: escalated.id,
            expectedVersion: v,
            requestId: randomUUID(),
            reason: REASON,
          }),
        ),
        refusal(assignCase(staff, escalated.id, maya.id)),
        refusal(run(resolveCommand(escalated.id, maya))),
      ]);
      expect(refusals.map((e) => e.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
      const bulk = await dismissCases(maya, [{ caseId: escalated.id, version: v }], REASON);
      expect(bulk.outcomes[0]).toMatchObject({ ok: false, error: expect.stringContaining("only staff") });
      expect(await auditActions(escalated.id)).toEqual([]);
      // Staff may.
      await expect(run(resolveCommand(escalated.id, staff, { expectedVersion: v }))).resolves.toMatchObject({
        status: "RESOLVED",
      });

      const closed = await makeCase({ status: "DISMISSED", closedAt: new Date() });
      for (const intent of ["hold", "decide", "assign"] as const) {
        const error = await refusal(run({ ...resolveCommand(closed.id, staff), intent }));
        expect(error.code).toBe("CONFLICT");
        expect(error.message).toContain("already closed (dismissed)");
      }
      await expect(
        run({
          caseId: closed.id,
          actor: staff,
          intent: "reverse",
          apply: async () => ({ change: { audit: { action: "ENFORCEMENT_REVERSED" } }, result: null }),
        }),
      ).resolves.toMatchObject({
        status: "DISMISSED" satisfies CaseStatus,
        version: closed.version + 1,
      });
    });
  });

  describe("someone else's claim", () => {
    it("refuses every intent but staff's assignment, naming the holder (HELD_BY_OTHER)", async () => {
      const [maya, omar, staff] = [await moderator(), await moderator(), await staffer()];
      const kase = await makeCase();
      await claimCase(omar, kase.id);
      for (const intent of ["hold", "decide", "reverse", "release"] as const) {
        const error = await refusal(run({ ...resolveCommand(kase.id, maya), intent }));
        expect(error.reason).toBe("HELD_BY_OTHER");
        expect(error.message).toContain(`held by ${omar.name}`);
      }
      await expect(assignCase(staff, kase.id, maya.id)).resolves.toMatchObject({ claim: { userId: maya.id } });
    });
  });

  describe("request id", () => {
    it("applies once: a repeat finds the first outcome and does not run the change", async () => {
      const maya = await moderator();
      const kase = await makeCase();
      const requestId = randomUUID();
      let runs = 0;
      const command = (): CaseCommand<null> => ({
        caseId: kase.id,
        actor: maya,
        intent: "decide",
        expectedVersion: kase.version,
        requestId,
        apply: async () => {
          runs += 1;
          return { change: { status: "DISMISSED", claim: null, audit: { action: "DISMISSED" } }, result: null };
        },
      });
      const [a, b] = await Promise.all([run(command()), run(command())]);
      expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
      expect(runs).toBe(1);
      // The repeat answers with the version the first left, though it sent an older one.
      expect(a.version).toBe(kase.version + 1);
      expect(b.version).toBe(kase.version + 1);
      expect(await auditActions(kase.id)).toEqual(["DISMISSED"]);
    });

    it("is inherited by bulk dismiss: the same bulk request twice dismisses each case once", async () => {
      const maya = await moderator();
      const cases = [await makeCase(), await makeCase()];
      const refs = cases.map((c) => ({ caseId: c.id, version: c.version }));
      const requestId = randomUUID();
      const [first, second] = await Promise.all([
        dismissCases(maya, refs, REASON, { requestId }),
        dismissCases(maya, refs, REASON, { requestId }),
      ]);
      expect(first.outcomes.every((o) => o.ok)).toBe(true);
      expect(second.outcomes.every((o) => o.ok)).toBe(true);
      for (const c of cases) {
        expect(await auditActions(c.id)).toEqual(["DISMISSED"]);
        const event = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: c.id } });
        // The same audit data as a single DISMISS decision, marked as bulk.
        expect(event.data).toMatchObject({
          decision: "DISMISS",
          bulk: true,
          caseStatus: { from: "OPEN", to: "DISMISSED" },
        });
        expect(event.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      // A new bulk request is a new decision: refused as stale, not repeated.
      const again = await dismissCases(maya, refs, REASON, { requestId: randomUUID() });
      expect(again.outcomes.every((o) => !o.ok)).toBe(true);
    });
  });
});
