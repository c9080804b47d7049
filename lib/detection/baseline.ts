import type { Finding } from "./types";

/**
 * The filter many platforms start with: an e-mail regex and a phone regex,
 * flagging contact sharing before a contract. Kept only as a yardstick for
 * the evaluation, so the detector's gain over it is visible.
 */
const NAIVE_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const NAIVE_PHONE = /\+?\d[\d\s().-]{6,}\d/g;

export function naiveBaseline(text: string, opts: { contractActive: boolean }): Finding[] {
  const findings: Finding[] = [];
  for (const [re, ruleId] of [
    [NAIVE_EMAIL, "baseline.email"],
    [NAIVE_PHONE, "baseline.phone"],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const digits = m[0].replace(/\D/g, "").length;
      if (ruleId === "baseline.phone" && digits < 7) continue;
      findings.push({
        category: "CONTACT_SHARING",
        ruleId,
        start: m.index,
        end: m.index + m[0].length,
        value: m[0],
        violation: !opts.contractActive,
        severity: "MEDIUM",
        explanation: "Matches a plain e-mail or phone pattern.",
      });
    }
  }
  return findings;
}
