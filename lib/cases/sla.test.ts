import { describe, expect, it } from "vitest";
import { formatSpan, SLA_HOURS, slaDueAt, slaMinutes, slaStanding, slaTiers } from "@/lib/cases/sla";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("a case's target time to decision", () => {
  it("is the strictest of its categories, 24 h with none, 72 h for an appeal", () => {
    expect(slaMinutes({ subjectType: "JOB", categories: [] })).toBe(24 * 60);
    expect(slaMinutes({ subjectType: "THREAD", categories: ["CONTACT_SHARING"] })).toBe(24 * 60);
    expect(slaMinutes({ subjectType: "THREAD", categories: ["CONTACT_SHARING", "OFF_PLATFORM_PAYMENT"] })).toBe(4 * 60);
    expect(slaMinutes({ subjectType: "MESSAGE", categories: ["PERSONAL_DATA_REQUEST"] })).toBe(4 * 60);
    // An appeal carries the appealed case's categories, but is staff's review, not urgent harm.
    expect(slaMinutes({ subjectType: "APPEAL", categories: ["OFF_PLATFORM_PAYMENT"] })).toBe(72 * 60);
  });

  it("is an instant: 4 hours of real time even across a clock change", () => {
    // 01:30 in Berlin on the night clocks go forward (29 March 2026, 02:00 → 03:00).
    const reported = new Date("2026-03-29T00:30:00Z");
    const due = slaDueAt({ subjectType: "JOB", categories: ["OFF_PLATFORM_PAYMENT"], firstReportedAt: reported });
    expect(due.toISOString()).toBe("2026-03-29T04:30:00.000Z");
    expect(due.toLocaleString("en-GB", { timeZone: "Europe/Berlin", timeStyle: "short" })).toBe("06:30");
    expect(due.toLocaleString("en-GB", { timeZone: "America/New_York", timeStyle: "short" })).toBe("00:30");
  });

  it("tiers list every category once, tightest first (the SQL's CASE relies on it)", () => {
    const tiers = slaTiers();
    expect(tiers.map((t) => t.minutes)).toEqual([...tiers.map((t) => t.minutes)].sort((a, b) => a - b));
    expect(tiers.flatMap((t) => t.categories).sort()).toEqual(Object.keys(SLA_HOURS).sort());
  });
});

describe("time left and overdue, in words", () => {
  it("says how long is left, or how long it is overdue", () => {
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(slaStanding(new Date(now + 2 * HOUR + 10 * MIN), now)).toEqual({
      breached: false,
      text: "2 h 10 min left",
    });
    expect(slaStanding(new Date(now - 35 * MIN).toISOString(), now)).toEqual({
      breached: true,
      text: "overdue by 35 min",
    });
    expect(slaStanding(new Date(now), now).breached).toBe(true);
  });

  it("rounds to minutes, and counts days past two", () => {
    expect(formatSpan(20_000)).toBe("1 min");
    expect(formatSpan(59 * MIN)).toBe("59 min");
    expect(formatSpan(3 * HOUR)).toBe("3 h");
    expect(formatSpan(47 * HOUR + 59 * MIN)).toBe("47 h 59 min");
    expect(formatSpan(72 * HOUR)).toBe("3 d");
    expect(formatSpan(76 * HOUR + 20 * MIN)).toBe("3 d 4 h");
  });
});
