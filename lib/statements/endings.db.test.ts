import { describe, expect, it } from "vitest";
import { decideOnAccount } from "@/lib/accounts/decide";
import { decideAppeal } from "@/lib/appeals/decide";
import { receiveAppeal } from "@/lib/appeals/intake";
import { decideCompound, undoGroup } from "@/lib/cases/decisions/compound";
import { decide } from "@/lib/cases/decisions/decide";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { prisma } from "@/lib/db/prisma";
import { endStatement } from "@/lib/statements/end";
import { decision, makeJobCase, request } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser, uid } from "@/tests/support/fixtures";

const DAY = 86_400_000;

/** A restriction on a fresh account from its page, `days` long; its enforcement and statement. */
async function restrictFor(days: number, accountId?: string) {
  const staff = await makeConsoleUser("STAFF");
  const account = accountId ? { id: accountId } : await makeAccount({ kind: "FREELANCER" });
  const { groupId } = await decideOnAccount(staff, {
    accountId: account.id,
    action: "RESTRICT",
    days,
    scopes: ["MESSAGING"],
    reason: "Shared a phone number in three threads",
    requestId: request(),
    confirmed: true,
  });
  const e = await prisma.enforcement.findFirstOrThrow({ where: { groupId }, include: { statement: true } });
  return { staff, accountId: account.id, enforcement: e, statement: e.statement! };
}

/** The statement's recorded end, its follow-up notice and its STATEMENT_ENDED events. */
async function endingOf(statementId: string) {
  const s = await prisma.statementOfReasons.findUniqueOrThrow({
    where: { id: statementId },
    include: { endReply: true },
  });
  const events = await prisma.auditEvent.findMany({
    where: { action: "STATEMENT_ENDED", data: { path: ["statementId"], equals: statementId } },
    orderBy: { id: "asc" },
  });
  return { s, events };
}

