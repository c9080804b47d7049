import { describe, expect, it } from "vitest";
import { decideCompound, undoGroup } from "@/lib/cases/decisions/compound";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { DEFAULT_TEMPLATES } from "@/lib/replies/default-templates";
import { fileTestReport, makeJobCase, request } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser } from "@/tests/support/fixtures";

async function ensureTemplates() {
  for (const t of DEFAULT_TEMPLATES) {
    await prisma.replyTemplate.upsert({ where: { name: t.name }, create: t, update: {} });
  }
}

describe("a compound decision with undo", () => {
  it("takes the job down, restricts the poster and thanks every reporter as one group; staff undo it whole", async () => {
    await ensureTemplates();
    const [mod, staff] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("STAFF")];
    const { client, job, kase: first } = await makeJobCase();
    const second = await makeAccount({ kind: "FREELANCER" });
    await fileTestReport({ reporterId: second.id, reason: "SCAM_JOB", subject: { type: "JOB", jobId: job.id } });
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: first.id } });
    const requestId = request();
    const done = await decideCompound(mod, {
      caseId: kase.id,
      expectedVersion: kase.version,
      requestId,
      reason: "Scam job asking for a fee",
      restrictDays: 7,
      scopes: ["JOB_POSTING"],
      thankReporters: true,
      confirmed: true,
    });
    expect(done.status).toBe("RESOLVED");
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("TAKEN_DOWN");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("RESTRICTED");
    const replies = await prisma.reply.findMany({ where: { caseId: kase.id, audience: "REPORTER" } });
    expect(replies).toHaveLength(2);
    // The poster hears of both enforcements: one statement of reasons each.
    expect(await prisma.reply.count({ where: { caseId: kase.id, statement: { isNot: null } } })).toBe(2);
    expect(replies[0]!.body).not.toMatch(/\[\[|\{\{/);
    const group = await prisma.auditEvent.findMany({ where: { groupId: requestId }, orderBy: { id: "asc" } });
    expect(group.map((e) => e.action).sort()).toEqual(
      [
        "ACCOUNT_RESTRICTED",
        "JOB_TAKEN_DOWN",
        "REPLY_SENT",
        "REPLY_SENT",
        "STATEMENT_ISSUED",
        "STATEMENT_ISSUED",
      ].sort(),
    );
    expect(group.filter((e) => e.caseVersion !== null)).toHaveLength(1);
    expect(await prisma.enforcement.count({ where: { groupId: requestId } })).toBe(2);

    // A moderator may not undo it as a whole.
    await expect(
      undoGroup(mod, {
        caseId: kase.id,
        expectedVersion: done.version,
        requestId: request(),
        groupId: requestId,
        reason: "Undo" + " it",
      }),
    ).rejects.toThrow(SafeError);
    const undone = await undoGroup(staff, {
      caseId: kase.id,
      expectedVersion: done.version,
      requestId: request(),
      groupId: requestId,
      reason: "The job was legitimate",
    });
    expect(undone.status).toBe("OPEN");
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("OPEN");
    const account = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(account).toMatchObject({ status: "ACTIVE", restrictedUntil: null });
    expect(await prisma.enforcement.count({ where: { groupId: requestId, reversedAt: null } })).toBe(0);
    expect(await prisma.reply.count({ where: { caseId: kase.id, status: "QUEUED" } })).toBe(0);
  }, 60_000);

  it("refuses a moderator the long restriction within it, and writes nothing", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { job, kase } = await makeJobCase();
    await expect(
      decideCompound(mod, {
        caseId: kase.id,
        expectedVersion: kase.version,
        requestId: request(),
        reason: "Scam job asking for a fee",
        restrictDays: 30,
        scopes: ["JOB_POSTING"],
        confirmed: true,
      }),
    ).rejects.toThrow(/more than 14 days/);
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("OPEN");
  });
});
