import { describe, expect, it } from "vitest";
import { decideOnAccount } from "@/lib/accounts/decide";
import { claimCase } from "@/lib/cases/claims/claims";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { fileTestReport, makeJobCase, request } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser, makeJob } from "@/tests/support/fixtures";

async function report(subject: { type: "ACCOUNT"; accountId: string } | { type: "JOB"; jobId: string }) {
  const reporter = await makeAccount({ kind: "FREELANCER" });
  const { caseId } = await fileTestReport({ reporterId: reporter.id, reason: "SCAM_JOB", subject });
  return prisma.case.findUniqueOrThrow({ where: { id: caseId } });
}

/** A scammer with a job case (where the decision is taken) and three other open cases. */
async function scammer() {
  const { client, job, kase } = await makeJobCase();
  const others = [
    await report({ type: "ACCOUNT", accountId: client.id }),
    await report({ type: "JOB", jobId: (await makeJob(client.id)).id }),
    await report({ type: "JOB", jobId: (await makeJob(client.id)).id }),
  ];
  return { client, job, kase, others };
}

describe("decisions on an account that settle its cases", () => {
  it("suspends once and settles every other open case, one audit event per case, linked to the decision", async () => {
    const staff = await makeConsoleUser("STAFF");
    const { client, kase, others } = await scammer();
    const requestId = request();
    const suspend = {
      accountId: client.id,
      action: "SUSPEND",
      reason: "Recruitment scam ring",
      settleOpenCases: true,
      fromCaseId: kase.id,
      expectedVersion: kase.version,
      requestId,
      confirmed: true,
    } as const;
    const result = await decideOnAccount(staff, suspend);
    expect(result.settled.map((c) => c.id).sort()).toEqual(others.map((c) => c.id).sort());
    expect(result.message).toMatch(/Settled 3 other open cases/);
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("SUSPENDED");
    expect(await prisma.enforcement.count({ where: { accountId: client.id, kind: "SUSPENSION" } })).toBe(1);
    const suspension = await prisma.enforcement.findFirstOrThrow({
      where: { accountId: client.id, kind: "SUSPENSION" },
    });
    for (const c of [kase, ...others]) {
      expect((await prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RESOLVED");
    }
    for (const c of others) {
      const events = await prisma.auditEvent.findMany({ where: { caseId: c.id, action: "RESOLVED" } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ groupId: requestId, actorId: staff.id, caseVersion: c.version + 1 });
      expect(events[0]!.data).toMatchObject({
        settledBy: { decision: "SUSPEND", enforcementIds: [suspension.id], fromCaseId: kase.id },
      });
    }
    // The same request again applies nothing.
    const again = await decideOnAccount(staff, suspend);
    expect(again.duplicate).toBe(true);
  });

  it("sinks the account's open cases when it is suspended without settling them", async () => {
    const staff = await makeConsoleUser("STAFF");
    const { client, others } = await scammer();
    const before = await prisma.case.findUniqueOrThrow({ where: { id: others[0]!.id } });
    await decideOnAccount(staff, {
      accountId: client.id,
      action: "SUSPEND",
      reason: "Suspend, keep the cases",
      requestId: request(),
      confirmed: true,
    });
    const after = await prisma.case.findUniqueOrThrow({ where: { id: others[0]!.id } });
    expect(after.status).toBe("OPEN");
    expect(after.priority).toBeLessThan(before.priority);
    expect(after.priorityBreakdown).toMatchObject({ suspended: -100 });
  });

  it("is all or nothing: a refused enforcement settles no case", async () => {
    const staff = await makeConsoleUser("STAFF");
    const { client, kase, others } = await scammer();
    await prisma.account.update({ where: { id: client.id }, data: { status: "SUSPENDED" } });
    await expect(
      decideOnAccount(staff, {
        accountId: client.id,
        action: "SUSPEND",
        reason: "Suspend again",
        settleOpenCases: true,
        fromCaseId: kase.id,
        expectedVersion: kase.version,
        requestId: request(),
        confirmed: true,
      }),
    ).rejects.toThrow(/already suspended/);
    for (const c of others) expect((await prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("OPEN");
  });

  it("leaves a case another moderator holds to them (staff), and refuses a moderator outright", async () => {
    const [staff, mod, omar] = [
      await makeConsoleUser("STAFF"),
      await makeConsoleUser("MODERATOR"),
      await makeConsoleUser("MODERATOR"),
    ];
    const { client, kase, others } = await scammer();
    await claimCase(omar, others[0]!.id);
    const refused = await decideOnAccount(mod, {
      accountId: client.id,
      action: "WARN",
      reason: "Warn and settle",
      settleOpenCases: true,
      fromCaseId: kase.id,
      expectedVersion: kase.version,
      requestId: request(),
      confirmed: true,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SafeError);
    expect((refused as SafeError).reason).toBe("TARGET_HELD_BY_OTHER");

    const result = await decideOnAccount(staff, {
      accountId: client.id,
      action: "TAKE_DOWN_JOBS",
      reason: "Take everything down",
      settleOpenCases: true,
      requestId: request(),
      confirmed: true,
    });
    expect(result.left.map((c) => c.id)).toEqual([others[0]!.id]);
    expect(result.settled).toHaveLength(3); // the job case it was not taken from, too
    expect(await prisma.jobPosting.count({ where: { clientId: client.id, status: "OPEN" } })).toBe(0);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: others[0]!.id } })).status).toBe("IN_REVIEW");
  });

  it("needs staff for a suspension or a long restriction, as on a case", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { client } = await scammer();
    for (const extra of [
      { action: "SUSPEND" as const },
      { action: "RESTRICT" as const, days: 30, scopes: ["MESSAGING" as const] },
    ]) {
      const error = await decideOnAccount(mod, {
        accountId: client.id,
        reason: "Moderator tries",
        requestId: request(),
        confirmed: true,
        ...extra,
      }).catch((e: unknown) => e);
      expect((error as SafeError).code).toBe("FORBIDDEN");
    }
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("ACTIVE");
  });
});