describe("a statement of reasons records how its enforcement ended", () => {
  it("when a restriction runs out: ended EXPIRED by the system, the account told once", async () => {
    const r = await restrictFor(3);
    const later = new Date(Date.now() + 4 * DAY);
    await expireRestrictions(later);
    await expireRestrictions(later); // a second look changes nothing
    const { s, events } = await endingOf(r.statement.id);
    expect(s).toMatchObject({ endReason: "EXPIRED", endedAt: later });
    expect(s.endNote).toMatch(/^The restriction ended as set on .*: your account can send messages again\.$/);
    expect(s.endReply).toMatchObject({ recipientId: r.accountId, status: "QUEUED", senderId: r.staff.id });
    expect(s.endReply!.subject).toBe("Statement of reasons updated: the restriction has ended");
    expect(s.endReply!.body).toContain(s.endNote!);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: "SYSTEM", actorId: null, subjectId: r.accountId });
    expect(events[0]!.data).toMatchObject({ end: "EXPIRED", replyId: s.endReplyId });
    expect(await prisma.auditEvent.count({ where: { action: "RESTRICTION_EXPIRED", subjectId: r.accountId } })).toBe(1);
  });

  it("when a restriction runs out under a longer one: that statement ends, the longer one's does not", async () => {
    const short = await restrictFor(2);
    const long = await restrictFor(10, short.accountId);
    await expireRestrictions(new Date(Date.now() + 3 * DAY));
    expect((await endingOf(short.statement.id)).s.endReason).toBe("EXPIRED");
    expect((await endingOf(long.statement.id)).s.endedAt).toBeNull();
    // The account stays restricted by the longer one.
    expect((await prisma.account.findUniqueOrThrow({ where: { id: short.accountId } })).status).toBe("RESTRICTED");
  });

  it("only one of two racing expiries writes it", async () => {
    const r = await restrictFor(1);
    const later = new Date(Date.now() + 2 * DAY);
    await Promise.all([expireRestrictions(later), expireRestrictions(later), expireRestrictions(later)]);
    const { s, events } = await endingOf(r.statement.id);
    expect(events).toHaveLength(1);
    expect(await prisma.reply.count({ where: { recipientId: r.accountId, subject: s.endReply!.subject } })).toBe(1);
  });

  it("when a decision is reversed: ended REVERSED by the reverser, in the reversal's transaction", async () => {
    const staff = await makeConsoleUser("STAFF");
    const c = await makeJobCase();
    await decide(
      staff,
      decision(c.kase, { action: "TAKE_DOWN_JOB", jobId: c.job.id, reason: "Fee asked up front", confirmed: true }),
    );
    const e = await prisma.enforcement.findFirstOrThrow({ where: { caseId: c.kase.id }, include: { statement: true } });
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.kase.id } });
    const reverser = await makeConsoleUser("STAFF");
    await decide(
      reverser,
      decision(kase, {
        action: "REVERSE",
        enforcementId: e.id,
        reason: "The fee was the platform's own",
        confirmed: true,
      }),
    );
    const { s, events } = await endingOf(e.statement!.id);
    expect(s.endReason).toBe("REVERSED");
    expect(s.endNote).toMatch(/^Reversed on .* after review: your job posting ".*" can be seen again\.$/);
    // The staff's own reason is not sent to the account.
    expect(s.endReply!.body).not.toContain("platform's own");
    expect(s.endReply!.subject).toBe(`Statement of reasons updated: a decision was reversed (C-${c.kase.number})`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: reverser.id, caseId: c.kase.id });
  });

  it("rolls back with the transaction that ended it", async () => {
    const r = await restrictFor(5);
    await expect(
      prisma.$transaction(async (tx) => {
        await endStatement(tx, {
          enforcementId: r.enforcement.id,
          end: "REVERSED",
          actorId: r.staff.id,
          now: new Date(),
        });
        throw new Error("the reversal failed afterwards");
      }),
    ).rejects.toThrow(/failed afterwards/);
    const { s, events } = await endingOf(r.statement.id);
    expect(s.endedAt).toBeNull();
    expect(events).toHaveLength(0);
    expect(await prisma.reply.count({ where: { recipientId: r.accountId } })).toBe(1); // the first notice only
  });

  it("an undone compound decision: ended REVERSED, but no follow-up to a notice that was withdrawn", async () => {
    const staff = await makeConsoleUser("STAFF");
    const c = await makeJobCase();
    const groupId = request();
    await decideCompound(staff, {
      caseId: c.kase.id,
      expectedVersion: c.kase.version,
      requestId: groupId,
      reason: "Scam job asking for a fee",
      restrictDays: 7,
      scopes: ["JOB_POSTING"],
      confirmed: true,
    });
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.kase.id } });
    await undoGroup(staff, {
      caseId: kase.id,
      expectedVersion: kase.version,
      requestId: request(),
      groupId,
      reason: "Wrong case",
    });
    const statements = await prisma.statementOfReasons.findMany({
      where: { enforcement: { groupId } },
      include: { reply: true },
    });
    expect(statements).toHaveLength(2);
    for (const s of statements) {
      expect(s).toMatchObject({ endReason: "REVERSED", endReplyId: null });
      expect(s.reply!.status).toBe("FAILED");
      expect((await endingOf(s.id)).events).toHaveLength(1);
    }
  });

  describe("on appeal", () => {
    async function appealed(days: number) {
      const decider = await makeConsoleUser("STAFF");
      const { client, kase } = await makeJobCase();
      await decide(
        decider,
        decision(kase, {
          action: "RESTRICT",
          accountId: client.id,
          days,
          scopes: ["MESSAGING"],
          reason: "Asked for payment outside the platform",
          confirmed: true,
        }),
      );
      const e = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id }, include: { statement: true } });
      const received = await receiveAppeal({
        id: `appeal-${uid()}`,
        accountId: client.externalId,
        caseId: `C-${kase.number}`,
        statement: "The link was the platform's own invoice page.",
        submittedAt: new Date().toISOString(),
      });
      const appealCase = await prisma.case.findUniqueOrThrow({ where: { id: received.caseId } });
      const judge = await makeConsoleUser("STAFF");
      const base = {
        caseId: appealCase.id,
        expectedVersion: appealCase.version,
        requestId: request(),
        reason: "The invoice link is the platform's own",
        confirmed: true,
      };
      return { e, appealCase, judge, base, client };
    }

    it("overturned: ended OVERTURNED, naming the appeal case, in the appeal's group", async () => {
      const a = await appealed(30);
      await decideAppeal(a.judge, { ...a.base, decision: "OVERTURN" });
      const { s, events } = await endingOf(a.e.statement!.id);
      expect(s.endReason).toBe("OVERTURNED");
      expect(s.endNote).toMatch(
        new RegExp(`^Overturned on appeal C-${a.appealCase.number} on .*: the restriction is lifted\\.$`),
      );
      expect(s.endReply).toMatchObject({ recipientId: a.client.id, senderId: a.judge.id });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: a.judge.id, groupId: a.base.requestId });
    });

    it("modified: ended MODIFIED, and the shorter replacement has its own open statement", async () => {
      const a = await appealed(30);
      await decideAppeal(a.judge, { ...a.base, decision: "MODIFY", days: 7 });
      const { s } = await endingOf(a.e.statement!.id);
      expect(s.endReason).toBe("MODIFIED");
      expect(s.endNote).toMatch(/by a shorter restriction, explained in its own statement of reasons\.$/);
      const appeal = await prisma.appeal.findFirstOrThrow({ where: { enforcementId: a.e.id } });
      const replacement = await prisma.statementOfReasons.findUniqueOrThrow({
        where: { enforcementId: appeal.replacementId! },
      });
      expect(replacement.endedAt).toBeNull();
    });

    it("overturned after it ran out: the expiry is overridden, both ends audited", async () => {
      const a = await appealed(1);
      await expireRestrictions(new Date(Date.now() + 2 * DAY));
      expect((await endingOf(a.e.statement!.id)).s.endReason).toBe("EXPIRED");
      await decideAppeal(a.judge, { ...a.base, decision: "OVERTURN" });
      const { s, events } = await endingOf(a.e.statement!.id);
      expect(s.endReason).toBe("OVERTURNED");
      expect(events.map((e) => (e.data as { end: string }).end)).toEqual(["EXPIRED", "OVERTURNED"]);
    });
  });
});
