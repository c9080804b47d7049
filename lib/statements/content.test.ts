import { describe, expect, it } from "vitest";
import { composeStatement, type StatementFacts } from "@/lib/statements/content";

const base: StatementFacts = {
  kind: "RESTRICTION",
  scopes: ["MESSAGING", "JOB_POSTING"],
  badge: null,
  jobTitle: null,
  reason: "Asked for payment by bank transfer.",
  startsAt: new Date("2026-12-01T10:00:00Z"),
  endsAt: new Date("2026-12-08T10:00:00Z"),
  caseNumber: 1042,
  categories: ["CONTACT_SHARING", "OFF_PLATFORM_PAYMENT"],
  userReports: 0,
  automaticReports: 1,
  appealDays: 14,
};

describe("composeStatement", () => {
  it("says what was decided, on which facts and ground, for how long, and how to appeal", () => {
    const s = composeStatement(base);
    expect(s.decision).toBe("Your account can't send messages or post jobs until 8 December 2026 at 10:00 UTC.");
    expect(s.facts).toBe(
      "In case C-1042, our automated detection flagged a message. It concerned: contact sharing, off-platform payment." +
        " The moderator's finding: Asked for payment by bank transfer.",
    );
    // The most serious category is the ground.
    expect(s.ground).toMatch(/^Terms of service: payments/);
    expect(s.groundUrl).toMatch(/payments-on-the-platform$/);
    expect(s).toMatchObject({ automatedDetection: true, automatedDecision: false, noticeReceived: false });
    expect(s.appealBy.toISOString()).toBe("2026-12-15T10:00:00.000Z");
    expect(s.howToAppeal).toContain("quoting C-1042");
    expect(s.body).toContain(
      "Automated means: the case was detected automatically; the decision was taken by a person.",
    );
    expect(s.body).toContain("Duration: From 1 December 2026 at 10:00 UTC until 8 December 2026 at 10:00 UTC.");
    expect(s.subject).toBe("Statement of reasons: your account is restricted (C-1042)");
  });

  it("names a member's report as a notice and a decision with no end as standing until reversed", () => {
    const s = composeStatement({ ...base, kind: "SUSPENSION", endsAt: null, userReports: 3, automaticReports: 0 });
    expect(s.facts).toMatch(/^In case C-1042, 3 members reported it\./);
    expect(s).toMatchObject({ automatedDetection: false, noticeReceived: true });
    expect(s.body).toContain("with no set end: it stands until it is reversed.");
  });

  it("words a decision on the account alone without a case", () => {
    const s = composeStatement({ ...base, caseNumber: null, categories: [], automaticReports: 0 });
    expect(s.facts).toMatch(/^A moderator reviewed your account\./);
    expect(s.ground).toBe("Terms of service");
    expect(s.howToAppeal).not.toContain("quoting");
  });
});
