import { describe, expect, it } from "vitest";
import { detect } from "@/lib/detection/detect";
import type { Category, Severity } from "@/lib/detection/types";
import { verdictOf } from "@/lib/scanning/verdict";

const f = (category: Category, severity: Severity, violation = true) => ({ category, severity, violation });

describe("verdictOf", () => {
  it("allows a message without violations, including findings allowed in context", () => {
    expect(verdictOf([], false)).toBe("allow");
    expect(verdictOf([f("CONTACT_SHARING", "LOW", false)], true)).toBe("allow");
  });

  it("holds high-severity payment, personal-data and pre-contract contact violations", () => {
    expect(verdictOf([f("OFF_PLATFORM_PAYMENT", "HIGH")], true)).toBe("hold");
    expect(verdictOf([f("PERSONAL_DATA_REQUEST", "CRITICAL")], false)).toBe("hold");
    expect(verdictOf([f("CONTACT_SHARING", "HIGH")], false)).toBe("hold");
  });

  it("warns for every other violation", () => {
    expect(verdictOf([f("OFF_PLATFORM_COMMUNICATION", "CRITICAL")], false)).toBe("warn");
    expect(verdictOf([f("OFF_PLATFORM_PAYMENT", "MEDIUM")], false)).toBe("warn");
    expect(verdictOf([f("CONTACT_SHARING", "MEDIUM")], false)).toBe("warn");
    // Contact sharing only holds before a contract.
    expect(verdictOf([f("CONTACT_SHARING", "HIGH")], true)).toBe("warn");
  });

  it("takes the strictest verdict over all findings", () => {
    expect(verdictOf([f("OFF_PLATFORM_COMMUNICATION", "MEDIUM"), f("OFF_PLATFORM_PAYMENT", "CRITICAL")], false)).toBe(
      "hold",
    );
  });

  it("agrees with the detector on plain examples", () => {
    const judge = (text: string, contractActive = false) => verdictOf(detect(text, { contractActive }), contractActive);
    expect(judge("Thanks, I will send the first draft on Friday.")).toBe("allow");
    expect(judge("Let's continue on WhatsApp instead")).toBe("warn");
    expect(judge("my email is lena.ortiz@gmail.com")).toBe("hold");
    expect(judge("my email is lena.ortiz@gmail.com", true)).toBe("allow");
    expect(judge("Pay me via PayPal friends and family, it avoids the fees", true)).toBe("hold");
  });
});
