import { describe, expect, it } from "vitest";
import { decideOnAccount } from "@/lib/accounts/decide";
import { decideCompound } from "@/lib/cases/decisions/compound";
import { decide } from "@/lib/cases/decisions/decide";
import { prisma } from "@/lib/db/prisma";
import { DSA_FIELDS, EEA, toDsa } from "@/lib/statements/dsa";
import { statementExportQuery, statementsPage } from "@/lib/statements/export";
import { createEnforcement } from "@/lib/statements/issue";
import { decision, makeJobCase, request } from "@/tests/support/cases";
import { makeAccount, makeConsoleUser, makeJob } from "@/tests/support/fixtures";

/** Each enforcement's statement, notice and STATEMENT_ISSUED event, or a failure naming what is missing. */
async function expectStatementFor(enforcementId: string) {
  const e = await prisma.enforcement.findUniqueOrThrow({
    where: { id: enforcementId },
    include: { statement: { include: { reply: true } } },
  });
  const s = e.statement;
  expect(s, `statement of ${e.kind}`).not.toBeNull();
  expect(s!.kind).toBe(e.kind);
  expect(s!.accountId).toBe(e.accountId);
  expect(s!.caseId).toBe(e.caseId);
  expect(s!.startsAt.getTime()).toBe(e.createdAt.getTime());
  expect(s!.endsAt?.getTime() ?? null).toBe(e.endsAt?.getTime() ?? null);
  expect(s!.facts).toContain(e.reason.replace(/[.\s]+$/, ""));
  expect(s!.howToAppeal).toMatch(/appeal this decision until/);
  // The notice in the outbox carries the whole statement.
  expect(s!.reply).toMatchObject({ recipientId: e.accountId, audience: "REPORTED", status: "QUEUED" });
  expect(s!.reply!.body).toContain(s!.decision);
  expect(s!.reply!.body).toContain(s!.howToAppeal);
  const events = await prisma.auditEvent.findMany({
    where: { action: "STATEMENT_ISSUED", data: { path: ["statementId"], equals: s!.id } },
  });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ caseId: e.caseId, subjectId: e.accountId, groupId: e.groupId });
  return s!;
}

describe("a statement of reasons for every enforcement", () => {
  const variants: { name: string; fields: (c: Awaited<ReturnType<typeof makeJobCase>>) => object }[] = [
    { name: "warning", fields: (c) => ({ action: "WARN", accountId: c.client.id }) },
    { name: "job take-down", fields: (c) => ({ action: "TAKE_DOWN_JOB", jobId: c.job.id }) },
    { name: "all jobs down", fields: (c) => ({ action: "TAKE_DOWN_ALL_JOBS", accountId: c.client.id }) },
    {
      name: "restriction",
      fields: (c) => ({ action: "RESTRICT", accountId: c.client.id, days: 7, scopes: ["MESSAGING", "JOB_POSTING"] }),
    },
    { name: "badge removal", fields: (c) => ({ action: "REMOVE_BADGE", accountId: c.client.id, badge: "Top Rated" }) },
    { name: "suspension", fields: (c) => ({ action: "SUSPEND", accountId: c.client.id }) },
  ];
  for (const v of variants) {
    it(`is written with a ${v.name}, with its notice and audit event`, async () => {
      const staff = await makeConsoleUser("STAFF");
      const c = await makeJobCase({ badges: ["Top Rated"] });
      await makeJob(c.client.id); // a second open job, so "all jobs" means two statements
      await decide(
        staff,
        decision(c.kase, {
          ...v.fields(c),
          reason: "Asked the freelancer to pay a fee by bank transfer",
          confirmed: true,
        } as unknown as Parameters<typeof decision>[1]),
      );
      const made = await prisma.enforcement.findMany({ where: { caseId: c.kase.id } });
      expect(made.length).toBe(v.name === "all jobs down" ? 2 : 1);
      for (const e of made) {
        const s = await expectStatementFor(e.id);
        // A member's report opened the case: a notice, not automated detection; a person decided.
        expect(s).toMatchObject({ noticeReceived: true, automatedDetection: false, automatedDecision: false });
        expect(s.facts).toContain(`C-${c.kase.number}`);
      }
    });
  }

  it("is written for both parts of a compound decision", async () => {
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
    const made = await prisma.enforcement.findMany({ where: { groupId } });
    expect(made.map((e) => e.kind).sort()).toEqual(["JOB_TAKEDOWN", "RESTRICTION"]);
    for (const e of made) await expectStatementFor(e.id);
  });

  it("is written for a decision on the account page alone, its notice belonging to no case", async () => {
    const staff = await makeConsoleUser("STAFF");
    const account = await makeAccount({ kind: "FREELANCER" });
    const { groupId } = await decideOnAccount(staff, {
      accountId: account.id,
      action: "RESTRICT",
      days: 3,
      scopes: ["MESSAGING"],
      reason: "Shared a phone number in three threads",
      requestId: request(),
      confirmed: true,
    });
    const e = await prisma.enforcement.findFirstOrThrow({ where: { groupId } });
    const s = await expectStatementFor(e.id);
    expect(s.caseId).toBeNull();
    expect(s.facts).toMatch(/^A moderator reviewed your account\./);
  });

  it("commits with the enforcement or not at all", async () => {
    const staff = await makeConsoleUser("STAFF");
    const account = await makeAccount({ kind: "FREELANCER" });
    await expect(
      prisma.$transaction(async (tx) => {
        await createEnforcement(tx, staff, { kind: "WARNING", accountId: account.id, reason: "Rolled back" });
        throw new Error("the decision failed after the enforcement");
      }),
    ).rejects.toThrow(/failed after/);
    expect(await prisma.enforcement.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.statementOfReasons.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.reply.count({ where: { recipientId: account.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "STATEMENT_ISSUED", subjectId: account.id } })).toBe(0);
  });
});

