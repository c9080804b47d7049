import { appealDeadline } from "@/lib/appeals/rules";
import { caseReference, CATEGORY_LABELS } from "@/lib/cases/labels";
import type { EnforcementKind, FindingCategory, RestrictionScope } from "@/lib/generated/prisma/enums";
import { CATEGORY_WEIGHT, formatReplyDate, policyLinkFor } from "@/lib/replies/variables";

/**
 * What a statement of reasons says (pure): the decision, the facts and the
 * policy ground, whether automated means were used, the duration and how to
 * appeal (the items art. 17(3) DSA asks for), worded for the affected account.
 */
export interface StatementFacts {
  kind: EnforcementKind;
  scopes: RestrictionScope[];
  badge: string | null;
  jobTitle: string | null;
  /** The decider's reason, as written into the audit trail. */
  reason: string;
  startsAt: Date;
  endsAt: Date | null;
  /** The case the decision was taken in (for an appeal, the appealed case); null for the account page alone. */
  caseNumber: number | null;
  categories: FindingCategory[];
  userReports: number;
  automaticReports: number;
  appealDays: number;
}

export interface StatementContent {
  decision: string;
  facts: string;
  ground: string;
  groundUrl: string;
  categories: FindingCategory[];
  noticeReceived: boolean;
  automatedDetection: boolean;
  /** Every enforcement in this console is a person's decision. */
  automatedDecision: false;
  startsAt: Date;
  endsAt: Date | null;
  appealBy: Date;
  howToAppeal: string;
  /** The notice sent through the outbox. */
  subject: string;
  body: string;
}

// The terms each detector category breaks; the most serious one is the ground (policyLinkFor's order).
const GROUNDS: Record<FindingCategory | "GENERAL", string> = {
  PERSONAL_DATA_REQUEST: "Safety policy: asking another member for personal or financial data",
  OFF_PLATFORM_PAYMENT: "Terms of service: payments for work found here are made through the platform",
  OFF_PLATFORM_COMMUNICATION: "Terms of service: communication stays on the platform until a contract is in place",
  CONTACT_SHARING: "Terms of service: contact details are not shared before a contract is in place",
  GENERAL: "Terms of service",
};

const SCOPE_WORDS: Record<RestrictionScope, string> = {
  MESSAGING: "send messages",
  PROPOSALS: "send proposals",
  JOB_POSTING: "post jobs",
};

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** "Your account can't send messages or post jobs until 12 December 2026 at 10:00 UTC." */
export function describeDecision(f: Pick<StatementFacts, "kind" | "scopes" | "badge" | "jobTitle" | "endsAt">): string {
  switch (f.kind) {
    case "WARNING":
      return "A formal warning (a strike) was recorded on your account. Nothing you can do is limited by it, but further strikes lead to restrictions.";
    case "RESTRICTION": {
      const can = f.scopes.length ? list(f.scopes.map((s) => SCOPE_WORDS[s])) : "use the platform";
      return f.endsAt
        ? `Your account can't ${can} until ${formatReplyDate(f.endsAt.toISOString())}.`
        : `Your account can't ${can} until the restriction is lifted.`;
    }
    case "SUSPENSION":
      return "Your account is suspended: you can't use the platform until the suspension is reversed.";
    case "BADGE_REMOVAL":
      return f.badge
        ? `The "${f.badge}" badge was removed from your profile.`
        : "A badge was removed from your profile.";
    case "JOB_TAKEDOWN":
      return f.jobTitle
        ? `Your job posting "${f.jobTitle}" was taken down and can no longer be seen or applied to.`
        : "One of your job postings was taken down and can no longer be seen or applied to.";
  }
}

export function describeDuration(kind: EnforcementKind, startsAt: Date, endsAt: Date | null): string {
  const from = formatReplyDate(startsAt.toISOString());
  if (endsAt) return `From ${from} until ${formatReplyDate(endsAt.toISOString())}.`;
  return kind === "WARNING"
    ? `Recorded on ${from}; it stands until it is withdrawn.`
    : `From ${from}, with no set end: it stands until it is reversed.`;
}

