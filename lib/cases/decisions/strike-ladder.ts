import type { FindingCategory } from "@/lib/generated/prisma/enums";

export interface AccountHistory {
  warnings: number;
  restrictions: number;
  suspensions: number;
}

/** What the case and the account's surroundings say, beyond its own history. */
export interface CaseFacts {
  /** Categories of the case (detector findings and what reporters named). */
  categories: FindingCategory[];
  /** Violating findings in the case's messages. */
  violations: number;
  /** Report reasons, e.g. PHISHING, SCAM_JOB. */
  reportReasons: string[];
  /** The account's other open cases. */
  openCases: number;
  /** Accounts sharing a phone, e-mail, handle or link with it that are already restricted or suspended. */
  linkedEnforced: { handle: string; status: string }[];
}

export interface Suggestion {
  action: "WARN" | "RESTRICT" | "SUSPEND";
  days?: number;
  /** One sentence: the step and its main reason. */
  why: string;
  /** Every fact the suggestion rests on, for the moderator to weigh. */
  reasons: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The next step for an account, from its history and what this case holds.
 * Nothing violating and nothing around it: no suggestion (dismissing is the
 * moderator's call). A first offence, a warning; a repeat, a restriction that
 * grows; phishing for IDs, bank or payment details, several open cases or
 * linked accounts already enforced, a restriction or suspension; payment
 * outside the platform with phishing or earlier offences, suspension.
 * A suggestion only: the moderator decides.
 */
export function suggestNextStep(history: AccountHistory, facts: CaseFacts): Suggestion | null {
  const payment = facts.categories.includes("OFF_PLATFORM_PAYMENT");
  const phishing = facts.categories.includes("PERSONAL_DATA_REQUEST") || facts.reportReasons.includes("PHISHING");
  const suspendedLink = facts.linkedEnforced.find((l) => l.status === "SUSPENDED");
  const restrictedLink = facts.linkedEnforced.find((l) => l.status === "RESTRICTED");
  const manyCases = facts.openCases >= 2;
  if (facts.violations === 0 && !manyCases && facts.linkedEnforced.length === 0 && !phishing) return null;

  const reasons: string[] = [];
  if (facts.violations > 0) reasons.push(`${plural(facts.violations, "violation")} in this case`);
  else reasons.push("No violation found by the detector in this case");
  if (phishing) reasons.push("Asks for IDs, bank or payment details (phishing)");
  if (payment) reasons.push("Asks for payment outside the platform");
  if (history.suspensions) reasons.push(`Suspended before (${plural(history.suspensions, "time")})`);
  if (history.restrictions) reasons.push(`${plural(history.restrictions, "earlier restriction")}`);
  if (history.warnings) reasons.push(`${plural(history.warnings, "earlier warning")}`);
  if (!history.suspensions && !history.restrictions && !history.warnings) reasons.push("No earlier enforcement");
  if (facts.openCases) reasons.push(`${plural(facts.openCases, "other open case")} about the account`);
  for (const l of facts.linkedEnforced.slice(0, 3))
    reasons.push(`Linked to @${l.handle} (${l.status.toLowerCase()}) by a shared contact`);

  const step = (action: Suggestion["action"], why: string, days?: number): Suggestion => ({
    action,
    ...(days ? { days } : {}),
    why,
    reasons,
  });
  if (history.suspensions > 0) return step("SUSPEND", "Suspended before and offends again.");
  if (payment && (phishing || history.warnings + history.restrictions > 0))
    return step("SUSPEND", "A scam pattern: payment outside the platform with phishing or earlier offences.");
  if (suspendedLink) return step("SUSPEND", `Part of a ring: linked to @${suspendedLink.handle}, already suspended.`);
  if (manyCases && (payment || phishing))
    return step("SUSPEND", "Several open cases about a payment or phishing scam.");
  if (phishing) return step("RESTRICT", "Phishing for IDs, bank or payment details: restrict for a month.", 30);
  if (manyCases) return step("RESTRICT", "Several open cases about the account: restrict for a month.", 30);
  if (restrictedLink)
    return step("RESTRICT", `Linked to @${restrictedLink.handle}, already restricted: restrict for a month.`, 30);
  if (history.restrictions > 0)
    return step("RESTRICT", "Offends again after a restriction: a longer restriction (or suspension).", 30);
  if (history.warnings > 0) return step("RESTRICT", "Offends again after a warning: restrict for a week.", 7);
  if (payment) return step("RESTRICT", "A first offence, but it asks for payment outside the platform.", 7);
  return step("WARN", "A first offence: a warning (one strike) explains the rule.");
}
