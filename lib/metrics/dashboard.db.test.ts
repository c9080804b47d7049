import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { loadDashboard, rulePrecision } from "@/lib/metrics/dashboard";
import type { Dashboard } from "@/lib/metrics/dashboard-types";
import { foldDays } from "@/lib/metrics/days";
import { makeAccount, makeConsoleUser, makeThread, uid } from "@/tests/support/fixtures";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { makeCase } from "@/tests/support/queue-fixtures";

// Every figure is a count over the whole database: this file has one of its own.
useIsolatedDatabase("metrics");

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = new Date("2026-01-05T10:00:00Z");
const WINDOW = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-10T00:00:00Z") };
const NOW = new Date("2026-01-10T00:00:00Z");

let moderator: { id: string; name: string; role: "MODERATOR" };
let staff: { id: string; name: string; role: "STAFF" };
let admin: { id: string; role: "ADMIN" };

async function event(action: string, caseId: string, actorId: string, at: Date) {
  await prisma.auditEvent.create({
    data: { action: action as never, actorKind: "USER", actorId, caseId, createdAt: at },
  });
}

/** An automatic report on a message carrying findings of these rules, filed into the case. */
async function automaticReport(
  caseId: string,
  rules: { ruleId: string; category: "OFF_PLATFORM_PAYMENT" | "CONTACT_SHARING" }[],
  at: Date,
) {
  const { thread, client } = await makeThread();
  const message = await prisma.message.create({
    data: { externalId: `test:${uid()}`, threadId: thread.id, authorId: client.id, body: "x", sentAt: at },
  });
  for (const r of rules)
    await prisma.finding.create({
      data: {
        messageId: message.id,
        category: r.category,
        ruleId: r.ruleId,
        start: 0,
        end: 1,
        violation: true,
        severity: "HIGH",
        explanation: "test",
      },
    });
  // A finding that is no violation raises nothing.
  await prisma.finding.create({
    data: {
      messageId: message.id,
      category: "CONTACT_SHARING",
      ruleId: "test.benign",
      start: 0,
      end: 1,
      violation: false,
      severity: "LOW",
      explanation: "test",
    },
  });
  await prisma.report.create({
    data: {
      externalId: `auto:${message.id}`,
      source: "AUTOMATIC",
      reason: "OFF_PLATFORM_CONTACT",
      subjectType: "THREAD",
      threadId: thread.id,
      messageId: message.id,
      caseId,
      createdAt: at,
    },
  });
}

let resolved: { id: string };
beforeAll(async () => {
  const m = await makeConsoleUser("MODERATOR");
  const s = await makeConsoleUser("STAFF");
  const a = await makeConsoleUser("ADMIN");
  moderator = { id: m.id, name: m.name, role: "MODERATOR" };
  staff = { id: s.id, name: s.name, role: "STAFF" };
  admin = { id: a.id, role: "ADMIN" };

  // A: payment (4 h target), claimed after 30 min, resolved after 2 h: within its SLA.
  resolved = await makeCase({
    categories: ["OFF_PLATFORM_PAYMENT"],
    firstReportedAt: T0,
    status: "RESOLVED",
    closedAt: new Date(T0.getTime() + 2 * HOUR),
  });
  await event("CLAIMED", resolved.id, moderator.id, new Date(T0.getTime() + 30 * MIN));
  await event("RESOLVED", resolved.id, moderator.id, new Date(T0.getTime() + 2 * HOUR));
  await automaticReport(resolved.id, [{ ruleId: "test.pay", category: "OFF_PLATFORM_PAYMENT" }], T0);

  // B: contact sharing (24 h), first touched after 1 h, dismissed after 30 h: breached.
  const dismissed = await makeCase({
    categories: ["CONTACT_SHARING"],
    firstReportedAt: T0,
    status: "DISMISSED",
    closedAt: new Date(T0.getTime() + 30 * HOUR),
  });
  await event("CLAIMED", dismissed.id, staff.id, new Date(T0.getTime() + HOUR));
  await event("DISMISSED", dismissed.id, staff.id, new Date(T0.getTime() + 30 * HOUR));
  await automaticReport(
    dismissed.id,
    [
      { ruleId: "test.pay", category: "OFF_PLATFORM_PAYMENT" },
      { ruleId: "test.contact", category: "CONTACT_SHARING" },
    ],
    T0,
  );

  // Open now: one with no category past its 24 h, one payment case 1 h old.
  await makeCase({ categories: [], firstReportedAt: new Date(NOW.getTime() - 30 * HOUR) });
  await makeCase({ categories: ["OFF_PLATFORM_PAYMENT"], firstReportedAt: new Date(NOW.getTime() - HOUR) });

  // The moderator's restriction on A, reversed when staff overturned the appeal.
  const account = await makeAccount();
  const enforcement = await prisma.enforcement.create({
    data: {
      kind: "RESTRICTION",
      accountId: account.id,
      caseId: resolved.id,
      reason: "test",
      actorId: moderator.id,
      createdAt: new Date(T0.getTime() + 2 * HOUR),
      reversedAt: new Date(T0.getTime() + 50 * HOUR),
      reversedById: staff.id,
    },
  });
  await prisma.appeal.create({
    data: {
      externalId: `test:${uid()}`,
      accountId: account.id,
      caseId: resolved.id,
      enforcementId: enforcement.id,
      statement: "test",
      submittedAt: new Date(T0.getTime() + 24 * HOUR),
      deadlineAt: new Date(T0.getTime() + 14 * 24 * HOUR),
      createdAt: new Date(T0.getTime() + 24 * HOUR),
      status: "DECIDED",
      outcome: "OVERTURNED",
      decidedById: staff.id,
      decidedAt: new Date(T0.getTime() + 50 * HOUR),
    },
  });
  // Outside the window: counted nowhere in it.
  await makeCase({
    categories: ["CONTACT_SHARING"],
    firstReportedAt: new Date("2025-12-01T10:00:00Z"),
    status: "RESOLVED",
    closedAt: new Date("2025-12-01T11:00:00Z"),
  });
});

