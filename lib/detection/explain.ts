import type { Hit } from "./types";

/**
 * One sentence per finding, for a moderator who has seconds per case: what the
 * message does, and why that is (or is not) against the policy right now.
 */
export function explain(hit: Hit, violation: boolean, contractActive: boolean): string {
  const { subject } = hit;
  switch (hit.category) {
    case "CONTACT_SHARING":
      return violation
        ? `Shares ${subject} before any contract exists; contact details may only be exchanged after a contract starts.`
        : `Shares ${subject} while a contract is active, which the policy allows.`;
    case "OFF_PLATFORM_COMMUNICATION":
      return violation
        ? `Invites the other party to ${subject} before any contract exists; until then conversations must stay in the platform's messages, calls and built-in meetings.`
        : `Invites the other party to ${subject} while a contract is active, which the policy allows.`;
    case "OFF_PLATFORM_PAYMENT":
      return `Proposes ${subject}; payments must always go through the platform, whether or not a contract is active.`;
    case "PERSONAL_DATA_REQUEST":
      if (!violation)
        return `Asks for the other party's ${subject} while a contract is active, which the policy allows.`;
      if (hit.alwaysViolation) {
        return `Asks for the other party's ${subject}; ID documents, bank details, government numbers and logins may never be requested${contractActive ? ", even under a contract" : ""}.`;
      }
      return `Asks for the other party's ${subject} before any contract exists, a common phishing step; personal details may only be requested once a contract starts.`;
  }
}
