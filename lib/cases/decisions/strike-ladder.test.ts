import { describe, expect, it } from "vitest";
import { suggestNextStep, type CaseFacts } from "@/lib/cases/decisions/strike-ladder";

const none = { warnings: 0, restrictions: 0, suspensions: 0 };
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  categories: [],
  violations: 1,
  reportReasons: [],
  openCases: 0,
  linkedEnforced: [],
  ...over,
});

describe("suggestNextStep", () => {
  it("warns on a first contact-sharing offence, and says why", () => {
    const s = suggestNextStep(none, facts({ categories: ["CONTACT_SHARING"] }));
    expect(s?.action).toBe("WARN");
    expect(s?.reasons).toEqual(["1 violation in this case", "No earlier enforcement"]);
  });
  it("suggests nothing when nothing violates", () => {
    expect(suggestNextStep(none, facts({ violations: 0, categories: ["CONTACT_SHARING"] }))).toBeNull();
  });
  it("restricts for a week after a warning, for a month after a restriction", () => {
    expect(suggestNextStep({ ...none, warnings: 1 }, facts({ categories: ["CONTACT_SHARING"] }))).toMatchObject({
      action: "RESTRICT",
      days: 7,
    });
    expect(
      suggestNextStep({ ...none, warnings: 1, restrictions: 1 }, facts({ categories: ["OFF_PLATFORM_COMMUNICATION"] })),
    ).toMatchObject({ action: "RESTRICT", days: 30 });
  });
  it("suspends a scam that asks for payment and personal data", () => {
    const s = suggestNextStep(none, facts({ categories: ["OFF_PLATFORM_PAYMENT", "PERSONAL_DATA_REQUEST"] }));
    expect(s?.action).toBe("SUSPEND");
    expect(s?.reasons).toContain("Asks for IDs, bank or payment details (phishing)");
    expect(suggestNextStep({ ...none, warnings: 2 }, facts({ categories: ["OFF_PLATFORM_PAYMENT"] }))?.action).toBe(
      "SUSPEND",
    );
  });
  it("restricts phishing for IDs or bank details on a first offence", () => {
    expect(suggestNextStep(none, facts({ categories: ["PERSONAL_DATA_REQUEST"] }))).toMatchObject({
      action: "RESTRICT",
      days: 30,
    });
  });
  it("reads several open cases and linked accounts already enforced", () => {
    const many = suggestNextStep(none, facts({ categories: ["CONTACT_SHARING"], openCases: 4 }));
    expect(many).toMatchObject({ action: "RESTRICT", days: 30 });
    expect(many?.reasons).toContain("4 other open cases about the account");
    const ring = suggestNextStep(none, facts({ linkedEnforced: [{ handle: "hr_ring", status: "SUSPENDED" }] }));
    expect(ring?.action).toBe("SUSPEND");
    expect(ring?.reasons).toContain("Linked to @hr_ring (suspended) by a shared contact");
  });
  it("does not jump straight to suspension for a first payment request alone", () => {
    expect(suggestNextStep(none, facts({ categories: ["OFF_PLATFORM_PAYMENT"] }))).toMatchObject({
      action: "RESTRICT",
      days: 7,
    });
  });
});
