import type { FindingCategory } from "@/lib/generated/prisma/enums";

export interface AccountHistory {
  warnings: number;
  restrictions: number;
  suspensions: number;
}

export interface Suggestion {
  action: "WARN" | "RESTRICT" | "SUSPEND";
  days?: number;
  why: string;
}

/**
 * The next step for an account, from its history and what this case holds:
 * first offence, a warning; a repeat, a restriction that grows; a scam that
 * asks for payment outside the platform (or for IDs, bank details or logins
 * alongside it), suspension. A suggestion only: the moderator decides.
 */
export function suggestNextStep(history: AccountHistory, categories: FindingCategory[]): Suggestion {
  const payment = categories.includes("OFF_PLATFORM_PAYMENT");
  const phishing = categories.includes("PERSONAL_DATA_REQUEST");
  if (history.suspensions > 0) return { action: "SUSPEND", why: "The account was suspended before and offends again." };
  if (payment && (phishing || history.warnings + history.restrictions > 0)) {
    return {
      action: "SUSPEND",
      why: "A scam pattern: payment outside the platform together with phishing or earlier offences.",
    };
  }
  if (history.restrictions > 0)
    return {
      action: "RESTRICT",
      days: 30,
      why: "Offends again after a restriction: a longer restriction (or suspension).",
    };
  if (history.warnings > 0)
    return { action: "RESTRICT", days: 7, why: "Offends again after a warning: restrict for a week." };
  if (payment)
    return { action: "RESTRICT", days: 7, why: "A first offence, but it asks for payment outside the platform." };
  return { action: "WARN", why: "A first offence: a warning (one strike) explains the rule." };
}
