import { describe, expect, it } from "vitest";
import { computePriority, type PriorityInput } from "@/lib/cases/intake/priority";

const base: PriorityInput = {
  reporterCount: 1,
  automaticReports: 0,
  worstSeverity: null,
  categories: [],
  accountAgeDays: 500,
  paymentVerified: true,
  priorEnforcements: 0,
  waitingHours: 0,
};

describe("computePriority", () => {
  it("ranks a fresh unverified scam with a payment request above an old verified account's single report", () => {
    const scam = computePriority({
      ...base,
      reporterCount: 6,
      worstSeverity: "CRITICAL",
      categories: ["OFF_PLATFORM_PAYMENT"],
      accountAgeDays: 2,
      paymentVerified: false,
    });
    const mild = computePriority(base);
    expect(scam.score).toBeGreaterThan(mild.score);
    expect(scam.breakdown).toMatchObject({ payment: 15, newAccount: 15, unverifiedPayment: 6, severity: 45 });
  });

  it("sinks a case whose account is already suspended below the same case about an active account", () => {
    const scam = {
      ...base,
      reporterCount: 6,
      worstSeverity: "CRITICAL" as const,
      categories: ["OFF_PLATFORM_PAYMENT" as const],
    };
    const suspended = computePriority({ ...scam, subjectEnforced: "ACCOUNT_SUSPENDED" });
    expect(suspended.breakdown.suspended).toBeLessThan(0);
    expect(suspended.score).toBeLessThan(computePriority(base).score);
  });

  it("sinks a case whose job is already taken down, naming that part", () => {
    const scam = { ...base, reporterCount: 6, worstSeverity: "CRITICAL" as const };
    const down = computePriority({ ...scam, subjectEnforced: "JOB_TAKEN_DOWN" });
    expect(down.breakdown).toMatchObject({ takenDown: -100 });
    expect(down.breakdown.suspended).toBeUndefined();
    expect(down.score).toBe(computePriority(scam).score - 100);
  });

  it("is the sum of its breakdown", () => {
    const { score, breakdown } = computePriority({
      ...base,
      reporterCount: 3,
      automaticReports: 1,
      priorEnforcements: 4,
      waitingHours: 40,
    });
    expect(score).toBe(Object.values(breakdown).reduce((a, b) => a + b, 0));
    expect(breakdown.priorEnforcement).toBe(20);
    expect(breakdown.waiting).toBe(25);
  });

  it("gives each further reporter less weight", () => {
    const two = computePriority({ ...base, reporterCount: 2 }).breakdown.reporters!;
    const one = computePriority({ ...base, reporterCount: 1 }).breakdown.reporters!;
    const ten = computePriority({ ...base, reporterCount: 10 }).breakdown.reporters!;
    const eleven = computePriority({ ...base, reporterCount: 11 }).breakdown.reporters!;
    expect(two - one).toBeGreaterThan(eleven - ten);
  });
});
