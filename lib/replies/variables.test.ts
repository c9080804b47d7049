import { describe, expect, it } from "vitest";
import {
  describeActionTaken,
  formatReplyDate,
  policyLinkFor,
  POLICY_LINKS,
  variableValues,
  type ReplyCaseFacts,
  type ReplyRecipientFacts,
} from "@/lib/replies/variables";
import { renderTemplate } from "@/lib/replies/text";

const NOW = new Date("2026-11-20T12:00:00Z");

const facts = (over: Partial<ReplyCaseFacts> = {}): ReplyCaseFacts => ({
  caseNumber: 1042,
  caseCategories: ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"],
  jobTitle: "Data entry assistant",
  jobTakenDown: false,
  enforcements: [],
  agentName: "Sam Support",
  ...over,
});

const reporter: ReplyRecipientFacts = {
  accountId: "rep",
  handle: "kwame_d",
  displayName: "Kwame Mensah",
  audience: "REPORTER",
  restrictedUntil: null,
};
const reported: ReplyRecipientFacts = {
  accountId: "bad",
  handle: "gloria_hr",
  displayName: "Gloria",
  audience: "REPORTED",
  restrictedUntil: null,
};

describe("variableValues", () => {
  it("fills every variable from the case for the chosen recipient", () => {
    const values = variableValues(
      facts({
        jobTakenDown: true,
        enforcements: [{ kind: "RESTRICTION", accountId: "bad", endsAt: "2026-12-03T14:00:00Z", badge: null }],
      }),
      reported,
      ["CONTACT_SHARING"],
      NOW,
    );
    expect(values).toEqual({
      recipient_name: "Gloria",
      job_title: "Data entry assistant",
      case_reference: "C-1042",
      action_taken: "the job posting was taken down and your account was restricted until 3 December 2026 at 14:00 UTC",
      restriction_end: "3 December 2026 at 14:00 UTC",
      agent_name: "Sam",
      policy_link: POLICY_LINKS.CONTACT_SHARING,
    });
  });

  it("leaves out what the case cannot supply, so it renders as a placeholder", () => {
    const values = variableValues(facts({ jobTitle: null }), reporter, [], NOW);
    expect(values.job_title).toBeUndefined();
    expect(values.action_taken).toBeUndefined();
    expect(values.restriction_end).toBeUndefined();
    expect(renderTemplate("{{job_title}}: {{action_taken}}", values)).toBe("[[job title]]: [[action taken]]");
  });

  it("uses the account's current restriction, and ignores one that has lapsed", () => {
    expect(
      variableValues(facts(), { ...reported, restrictedUntil: "2026-11-27T09:30:00Z" }, [], NOW).restriction_end,
    ).toBe("27 November 2026 at 09:30 UTC");
    expect(
      variableValues(facts(), { ...reported, restrictedUntil: "2026-11-01T09:30:00Z" }, [], NOW).restriction_end,
    ).toBeUndefined();
  });

  it("falls back to the handle when an account has no display name", () => {
    expect(variableValues(facts(), { ...reporter, displayName: " " }, [], NOW).recipient_name).toBe("@kwame_d");
  });
});

describe("describeActionTaken", () => {
  it("tells a reporter that action was taken without the other account's details", () => {
    const f = facts({
      enforcements: [
        { kind: "SUSPENSION", accountId: "bad", endsAt: null, badge: null },
        { kind: "JOB_TAKEDOWN", accountId: null, endsAt: null, badge: null },
      ],
    });
    expect(describeActionTaken(f, reporter)).toBe(
      "the job posting was taken down and action was taken on the account involved",
    );
  });

  it("describes the recipient's own enforcements exactly", () => {
    const f = facts({
      enforcements: [
        { kind: "WARNING", accountId: "bad", endsAt: null, badge: null },
        { kind: "BADGE_REMOVAL", accountId: "bad", endsAt: null, badge: "Top Rated" },
        { kind: "WARNING", accountId: "other1", endsAt: null, badge: null },
        { kind: "WARNING", accountId: "other2", endsAt: null, badge: null },
      ],
    });
    expect(describeActionTaken(f, reported)).toBe(
      'your account received a formal warning, the "Top Rated" badge was removed from your account and action was taken on the accounts involved',
    );
  });

  it("is empty while nothing has been done", () => {
    expect(describeActionTaken(facts(), reporter)).toBe("");
  });
});

describe("policyLinkFor", () => {
  it("prefers the most serious category the template and the case share", () => {
    expect(
      policyLinkFor(["CONTACT_SHARING", "OFF_PLATFORM_PAYMENT"], ["OFF_PLATFORM_PAYMENT", "CONTACT_SHARING"]),
    ).toBe(POLICY_LINKS.OFF_PLATFORM_PAYMENT);
    expect(policyLinkFor(["PERSONAL_DATA_REQUEST"], ["CONTACT_SHARING"])).toBe(POLICY_LINKS.PERSONAL_DATA_REQUEST);
    expect(policyLinkFor([], ["OFF_PLATFORM_PAYMENT"])).toBe(POLICY_LINKS.OFF_PLATFORM_PAYMENT);
    expect(policyLinkFor([], [])).toBe(POLICY_LINKS.GENERAL);
  });
});

describe("formatReplyDate", () => {
  it("writes dates in words, in UTC", () => {
    expect(formatReplyDate("2026-01-05T23:59:00Z")).toBe("5 January 2026 at 23:59 UTC");
  });
});
