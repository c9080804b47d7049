import { describe, expect, it } from "vitest";
import { decideAppeal } from "@/lib/appeals/decide";
import { receiveAppeal } from "@/lib/appeals/intake";
import { decide } from "@/lib/cases/decisions/decide";
import { listQueueItems } from "@/lib/cases/queue/list";
import { queueParamsSchema } from "@/lib/cases/queue/schemas";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { makeJobCase, request, decision } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser, uid } from "@/tests/support/fixtures";

const DAY = 86_400_000;

/** A job case whose client a moderator restricted for 30 days (by staff: moderators stop at 14). */
async function restrictedCase(kind: "RESTRICT" | "WARN" | "TAKE_DOWN_JOB" = "RESTRICT") {
  const decider = await makeConsoleUser("STAFF");
  const { client, job, kase } = await makeJobCase();
  await decide(
    decider,
    decision(kase, {
      ...(kind === "RESTRICT"
        ? { action: "RESTRICT", accountId: client.id, days: 30, scopes: ["MESSAGING", "PROPOSALS"] }
        : kind === "WARN"
          ? { action: "WARN", accountId: client.id }
          : { action: "TAKE_DOWN_JOB", jobId: job.id }),
      reason: "Asked for payment outside the platform",
      confirmed: true,
    }),
  );
  const enforcement = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id } });
  return { decider, client, job, kase, enforcement };
}

function appealOf(c: Awaited<ReturnType<typeof restrictedCase>>, extra: Record<string, unknown> = {}) {
  return {
    id: `appeal-${uid()}`,
    accountId: c.client.externalId,
    caseId: `C-${c.kase.number}`,
    statement: "The payment link was the platform's own invoice page, not an outside one.",
    submittedAt: new Date().toISOString(),
    ...extra,
  };
}

async function refusal(promise: Promise<unknown>): Promise<SafeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SafeError);
  return error as SafeError;
}

async function appealCaseOf(caseId: string) {
  return prisma.case.findUniqueOrThrow({ where: { id: caseId } });
}

