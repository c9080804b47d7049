import { describe, expect, it } from "vitest";
import { suggestNextStep } from "@/lib/cases/decisions/strike-ladder";

const none = { warnings: 0, restrictions: 0, suspensions: 0 };

describe("suggestNextStep", () => {
  it("warns on a first contact-sharing offence", () => {
    expect(suggestNextStep(none, ["CONTACT_SHARING"]).action).toBe("WARN");
  });
  it("restricts for a week after a warning, for a month after a restriction", () => {
    expect(suggestNextStep({ ...none, warnings: 1 }, ["CONTACT_SHARING"])).toMatchObject({
      action: "RESTRICT",
      days: 7,
    });
    expect(suggestNextStep({ ...none, warnings: 1, restrictions: 1 }, ["OFF_PLATFORM_COMMUNICATION"])).toMatchObject({
      action: "RESTRICT",
      days: 30,
    });
  });
  it("suspends a scam that asks for payment and personal data", () => {
    expect(suggestNextStep(none, ["OFF_PLATFORM_PAYMENT", "PERSONAL_DATA_REQUEST"]).action).toBe("SUSPEND");
    expect(suggestNextStep({ ...none, warnings: 2 }, ["OFF_PLATFORM_PAYMENT"]).action).toBe("SUSPEND");
  });
  it("does not jump straight to suspension for a first payment request alone", () => {
    expect(suggestNextStep(none, ["OFF_PLATFORM_PAYMENT"])).toMatchObject({ action: "RESTRICT", days: 7 });
  });
});