describe("the DSA export", () => {
  it("pages by issue time and id: ties neither repeat nor skip, and the range bounds it", async () => {
    const staff = await makeConsoleUser("STAFF");
    const account = await makeAccount({ kind: "FREELANCER" });
    // Seven statements on one far-off day, five of them at the same millisecond.
    const day = "2031-03-04";
    const tie = new Date(`${day}T10:00:00.000Z`);
    const times = [tie, tie, tie, tie, tie, new Date(`${day}T00:00:00.000Z`), new Date(`${day}T23:59:59.999Z`)];
    const ids: string[] = [];
    for (const createdAt of times) {
      const e = await prisma.$transaction((tx) =>
        createEnforcement(tx, staff, {
          kind: "WARNING",
          accountId: account.id,
          reason: "=cmd|' /C calc'!A0",
          createdAt,
        }),
      );
      ids.push((await prisma.statementOfReasons.findUniqueOrThrow({ where: { enforcementId: e.id } })).id);
    }
    // One the day before and one the day after, outside the range.
    for (const createdAt of [new Date("2031-03-03T23:59:59.999Z"), new Date("2031-03-05T00:00:00.000Z")]) {
      await prisma.$transaction((tx) =>
        createEnforcement(tx, staff, {
          kind: "WARNING",
          accountId: account.id,
          reason: "Outside the range",
          createdAt,
        }),
      );
    }

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const q = statementExportQuery.parse({ from: day, to: day, limit: "2", ...(after ? { after } : {}) });
      const page = await statementsPage(q);
      pages++;
      expect(page.statements.length).toBeLessThanOrEqual(2);
      seen.push(...page.statements.map((s) => s.puid as string));
      after = page.next ?? undefined;
    } while (after && pages < 10);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());

    const first = (await statementsPage(statementExportQuery.parse({ from: day, to: day, limit: "1" }))).statements[0]!;
    expect(Object.keys(first)).toEqual([...DSA_FIELDS]);
    expect(first).toMatchObject({
      decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT",
      decision_visibility: ["DECISION_VISIBILITY_OTHER"],
      automated_decision: "AUTOMATED_DECISION_NOT_AUTOMATED",
      automated_detection: "No",
      source_type: "SOURCE_VOLUNTARY",
      application_date: day,
      // An account-page decision's content is the account: when it joined.
      content_date: account.joinedAt.toISOString().slice(0, 10),
      territorial_scope: EEA,
      category: "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
    });
    expect(first).not.toHaveProperty("created_at");
  });

  it("writes a job take-down in the Transparency Database's submission format", async () => {
    const staff = await makeConsoleUser("STAFF");
    const c = await makeJobCase();
    await prisma.case.update({
      where: { id: c.kase.id },
      data: { categories: ["PERSONAL_DATA_REQUEST", "OFF_PLATFORM_PAYMENT"] },
    });
    await decide(
      staff,
      decision(c.kase, {
        action: "TAKE_DOWN_JOB",
        jobId: c.job.id,
        reason: "Asked for the applicant's bank login",
        confirmed: true,
      }),
    );
    const e = await prisma.enforcement.findFirstOrThrow({ where: { caseId: c.kase.id }, include: { statement: true } });
    const day = e.statement!.issuedAt.toISOString().slice(0, 10);
    const { statements } = await statementsPage(statementExportQuery.parse({ from: day, to: day, limit: "1000" }));
    const s = statements.find((x) => x.puid === e.statement!.id)!;
    expect(s).toMatchObject({
      decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"],
      decision_visibility_other: null,
      decision_provision: null,
      decision_account: null,
      category: "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
      category_addition: ["STATEMENT_CATEGORY_SCAMS_AND_FRAUD"],
      category_specification: ["KEYWORD_PHISHING"],
      content_type: ["CONTENT_TYPE_TEXT"],
      content_date: c.job.postedAt.toISOString().slice(0, 10),
      source_type: "SOURCE_ARTICLE_16",
      incompatible_content_illegal: "No",
    });
    // The database's own rules: a puid of letters, digits, - and _; dates as days; its length limits.
    expect(s.puid).toMatch(/^[a-zA-Z0-9-_]{1,500}$/);
    expect(s.application_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((s.incompatible_content_ground as string).length).toBeLessThanOrEqual(500);
    const long = toDsa({ ...e.statement!, facts: "x".repeat(6000) });
    expect((long.decision_facts as string).length).toBe(5000);
    expect(long.decision_facts).toMatch(/…$/);
  });

  it("refuses a cursor it did not write", () => {
    expect(statementExportQuery.safeParse({ after: "bm90IGEgY3Vyc29y" }).success).toBe(false);
    expect(statementExportQuery.safeParse({ after: "x y" }).success).toBe(false);
    expect(statementExportQuery.safeParse({ from: "2031-02-30" }).success).toBe(false);
  });
});
