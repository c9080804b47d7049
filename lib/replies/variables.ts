import { caseReference } from "@/lib/cases/labels";
import type { EnforcementKind, FindingCategory, ReplyAudience } from "@/lib/generated/prisma/enums";

// Pure: no database, no framework. The reply composer runs it in the browser
// (live preview) and the tests run it directly.

/**
 * The documented set of `{{variables}}` a template may use. Anything else
 * between double braces is refused when the template is saved.
 */
export const REPLY_VARIABLES = [
  {
    name: "recipient_name",
    label: "recipient name",
    description: "Display name of the person the reply goes to.",
    example: "Kwame Mensah",
  },
  {
    name: "job_title",
    label: "job title",
    description: "Title of the job posting the case is about, or of the job its conversation belongs to.",
    example: "Data entry assistant (remote)",
  },
  {
    name: "case_reference",
    label: "case reference",
    description: "The case's short reference, e.g. C-1042, so the person can quote it.",
    example: "C-1042",
  },
  {
    name: "action_taken",
    label: "action taken",
    description:
      "What was done in this case, as part of a sentence (\"the job posting was taken down and action was taken on the account involved\"). The recipient's own account is described exactly; other people's accounts only in general words.",
    example: "the job posting was taken down and action was taken on the account involved",
  },
  {
    name: "restriction_end",
    label: "restriction end",
    description: "When the recipient's own restriction ends, in UTC.",
    example: "3 December 2026 at 14:00 UTC",
  },
  {
    name: "appealed_decision",
    label: "appealed decision",
    description:
      'On an appeal case: the decision the recipient appealed, as part of a sentence ("the restriction of your account until 3 December 2026 at 14:00 UTC, decided in case C-1042").',
    example: "the restriction of your account until 3 December 2026 at 14:00 UTC, decided in case C-1042",
  },
  {
    name: "appeal_reason",
    label: "appeal reason",
    description: "On an appeal case: why staff decided the appeal as they did, in their words.",
    example: "the conversation shows the contact details were shared after the contract had started",
  },
  {
    name: "agent_name",
    label: "agent name",
    description: "First name of the support agent sending the reply, for the signature.",
    example: "Sam",
  },
  {
    name: "policy_link",
    label: "policy link",
    description: "Help-centre page of the policy that fits the template's and the case's categories.",
    example: "https://www.marketplace.example/help/policies/contact-information",
  },
] as const;

export type VariableName = (typeof REPLY_VARIABLES)[number]["name"];
export type VariableValues = Partial<Record<VariableName, string>>;

export const VARIABLE_NAMES: readonly VariableName[] = REPLY_VARIABLES.map((v) => v.name);

export function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

export function variableLabel(name: VariableName): string {
  return REPLY_VARIABLES.find((v) => v.name === name)?.label ?? name;
}

/**
 * The help-centre page for each policy. The marketplace is fictional, so the
 * addresses use the reserved `.example` domain; change them here.
 */
export const POLICY_LINKS: Record<FindingCategory | "GENERAL", string> = {
  CONTACT_SHARING: "https://www.marketplace.example/help/policies/contact-information",
  OFF_PLATFORM_COMMUNICATION: "https://www.marketplace.example/help/policies/contact-information",
  OFF_PLATFORM_PAYMENT: "https://www.marketplace.example/help/policies/payments-on-the-platform",
  PERSONAL_DATA_REQUEST: "https://www.marketplace.example/help/stay-safe/personal-data",
  GENERAL: "https://www.marketplace.example/help/terms-of-service",
};

// Most serious first: when a template or case spans several, link the policy
// the person most needs to read.
export const CATEGORY_WEIGHT: FindingCategory[] = [
  "PERSONAL_DATA_REQUEST",
  "OFF_PLATFORM_PAYMENT",
  "OFF_PLATFORM_COMMUNICATION",
  "CONTACT_SHARING",
];

/** The policy page that fits both the template and the case, else either, else the terms. */
export function policyLinkFor(
  templateCategories: readonly FindingCategory[],
  caseCategories: readonly FindingCategory[],
): string {
  const pick = (fits: (c: FindingCategory) => boolean) => CATEGORY_WEIGHT.find(fits);
  const category =
    pick((c) => templateCategories.includes(c) && caseCategories.includes(c)) ??
    pick((c) => templateCategories.includes(c)) ??
    pick((c) => caseCategories.includes(c));
  return POLICY_LINKS[category ?? "GENERAL"];
}

