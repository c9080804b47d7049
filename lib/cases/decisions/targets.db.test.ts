import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decide } from "@/lib/cases/decisions/decide";
import { reopenCase } from "@/lib/cases/decisions/reopen";
import { casePartiesOf, defaultTargetOf } from "@/lib/cases/parties";
import { claimCase } from "@/lib/cases/claims/claims";
import { SafeError } from "@/lib/errors";
import { fileTestReport, makeJobCase, request, decision } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser, makeThread, makeMessage } from "@/tests/support/fixtures";

const reason = "Decision on the wrong target";

async function reasonOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return "applied";
  } catch (error) {
    if (error instanceof SafeError) return error.reason ?? error.code;
    throw error;
  }
}

/** A thread case where the freelancer shared an e-mail: the C-17 shape. */
async function makeThreadCase() {
  const { thread, client, freelancer, job } = await makeThread();
  const clean = await makeMessage(thread.id, client.id, "Hi!");
  const bad = await makeMessage(thread.id, freelancer.id, "mail me at zoe@example.org", {
    findings: {
      create: {
        category: "CONTACT_SHARING",
        ruleId: "email",
        start: 11,
        end: 26,
        value: "zoe@example.org",
        violation: true,
        severity: "HIGH",
        explanation: "An e-mail address.",
      },
    },
  });
  const { caseId } = await fileTestReport({
    source: "AUTOMATIC",
    reporterId: null,
    reason: "OFF_PLATFORM_CONTACT",
    subject: { type: "THREAD", threadId: thread.id },
  });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
  return { thread, client, freelancer, job, kase, clean, bad };
}

describe("decision targets are checked on the server", () => {
  it("defaults to the author of the violating findings, not the client (C-17)", async () => {
    const { kase, freelancer, client } = await makeThreadCase();
    const parties = await casePartiesOf(prisma, kase.id);
    expect(parties.accountIds).toEqual(expect.arrayContaining([client.id, freelancer.id]));
    expect(defaultTargetOf(parties)).toBe(freelancer.id);
  });

  it("refuses an account that is not a party to the case", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { kase } = await makeJobCase();
    const stranger = await makeAccount();
    const before = await prisma.auditEvent.count({ where: { caseId: kase.id } });
    const outcome = await reasonOf(decide(mod, decision(kase, { action: "WARN", reason, accountId: stranger.id })));
    expect(outcome).toBe("TARGET_NOT_IN_CASE");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: stranger.id } })).strikeCount).toBe(0);
    expect(await prisma.auditEvent.count({ where: { caseId: kase.id } })).toBe(before);
  });

  it("refuses a job that is not the case's", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { kase } = await makeJobCase();
    const { job: other } = await makeJobCase();
    const outcome = await reasonOf(
      decide(mod, decision(kase, { action: "TAKE_DOWN_JOB", reason, jobId: other.id, confirmed: true })),
    );
    expect(outcome).toBe("TARGET_NOT_IN_CASE");
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("OPEN");
  });

  it("refuses reversing an enforcement of an unrelated account", async () => {
    const staff = await makeConsoleUser("STAFF");
    const other = await makeJobCase();
    await decide(
      staff,
      decision(other.kase, {
        action: "WARN",
        reason: "Warned in its own case",
        accountId: other.client.id,
        resolve: false,
      }),
    );
    const foreign = await prisma.enforcement.findFirstOrThrow({ where: { caseId: other.kase.id } });
    const { kase } = await makeJobCase();
    const outcome = await reasonOf(
      decide(staff, decision(kase, { action: "REVERSE", reason, enforcementId: foreign.id, confirmed: true })),
    );
    expect(outcome).toBe("TARGET_NOT_IN_CASE");
    expect((await prisma.enforcement.findUniqueOrThrow({ where: { id: foreign.id } })).reversedAt).toBeNull();
  });

  it("refuses a moderator enforcing on an account whose own case another moderator holds; staff may", async () => {
    const [maya, omar, staff] = [
      await makeConsoleUser("MODERATOR"),
      await makeConsoleUser("MODERATOR"),
      await makeConsoleUser("STAFF"),
    ];
    const { kase, freelancer } = await makeThreadCase();
    // The freelancer's own account case, held by Omar.
    const own = await fileTestReport({
      reporterId: null,
      reason: "SPAM",
      subject: { type: "ACCOUNT", accountId: freelancer.id },
    });
    await claimCase(omar, own.caseId);
    const input = {
      action: "WARN" as const,
      caseId: kase.id,
      expectedVersion: kase.version,
      reason,
      accountId: freelancer.id,
    };
    const refused = decide(maya, { ...input, requestId: request() });
    expect(await reasonOf(refused)).toBe("TARGET_HELD_BY_OTHER");
    await expect(decide(maya, { ...input, requestId: request() })).rejects.toThrow(new RegExp(omar.name));
    expect(await reasonOf(decide(staff, { ...input, requestId: request() }))).toBe("applied");
  });

  it("refuses a moderator enforcing on an account escalated to staff", async () => {
    const [maya, omar] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("MODERATOR")];
    const { kase, freelancer } = await makeThreadCase();
    const own = await fileTestReport({
      reporterId: null,
      reason: "PHISHING",
      subject: { type: "ACCOUNT", accountId: freelancer.id },
    });
    const ownCase = await prisma.case.findUniqueOrThrow({ where: { id: own.caseId } });
    await decide(omar, decision(ownCase, { action: "ESCALATE", reason: "Looks like a ring, staff please" }));
    const outcome = await reasonOf(
      decide(
        maya,
        decision(kase, { action: "RESTRICT", reason, accountId: freelancer.id, days: 3, scopes: ["MESSAGING"] }),
      ),
    );
    expect(outcome).toBe("TARGET_ESCALATED");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: freelancer.id } })).status).toBe("ACTIVE");
  });

  it("reopens a case resolved by a decision that was later reversed, and the author can then be warned", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { kase, client, freelancer } = await makeThreadCase();
    const wrong = await decide(
      mod,
      decision(kase, { action: "WARN", reason: "Shared contact details", accountId: client.id }),
    );
    expect(wrong.caseStatus).toBe("RESOLVED");
    const e = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id } });
    const undone = await decide(
      mod,
      decision(
        { id: kase.id, version: wrong.caseVersion },
        { action: "REVERSE", reason: "Warned the wrong account", enforcementId: e.id, confirmed: true },
      ),
    );
    const reopened = await reopenCase(mod, {
      caseId: kase.id,
      expectedVersion: undone.caseVersion,
      requestId: request(),
      reason: "Decide again on the right account",
    });
    expect(reopened.status).toBe("OPEN");
    expect(await prisma.auditEvent.count({ where: { caseId: kase.id, action: "CASE_REOPENED" } })).toBe(1);
    const right = await decide(
      mod,
      decision(
        { id: kase.id, version: reopened.version },
        { action: "WARN", reason: "Shared contact details", accountId: freelancer.id },
      ),
    );
    expect(right.caseStatus).toBe("RESOLVED");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: freelancer.id } })).strikeCount).toBe(1);
  });

  it("keeps a case closed whose decision still stands", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { kase, freelancer } = await makeThreadCase();
    const done = await decide(
      mod,
      decision(kase, { action: "WARN", reason: "Shared contact details", accountId: freelancer.id }),
    );
    await expect(
      reopenCase(mod, {
        caseId: kase.id,
        expectedVersion: done.caseVersion,
        requestId: request(),
        reason: "Decide again please",
      }),
    ).rejects.toThrow(/every decision it was closed with is reversed/);
  });
});