export function composeStatement(f: StatementFacts): StatementContent {
  const ground = CATEGORY_WEIGHT.find((c) => f.categories.includes(c)) ?? "GENERAL";
  const ref = f.caseNumber !== null ? caseReference(f.caseNumber) : null;
  const noticeReceived = f.userReports > 0;
  const automatedDetection = f.automaticReports > 0;
  const found = [
    automatedDetection
      ? `our automated detection flagged ${f.automaticReports === 1 ? "a message" : `${f.automaticReports} items`}`
      : null,
    noticeReceived ? `${f.userReports === 1 ? "a member" : `${f.userReports} members`} reported it` : null,
  ].filter((x): x is string => x !== null);
  const named = f.categories.length
    ? ` It concerned: ${f.categories.map((c) => CATEGORY_LABELS[c].toLowerCase()).join(", ")}.`
    : "";
  const what = found.length ? `${list(found)}.` : "a moderator reviewed your account.";
  const facts =
    `${ref ? `In case ${ref}, ${what}` : what.charAt(0).toUpperCase() + what.slice(1)}${named}` +
    ` The moderator's finding: ${f.reason.trim().replace(/[.\s]+$/, "")}.`;
  const appealBy = appealDeadline(f.startsAt, f.appealDays);
  const howToAppeal =
    `You can appeal this decision until ${formatReplyDate(appealBy.toISOString())} (${f.appealDays} days) from the Appeals page of your account` +
    `${ref ? `, quoting ${ref}` : ""}. A different member of staff than the one who decided will review it.`;
  const decision = describeDecision(f);
  const automation = automatedDetection
    ? "Automated means: the case was detected automatically; the decision was taken by a person."
    : "Automated means: none; the case was found and decided by people.";
  const duration = describeDuration(f.kind, f.startsAt, f.endsAt);
  const subject = `Statement of reasons: ${SUBJECT[f.kind]}${ref ? ` (${ref})` : ""}`;
  const body = [
    `What we decided: ${decision}`,
    `Why: ${facts}`,
    `Policy: ${GROUNDS[ground]} (${policyLinkFor([], f.categories)}).`,
    automation,
    `Duration: ${duration}`,
    `How to appeal: ${howToAppeal}`,
  ].join("\n\n");
  return {
    decision,
    facts,
    ground: GROUNDS[ground],
    groundUrl: policyLinkFor([], f.categories),
    categories: f.categories,
    noticeReceived,
    automatedDetection,
    automatedDecision: false,
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    appealBy,
    howToAppeal,
    subject,
    body,
  };
}

const SUBJECT: Record<EnforcementKind, string> = {
  WARNING: "a warning on your account",
  RESTRICTION: "your account is restricted",
  SUSPENSION: "your account is suspended",
  BADGE_REMOVAL: "a badge was removed",
  JOB_TAKEDOWN: "a job posting was taken down",
};

/** How an enforcement ended (the StatementEnd enum). */
export type StatementEndKind = "EXPIRED" | "REVERSED" | "OVERTURNED" | "MODIFIED";

export interface EndingFacts extends Pick<StatementFacts, "kind" | "scopes" | "badge" | "jobTitle" | "startsAt"> {
  end: StatementEndKind;
  endedAt: Date;
  /** The case the decision was taken in (the statement's), and the appeal case that changed it. */
  caseNumber: number | null;
  appealCaseNumber: number | null;
}

export interface EndingContent {
  /** One line for the statement's record and the console's panel. */
  note: string;
  subject: string;
  body: string;
}

/** What undoing the decision gave back, in the account's words. */
function undone(f: Pick<EndingFacts, "kind" | "badge" | "jobTitle" | "scopes">): string {
  switch (f.kind) {
    case "JOB_TAKEDOWN":
      return f.jobTitle ? `your job posting "${f.jobTitle}" can be seen again` : "your job posting can be seen again";
    case "RESTRICTION":
      return "the restriction is lifted";
    case "SUSPENSION":
      return "the suspension is lifted";
    case "BADGE_REMOVAL":
      return f.badge ? `the "${f.badge}" badge is back on your profile` : "the badge is back on your profile";
    case "WARNING":
      return "the strike is withdrawn";
  }
}

const END_SUBJECT: Record<StatementEndKind, string> = {
  EXPIRED: "the restriction has ended",
  REVERSED: "a decision was reversed",
  OVERTURNED: "a decision was overturned on appeal",
  MODIFIED: "a decision was changed on appeal",
};

/**
 * The follow-up to a statement of reasons when its enforcement ends (pure):
 * a restriction that ran out, a decision reversed on review, or overturned or
 * replaced on appeal. Says nothing of the staff's internal reasons.
 */
export function composeEnding(f: EndingFacts): EndingContent {
  const on = formatReplyDate(f.endedAt.toISOString());
  const appeal = f.appealCaseNumber !== null ? ` ${caseReference(f.appealCaseNumber)}` : "";
  const note =
    f.end === "EXPIRED"
      ? `The restriction ended as set on ${on}: your account can ${f.scopes.length ? list(f.scopes.map((s) => SCOPE_WORDS[s])) : "use the platform"} again.`
      : f.end === "REVERSED"
        ? `Reversed on ${on} after review: ${undone(f)}.`
        : f.end === "OVERTURNED"
          ? `Overturned on appeal${appeal} on ${on}: ${undone(f)}.`
          : `Replaced on appeal${appeal} on ${on} by a shorter restriction, explained in its own statement of reasons.`;
  const ref = f.caseNumber !== null ? ` (${caseReference(f.caseNumber)})` : "";
  const about = `This updates the statement of reasons of ${formatReplyDate(f.startsAt.toISOString())}${ref}: ${SUBJECT[f.kind]}.`;
  return {
    note,
    subject: `Statement of reasons updated: ${END_SUBJECT[f.end]}${ref}`,
    body: [about, `What changed: ${note}`, "Other decisions on your account, if any, still apply."].join("\n\n"),
  };
}
