import { describe, expect, it } from "vitest";
import { refreshCasePriorities, refreshCasePriority } from "@/lib/cases/intake/refresh-priority";
import { prisma } from "@/lib/db/prisma";
import { fileTestReport } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser, makeThread, makeMessage } from "@/tests/support/fixtures";

describe("refreshCasePriority", () => {
  it("reads every part of the formula: reporters, the detector's worst violation in the job's threads, the account and earlier enforcement", async () => {
    const { thread, client, job } = await makeThread();
    await prisma.account.update({
      where: { id: client.id },
      data: { joinedAt: new Date(Date.now() - 3 * 86_400_000), paymentVerified: false },
    });
    await makeMessage(thread.id, client.id, "pay me on paypal", {
      findings: {
        create: [
          {
            category: "OFF_PLATFORM_PAYMENT",
            ruleId: "t",
            start: 0,
            end: 3,
            violation: true,
            severity: "HIGH",
            explanation: "x",
          },
          {
            category: "CONTACT_SHARING",
            ruleId: "t",
            start: 0,
            end: 3,
            violation: false,
            severity: "CRITICAL",
            explanation: "not a violation",
          },
        ],
      },
    });
    const reporter = await makeAccount({ kind: "FREELANCER" });
    const moderator = await makeConsoleUser("MODERATOR");
    const { caseId } = await fileTestReport({
      reporterId: reporter.id,
      reason: "SCAM_JOB",
      subject: { type: "JOB", jobId: job.id },
    });
    const other = await fileTestReport({
      reporterId: reporter.id,
      reason: "SPAM",
      subject: { type: "ACCOUNT", accountId: client.id },
    });
    await prisma.enforcement.create({
      data: { kind: "WARNING", accountId: client.id, caseId: other.caseId, reason: "earlier", actorId: moderator.id },
    });
    await prisma.enforcement.create({
      data: { kind: "WARNING", accountId: client.id, caseId, reason: "this case's own", actorId: moderator.id },
    });

    const now = new Date();
    const score = await prisma.$transaction((tx) => refreshCasePriority(tx, caseId, now));
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.priority).toBe(score);
    expect(kase.priorityBreakdown).toMatchObject({
      severity: 30,
      reporters: 12,
      newAccount: 15,
      unverifiedPayment: 6,
      priorEnforcement: 8,
    });

    const both = await prisma.$transaction((tx) =>
      refreshCasePriorities(tx, [
        { caseId, now },
        { caseId: other.caseId, now },
      ]),
    );
    expect(both.get(caseId)).toBe(score);
    expect(both.has(other.caseId)).toBe(true);
  });
});