/** What the composer knows about the case, in plain serialisable values. */
export interface ReplyCaseFacts {
  caseNumber: number;
  caseCategories: FindingCategory[];
  jobTitle: string | null;
  jobTakenDown: boolean;
  /** The case's enforcements that still stand (reversed ones left out). */
  enforcements: { kind: EnforcementKind; accountId: string | null; endsAt: string | null; badge: string | null }[];
  agentName: string;
}

export interface ReplyRecipientFacts {
  accountId: string;
  handle: string;
  displayName: string;
  audience: Exclude<ReplyAudience, "ANY">;
  restrictedUntil: string | null;
}

/** "3 December 2026 at 14:00 UTC": people on the platform live in every zone. */
export function formatReplyDate(iso: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(
    new Date(iso),
  );
  return `${text} UTC`;
}

function joinPhrases(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * The case's actions as a sentence fragment for this recipient. Their own
 * account is described exactly; anyone else's only as "action was taken",
 * so a reporter never learns the details of another person's penalty.
 * Empty when nothing has been done yet.
 */
export function describeActionTaken(facts: ReplyCaseFacts, recipient: Pick<ReplyRecipientFacts, "accountId">): string {
  const parts: string[] = [];
  const jobDown = facts.jobTakenDown || facts.enforcements.some((e) => e.kind === "JOB_TAKEDOWN");
  if (jobDown) parts.push("the job posting was taken down");
  const own = facts.enforcements.filter((e) => e.accountId === recipient.accountId && e.kind !== "JOB_TAKEDOWN");
  for (const e of own) {
    switch (e.kind) {
      case "WARNING":
        parts.push("your account received a formal warning");
        break;
      case "RESTRICTION":
        parts.push(
          e.endsAt ? `your account was restricted until ${formatReplyDate(e.endsAt)}` : "your account was restricted",
        );
        break;
      case "SUSPENSION":
        parts.push("your account was suspended");
        break;
      case "BADGE_REMOVAL":
        parts.push(
          e.badge ? `the "${e.badge}" badge was removed from your account` : "a badge was removed from your account",
        );
        break;
    }
  }
  const others = new Set(
    facts.enforcements
      .filter((e) => e.accountId && e.accountId !== recipient.accountId && e.kind !== "JOB_TAKEDOWN")
      .map((e) => e.accountId),
  );
  if (others.size === 1) parts.push("action was taken on the account involved");
  if (others.size > 1) parts.push("action was taken on the accounts involved");
  return joinPhrases(parts);
}

/** The recipient's own restriction end: the account's current one, else one set in this case. */
export function restrictionEndFor(facts: ReplyCaseFacts, recipient: ReplyRecipientFacts, now: Date): string | null {
  if (recipient.restrictedUntil && new Date(recipient.restrictedUntil) > now) return recipient.restrictedUntil;
  const fromCase = facts.enforcements.find(
    (e) => e.kind === "RESTRICTION" && e.accountId === recipient.accountId && e.endsAt,
  );
  return fromCase?.endsAt ?? null;
}

/**
 * Every variable's value for this recipient and template. A value the case
 * cannot supply is left out; rendering turns it into a `[[placeholder]]`
 * the agent must fill before sending.
 */
export function variableValues(
  facts: ReplyCaseFacts,
  recipient: ReplyRecipientFacts,
  templateCategories: readonly FindingCategory[],
  now: Date = new Date(),
): VariableValues {
  const values: VariableValues = {
    recipient_name: recipient.displayName.trim() || `@${recipient.handle}`,
    case_reference: caseReference(facts.caseNumber),
    policy_link: policyLinkFor(templateCategories, facts.caseCategories),
  };
  if (facts.jobTitle?.trim()) values.job_title = facts.jobTitle.trim();
  const action = describeActionTaken(facts, recipient);
  if (action) values.action_taken = action;
  const end = restrictionEndFor(facts, recipient, now);
  if (end) values.restriction_end = formatReplyDate(end);
  const agent = facts.agentName.trim().split(/\s+/)[0];
  if (agent) values.agent_name = agent;
  return values;
}
