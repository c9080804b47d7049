export const CATEGORIES = [
  "CONTACT_SHARING",
  "OFF_PLATFORM_COMMUNICATION",
  "OFF_PLATFORM_PAYMENT",
  "PERSONAL_DATA_REQUEST",
] as const;

export type Category = (typeof CATEGORIES)[number];

export type Severity = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";

export interface DetectOptions {
  /** Whether a contract between the two parties is in force when the message is sent. */
  contractActive: boolean;
  /** The conversation around the message, when the caller has it (a stored thread, a pre-send check). */
  thread?: ThreadContext;
  /** The platform's own domains (help centre, community, job pages); defaults to DEFAULT_PLATFORM_DOMAINS. */
  platformDomains?: readonly string[];
}

/** What the detector may know about the conversation a message belongs to. */
export interface ThreadContext {
  /** Both parties' platform handles and display names: an @mention of the other party is not a contact handle. */
  participants?: ReadonlyArray<{ handle: string; displayName?: string | null }>;
  /** The few messages before this one, oldest first; `sameAuthor` is true for the current message's author. */
  previous?: ReadonlyArray<{ text: string; sameAuthor: boolean }>;
}

export interface Finding {
  category: Category;
  /** Stable identifier of the rule that fired; the console groups and filters on it. */
  ruleId: string;
  /** JavaScript string indices into the ORIGINAL text (end exclusive). */
  start: number;
  end: number;
  /** Normalised evidence: phone in E.164, lower-cased e-mail, handle, URL, or a named service. */
  value: string | null;
  /** False when the policy allows this in context (e.g. contact details under a contract). */
  violation: boolean;
  severity: Severity;
  /** One sentence written for the moderator reading the case. */
  explanation: string;
}

/** A finding's own fields and nothing else: what is stored and sent (the detector's hits carry more). */
export function findingFields(f: Finding): Finding {
  const { category, ruleId, start, end, value, violation, severity, explanation } = f;
  return { category, ruleId, start, end, value: value ?? null, violation, severity, explanation };
}

/**
 * What a rule reports, in coordinates of the normalised view. The policy
 * (violation flag, final severity, wording) is applied afterwards, in one place.
 */
export interface Hit {
  category: Category;
  ruleId: string;
  start: number;
  end: number;
  value: string | null;
  severity: Severity;
  /** Noun phrase for the explanation, e.g. "a WhatsApp number", "a Zoom meeting link". */
  subject: string;
  /** Personal-data requests for IDs, bank details, government numbers or logins violate even under contract. */
  alwaysViolation?: boolean;
  /** A concrete value (number, address, handle, link) rather than a phrase that mentions something. */
  concrete?: boolean;
  /** Wording unambiguous enough to count like a value: kept unless the sentence is clearly not addressed to the reader. */
  strong?: boolean;
  /** The learned component's score for this hit's category in its sentence, once gated. */
  score?: number;
}
