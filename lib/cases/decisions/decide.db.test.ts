import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decide } from "@/lib/cases/decisions/decide";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { SafeError } from "@/lib/errors";
import { makeJobCase, request, decision } from "@/tests/support/cases";
import { makeConsoleUser } from "@/tests/support/fixtures";

const reason = "Scam job asking for payment outside the platform";

describe("decide", () => {
  it("takes a job down and resolves the case, with one audit entry in the same transaction", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { job, kase } = await makeJobCase();
    const result = await decide(
      mod,
      decision(kase, { action: "TAKE_DOWN_JOB", reason, jobId: job.id, confirmed: true }),
    );
    expect(result.caseStatus).toBe("RESOLVED");
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("TAKEN_DOWN");
    const audit = await prisma.auditEvent.findMany({ where: { caseId: kase.id, action: "JOB_TAKEN_DOWN" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: mod.id, reason, caseVersion: result.caseVersion });
    expect(audit[0]!.data).toMatchObject({ jobStatus: { from: "OPEN", to: "TAKEN_DOWN" } });
  });

  it("restricts for a chosen time and scope, and the restriction ends by itself", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { client, kase } = await makeJobCase();
    await decide(
      mod,
      decision(kase, { action: "RESTRICT", reason, accountId: client.id, days: 3, scopes: ["MESSAGING"] }),
    );
    const restricted = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(restricted.status).toBe("RESTRICTED");
    expect(restricted.restrictionScopes).toEqual(["MESSAGING"]);
    expect(restricted.restrictedUntil!.getTime()).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);

    await expireRestrictions(new Date(Date.now() + 4 * 86_400_000));
    const after = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(after.status).toBe("ACTIVE");
    expect(after.restrictedUntil).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "RESTRICTION_EXPIRED", subjectId: client.id } })).toBe(1);
  });

  it("refuses a decision made on a stale version and says what changed", async () => {
    const [maya, omar] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("MODERATOR")];
    const { kase } = await makeJobCase();
    await decide(omar, decision(kase, { action: "ESCALATE", reason: "Needs a staff look at the payment scheme" }));
    const stale = decide(maya, decision(kase, { action: "DISMISS", reason: "Looks fine to me" }));
    await expect(stale).rejects.toThrow(SafeError);
    await expect(decide(maya, decision(kase, { action: "DISMISS", reason: "Looks fine to me" }))).rejects.toThrow(
      new RegExp(`changed since you opened it — ${omar.name}: escalated`),
    );
    expect((await prisma.case.findUniqueOrThrow({ where: { id: kase.id } })).status).toBe("ESCALATED");
  });

  it("applies a double submit once", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { client, kase } = await makeJobCase();
    const input = {
      action: "WARN" as const,
      caseId: kase.id,
      expectedVersion: kase.version,
      requestId: request(),
      reason,
      accountId: client.id,
    };
    const [a, b] = await Promise.all([decide(mod, input), decide(mod, input)]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).strikeCount).toBe(1);
    expect(await prisma.auditEvent.count({ where: { caseId: kase.id, action: "WARNED" } })).toBe(1);
  });

  it("lets exactly one of two moderators deciding at the same moment win", async () => {
    const [maya, omar] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("MODERATOR")];
    const { client, kase } = await makeJobCase();
    const results = await Promise.allSettled([
      decide(maya, decision(kase, { action: "DISMISS", reason: "No violation here" })),
      decide(omar, decision(kase, { action: "WARN", reason, accountId: client.id })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(SafeError);
    expect((rejected.reason as SafeError).code).toBe("CONFLICT");
    const decisions = await prisma.auditEvent.count({
      where: { caseId: kase.id, action: { in: ["DISMISSED", "WARNED"] } },
    });
    expect(decisions).toBe(1);
  });

  it("refuses to act on a case someone else holds", async () => {
    const [maya, omar] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("MODERATOR")];
    const { kase } = await makeJobCase();
    await prisma.case.update({
      where: { id: kase.id },
      data: { claimedById: omar.id, claimedAt: new Date(), claimExpiresAt: new Date(Date.now() + 600_000) },
    });
    await expect(decide(maya, decision(kase, { action: "DISMISS", reason: "No violation here" }))).rejects.toThrow(
      new RegExp(`is held by ${omar.name}`),
    );
  });

  it("requires confirmation for heavy actions", async () => {
    const staff = await makeConsoleUser("STAFF");
    const { client, kase } = await makeJobCase();
    await expect(decide(staff, decision(kase, { action: "SUSPEND", reason, accountId: client.id }))).rejects.toThrow(
      /confirm it first/,
    );
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("ACTIVE");
  });

  it("reverses a take-down (restores the job) and a suspension (reinstates the account)", async () => {
    const staff = await makeConsoleUser("STAFF");
    const { client, job, kase } = await makeJobCase();
    let v = (
      await decide(
        staff,
        decision(kase, { action: "TAKE_DOWN_JOB", reason, jobId: job.id, confirmed: true, resolve: false }),
      )
    ).caseVersion;
    v = (
      await decide(
        staff,
        decision(
          { id: kase.id, version: v },
          { action: "SUSPEND", reason, accountId: client.id, confirmed: true, resolve: false },
        ),
      )
    ).caseVersion;
    const enforcements = await prisma.enforcement.findMany({
      where: { caseId: kase.id },
      orderBy: { createdAt: "asc" },
    });
    for (const e of enforcements) {
      v = (
        await decide(
          staff,
          decision(
            { id: kase.id, version: v },
            { action: "REVERSE", reason: "Verified the client is genuine", enforcementId: e.id, confirmed: true },
          ),
        )
      ).caseVersion;
    }
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("OPEN");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("ACTIVE");
    const actions = (await prisma.auditEvent.findMany({ where: { caseId: kase.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["JOB_RESTORED", "ACCOUNT_REINSTATED"]));
  });

  it("rejects bad input with field messages and changes nothing", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { client, kase } = await makeJobCase();
    await expect(
      decide(mod, decision(kase, { action: "RESTRICT", reason: "x", accountId: client.id, days: 0, scopes: [] })),
    ).rejects.toThrow(/reason/);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: kase.id } })).version).toBe(kase.version);
  });
});