describe("appeal intake", () => {
  it("opens an appeal case linked to the case and enforcement, once (a resend is unchanged)", async () => {
    const c = await restrictedCase();
    const input = appealOf(c);
    const first = await receiveAppeal(input);
    expect(first).toMatchObject({ status: "created", appealedCaseId: c.kase.id, enforcementId: c.enforcement.id });
    const again = await receiveAppeal(input);
    expect(again).toMatchObject({ status: "unchanged", caseId: first.caseId });
    const appealCase = await appealCaseOf(first.caseId);
    expect(appealCase).toMatchObject({ subjectType: "APPEAL", status: "OPEN" });
    expect(await prisma.appeal.count({ where: { externalId: input.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { caseId: first.caseId, action: "CASE_OPENED" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { caseId: c.kase.id, action: "APPEAL_RECEIVED" } })).toBe(1);
    // It waits in the Appeals tab, not on the moderators' desk.
    const viewer = { id: c.decider.id };
    const appeals = await listQueueItems(viewer, queueParamsSchema.parse({ tab: "appeals", limit: 100 }));
    expect(appeals.items.map((i) => i.id)).toContain(first.caseId);
    const desk = await listQueueItems(viewer, queueParamsSchema.parse({ tab: "unassigned", limit: 100 }));
    expect(desk.items.map((i) => i.id)).not.toContain(first.caseId);
  });

  it("refuses the same id with a different statement (409)", async () => {
    const c = await restrictedCase();
    const input = appealOf(c);
    await receiveAppeal(input);
    const error = await refusal(receiveAppeal({ ...input, statement: "Something else entirely." }));
    expect(error.code).toBe("CONFLICT");
  });

  it("refuses a second appeal of the same enforcement", async () => {
    const c = await restrictedCase();
    await receiveAppeal(appealOf(c));
    const error = await refusal(receiveAppeal(appealOf(c)));
    expect(error.publicCode).toBe("APPEAL_DUPLICATE");
  });

  it("refuses an appeal after the deadline, and accepts one just before it", async () => {
    const c = await restrictedCase();
    const at = c.enforcement.createdAt.getTime();
    const late = await refusal(
      receiveAppeal(
        appealOf(c, { submittedAt: new Date(at + 14 * DAY + 60_000).toISOString() }),
        new Date(at + 15 * DAY),
      ),
    );
    expect(late.publicCode).toBe("APPEAL_DEADLINE_PASSED");
    expect(late.message).toMatch(/deadline passed/);
    const inTime = await receiveAppeal(
      appealOf(c, { submittedAt: new Date(at + 14 * DAY - 60_000).toISOString() }),
      new Date(at + 15 * DAY),
    );
    expect(inTime.status).toBe("created");
  });

  it("refuses an enforcement that is not the account's in that case", async () => {
    const c = await restrictedCase();
    const other = await restrictedCase();
    const foreign = await refusal(receiveAppeal(appealOf(c, { enforcementId: other.enforcement.id })));
    expect(foreign.publicCode).toBe("APPEAL_NOT_OF_APPELLANT");
    const stranger = await makeAccount();
    const notTheirs = await refusal(receiveAppeal(appealOf(c, { accountId: stranger.externalId })));
    expect(notTheirs.publicCode).toBe("APPEAL_NOT_OF_APPELLANT");
    expect(await prisma.appeal.count({ where: { caseId: c.kase.id } })).toBe(0);
  });
});

describe("appeal decisions", () => {
  async function openAppeal(kind?: "RESTRICT" | "WARN" | "TAKE_DOWN_JOB") {
    const c = await restrictedCase(kind);
    const received = await receiveAppeal(appealOf(c));
    const appealCase = await appealCaseOf(received.caseId);
    return { ...c, appealCase };
  }
  const base = (kase: { id: string; version: number }) => ({
    caseId: kase.id,
    expectedVersion: kase.version,
    requestId: request(),
    reason: "The invoice link is the platform's own",
  });

  it("never lets the person who made the decision decide its appeal, nor a moderator", async () => {
    const a = await openAppeal();
    const own = await refusal(decideAppeal(a.decider, { ...base(a.appealCase), decision: "UPHOLD" }));
    expect(own.publicCode).toBe("APPEAL_OWN_DECISION");
    const mod = await makeConsoleUser("MODERATOR");
    const moderator = await refusal(decideAppeal(mod, { ...base(a.appealCase), decision: "UPHOLD" }));
    expect(moderator.code).toBe("FORBIDDEN");
    expect((await appealCaseOf(a.appealCase.id)).status).toBe("OPEN");
    expect(await prisma.reply.count({ where: { caseId: a.appealCase.id } })).toBe(0);
  });

  it("upholds: the restriction stands, the case closes, audited, and the appellant gets a reply", async () => {
    const a = await openAppeal();
    const staff = await makeConsoleUser("STAFF");
    const result = await decideAppeal(staff, { ...base(a.appealCase), decision: "UPHOLD" });
    expect(result.caseStatus).toBe("RESOLVED");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: a.client.id } })).status).toBe("RESTRICTED");
    const appeal = await prisma.appeal.findFirstOrThrow({ where: { enforcementId: a.enforcement.id } });
    expect(appeal).toMatchObject({ status: "DECIDED", outcome: "UPHELD", decidedById: staff.id });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { caseId: a.appealCase.id, action: "APPEAL_UPHELD" },
    });
    expect(event).toMatchObject({ actorId: staff.id, caseVersion: result.caseVersion });
    const reply = await prisma.reply.findFirstOrThrow({ where: { caseId: a.appealCase.id } });
    expect(reply).toMatchObject({ recipientId: a.client.id, status: "QUEUED" });
    expect(reply.body).toContain("the decision stands");
    expect(reply.body).not.toMatch(/\{\{|\[\[/);
  });

  it("overturns: the restriction is lifted through the reversal path, on both cases' trails", async () => {
    const a = await openAppeal();
    const staff = await makeConsoleUser("STAFF");
    await decideAppeal(staff, { ...base(a.appealCase), decision: "OVERTURN", confirmed: true });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: a.client.id } })).status).toBe("ACTIVE");
    expect((await prisma.enforcement.findUniqueOrThrow({ where: { id: a.enforcement.id } })).reversedById).toBe(
      staff.id,
    );
    expect(await prisma.auditEvent.count({ where: { caseId: a.kase.id, action: "RESTRICTION_LIFTED" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { caseId: a.appealCase.id, action: "APPEAL_OVERTURNED" } })).toBe(1);
    const reply = await prisma.reply.findFirstOrThrow({ where: { caseId: a.appealCase.id } });
    expect(reply.subject).toContain("successful");
  });

  it("overturns a job take-down (job restored) and a warning (strike withdrawn)", async () => {
    const staff = await makeConsoleUser("STAFF");
    const down = await openAppeal("TAKE_DOWN_JOB");
    await decideAppeal(staff, { ...base(down.appealCase), decision: "OVERTURN", confirmed: true });
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: down.job.id } })).status).toBe("OPEN");
    const warned = await openAppeal("WARN");
    expect((await prisma.account.findUniqueOrThrow({ where: { id: warned.client.id } })).strikeCount).toBe(1);
    await decideAppeal(staff, { ...base(warned.appealCase), decision: "OVERTURN", confirmed: true });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: warned.client.id } })).strikeCount).toBe(0);
  });

  it("modifies: a shorter restriction replaces the appealed one", async () => {
    const a = await openAppeal();
    const staff = await makeConsoleUser("STAFF");
    const tooLong = await refusal(
      decideAppeal(staff, { ...base(a.appealCase), decision: "MODIFY", days: 40, confirmed: true }),
    );
    expect(tooLong.message).toMatch(/must end sooner/);
    await decideAppeal(staff, { ...base(a.appealCase), decision: "MODIFY", days: 7, confirmed: true });
    const account = await prisma.account.findUniqueOrThrow({ where: { id: a.client.id } });
    expect(account.status).toBe("RESTRICTED");
    const expected = a.enforcement.createdAt.getTime() + 7 * DAY;
    expect(Math.abs(account.restrictedUntil!.getTime() - expected)).toBeLessThan(1000);
    const appeal = await prisma.appeal.findFirstOrThrow({ where: { enforcementId: a.enforcement.id } });
    expect(appeal.outcome).toBe("MODIFIED");
    expect(appeal.replacementId).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { caseId: a.appealCase.id, action: "APPEAL_MODIFIED" } })).toBe(1);
    // The replacement is an enforcement like any other: its own statement of reasons, on the appealed case's facts.
    const statement = await prisma.statementOfReasons.findUniqueOrThrow({
      where: { enforcementId: appeal.replacementId! },
      include: { reply: true },
    });
    expect(statement).toMatchObject({ kind: "RESTRICTION", caseId: a.appealCase.id, accountId: a.client.id });
    expect(statement.endsAt!.getTime()).toBe(account.restrictedUntil!.getTime());
    expect(statement.facts).toContain(`C-${a.kase.number}`);
    expect(statement.reply!.recipientId).toBe(a.client.id);
    expect(
      await prisma.auditEvent.count({
        where: {
          caseId: a.appealCase.id,
          action: "STATEMENT_ISSUED",
          data: { path: ["statementId"], equals: statement.id },
        },
      }),
    ).toBe(1);
  });
});
