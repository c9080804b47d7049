import type { Category, Severity } from "./types";

/**
 * Stored with every scan so the app knows which messages were checked by an
 * older rule set and need a rescan. Bump on any rule or wording change.
 */
export const DETECTOR_VERSION = "2026.12.5";

/** Short human policy per category, for UI tooltips. */
export const CATEGORY_POLICY: Readonly<Record<Category, string>> = {
  CONTACT_SHARING:
    "Personal contact details (e-mail, phone, messaging handles, social profiles) may only be exchanged after a contract has started.",
  OFF_PLATFORM_COMMUNICATION:
    "Before a contract, conversations stay in the platform's messages, calls and built-in meetings; after it starts, the parties may talk anywhere.",
  OFF_PLATFORM_PAYMENT:
    "Payments always go through the platform; proposing to pay or be paid elsewhere is a violation, contract or not.",
  PERSONAL_DATA_REQUEST:
    "Asking for personal data before a contract is a classic phishing step; ID documents, bank details, government numbers and logins may never be requested.",
};

export const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  CONTACT_SHARING: "Contact sharing",
  OFF_PLATFORM_COMMUNICATION: "Off-platform communication",
  OFF_PLATFORM_PAYMENT: "Off-platform payment",
  PERSONAL_DATA_REQUEST: "Personal data request",
};

export function isViolation(category: Category, contractActive: boolean, alwaysViolation = false): boolean {
  switch (category) {
    case "OFF_PLATFORM_PAYMENT":
      return true;
    case "PERSONAL_DATA_REQUEST":
      return alwaysViolation || !contractActive;
    case "CONTACT_SHARING":
    case "OFF_PLATFORM_COMMUNICATION":
      return !contractActive;
  }
}

/** An allowed finding is kept for context but must not compete with real violations in the queue. */
export function effectiveSeverity(ruleSeverity: Severity, violation: boolean): Severity {
  return violation ? ruleSeverity : "LOW";
}