const byCategory = <T extends { category: string }>(rows: T[], c: string) => rows.find((r) => r.category === c);

describe("the dashboard's figures", () => {
  let d: Dashboard;
  beforeAll(async () => {
    d = await loadDashboard(staff, WINDOW, NOW);
  });

  it("counts incoming and closed per hour, by category and in total", () => {
    const all = d.flow.filter((f) => f.kind === "cases" && f.category === "ALL");
    expect(all).toEqual([
      { hour: "2026-01-05T10:00:00.000Z", kind: "cases", category: "ALL", incoming: 2, closed: 0 },
      { hour: "2026-01-05T12:00:00.000Z", kind: "cases", category: "ALL", incoming: 0, closed: 1 },
      { hour: "2026-01-06T16:00:00.000Z", kind: "cases", category: "ALL", incoming: 0, closed: 1 },
      // The two cases still open were first reported 30 h and 1 h before the window's end.
      { hour: "2026-01-08T18:00:00.000Z", kind: "cases", category: "ALL", incoming: 1, closed: 0 },
      { hour: "2026-01-09T23:00:00.000Z", kind: "cases", category: "ALL", incoming: 1, closed: 0 },
    ]);
    expect(d.flow.filter((f) => f.category === "CONTACT_SHARING").map((f) => [f.hour, f.incoming, f.closed])).toEqual([
      ["2026-01-05T10:00:00.000Z", 1, 0],
      ["2026-01-06T16:00:00.000Z", 0, 1],
    ]);
  });

  it("walks the queue's depth back from today's open cases, in the viewer's days", () => {
    const days = foldDays(d.flow, d.openNow, { kind: "cases", category: "ALL" }, d.window, "UTC");
    const at = (day: string) => days.find((x) => x.day === day)!;
    expect(d.openNow.find((o) => o.kind === "cases" && o.category === "ALL")!.open).toBe(2);
    expect(at("2026-01-09")).toEqual({ day: "2026-01-09", incoming: 1, closed: 0, depth: 2 });
    expect(at("2026-01-08")).toEqual({ day: "2026-01-08", incoming: 1, closed: 0, depth: 1 });
    expect(at("2026-01-07").depth).toBe(0);
    expect(at("2026-01-06")).toEqual({ day: "2026-01-06", incoming: 0, closed: 1, depth: 0 });
    // B, reported on the 5th and dismissed on the 6th, was open at the 5th's end.
    expect(at("2026-01-05")).toEqual({ day: "2026-01-05", incoming: 2, closed: 1, depth: 1 });
    expect(at("2026-01-04").depth).toBe(0);
    // In Tokyo (UTC+9) the second close, 16:00 UTC, falls on the 7th.
    const tokyo = foldDays(d.flow, d.openNow, { kind: "cases", category: "ALL" }, d.window, "Asia/Tokyo");
    expect(tokyo.find((x) => x.day === "2026-01-07")!.closed).toBe(1);
  });

  it("measures time to first action and to decision (p50/p90) and SLA breaches per category", () => {
    expect(byCategory(d.timings, "ALL")).toEqual({
      category: "ALL",
      closed: 2,
      firstActionP50: 45,
      firstActionP90: 57,
      decisionP50: 960,
      decisionP90: 1632,
      breached: 1,
    });
    expect(byCategory(d.timings, "OFF_PLATFORM_PAYMENT")).toMatchObject({
      closed: 1,
      firstActionP50: 30,
      decisionP50: 120,
      breached: 0,
    });
    expect(byCategory(d.timings, "CONTACT_SHARING")).toMatchObject({
      closed: 1,
      firstActionP50: 60,
      decisionP50: 1800,
      breached: 1,
    });
  });

  it("counts open cases past their SLA now, from lib/cases/sla.ts's targets", () => {
    const cases = d.openNow.filter((o) => o.kind === "cases");
    expect(byCategory(cases, "ALL")).toMatchObject({ open: 2, breached: 1 });
    expect(byCategory(cases, "NONE")).toMatchObject({
      open: 1,
      breached: 1,
      oldestFirstReportedAt: "2026-01-08T18:00:00.000Z",
    });
    expect(byCategory(cases, "OFF_PLATFORM_PAYMENT")).toMatchObject({ open: 1, breached: 0 });
  });

  it("gives each moderator's decisions, reversals and appeals overturned, and the team's totals", () => {
    expect(d.moderators).toEqual(
      [
        {
          id: moderator.id,
          name: moderator.name,
          decisions: 1,
          dismissals: 0,
          enforcements: 1,
          reversed: 1,
          overturned: 1,
        },
        { id: staff.id, name: staff.name, decisions: 1, dismissals: 1, enforcements: 0, reversed: 0, overturned: 0 },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    expect(d.team).toEqual({ decisions: 2, dismissals: 1, enforcements: 1, reversed: 1, overturned: 1 });
  });

  it("counts appeals and their overturn rate", () => {
    expect(d.appeals).toEqual({ received: 1, decided: 1, upheld: 0, overturned: 1, modified: 0, overturnRate: 1 });
  });

  it("measures each rule's precision from decisions: a dismissed automatic report lowers it", async () => {
    expect(d.precision).toEqual([
      { ruleId: "test.contact", category: "CONTACT_SHARING", actioned: 0, dismissed: 1, precision: 0 },
      { ruleId: "test.pay", category: "OFF_PLATFORM_PAYMENT", actioned: 1, dismissed: 1, precision: 0.5 },
    ]);
    // One more actioned report for test.pay raises it to 2 of 3.
    const another = await makeCase({
      categories: ["OFF_PLATFORM_PAYMENT"],
      firstReportedAt: T0,
      status: "RESOLVED",
      closedAt: T0,
    });
    await automaticReport(another.id, [{ ruleId: "test.pay", category: "OFF_PLATFORM_PAYMENT" }], T0);
    const pay = (await rulePrecision(WINDOW)).find((r) => r.ruleId === "test.pay")!;
    expect(pay).toMatchObject({ actioned: 2, dismissed: 1 });
    expect(pay.precision).toBeCloseTo(2 / 3);
  });
});

describe("who sees whose figures", () => {
  it("shows a moderator only their own row beside the team's totals", async () => {
    const d = await loadDashboard(moderator, WINDOW, NOW);
    expect(d.seesEveryone).toBe(false);
    expect(d.moderators.map((m) => m.id)).toEqual([moderator.id]);
    expect(d.team.decisions).toBe(2);
  });

  it("shows staff and admins everyone", async () => {
    expect((await loadDashboard(staff, WINDOW, NOW)).moderators).toHaveLength(2);
    const a = await loadDashboard(admin, WINDOW, NOW);
    expect(a.seesEveryone).toBe(true);
    expect(a.moderators).toHaveLength(2);
  });

  it("shows a moderator with no decisions no one else's row", async () => {
    const other = await makeConsoleUser("MODERATOR");
    expect((await loadDashboard({ id: other.id, role: "MODERATOR" }, WINDOW, NOW)).moderators).toEqual([]);
  });
});
