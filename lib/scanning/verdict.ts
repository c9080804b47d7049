import type { Category, Severity } from "@/lib/detection/types";

export const VERDICTS = ["allow", "warn", "hold"] as const;
export type Verdict = (typeof VERDICTS)[number];

interface Judged {
  category: Category;
  violation: boolean;
  severity: Severity;
}

const HIGH: ReadonlySet<Severity> = new Set(["HIGH", "CRITICAL"]);

/**
 * What the platform should do with a message before sending it, from the
 * detector's findings (the pre-send check, POST /api/v1/scan):
 *
 * - `hold` (keep it for review, do not deliver): a high-severity violation
 *   (HIGH or CRITICAL) that is off-platform payment, a personal-data request
 *   (phishing), or contact details shared before a contract. These are
 *   concrete values or explicit requests, where the detector is confident and
 *   a delivered message does the harm at once.
 * - `warn` (deliver if the writer confirms after a warning): any other
 *   violation, e.g. an invitation to continue on another app, or a
 *   medium-severity mention.
 * - `allow`: no violation; findings allowed in context (contact details
 *   under a contract) do not count.
 */
export function verdictOf(findings: readonly Judged[], contractActive: boolean): Verdict {
  const violations = findings.filter((f) => f.violation);
  if (violations.length === 0) return "allow";
  const hold = violations.some(
    (f) =>
      HIGH.has(f.severity) &&
      (f.category === "OFF_PLATFORM_PAYMENT" ||
        f.category === "PERSONAL_DATA_REQUEST" ||
        (f.category === "CONTACT_SHARING" && !contractActive)),
  );
  return hold ? "hold" : "warn";
}
