import type { EnforcementKind, FindingCategory } from "@/lib/generated/prisma/enums";
import type { StatementContent } from "@/lib/statements/content";

/**
 * A stored statement of reasons in the fields of the EU DSA Transparency
 * Database's submission API, POST /api/v1/statement (pure). Names and values
 * checked against the database's own validation (app/Http/Requests/
 * StatementStoreRequest.php and app/Models/Statement.php of
 * digital-services-act/transparency-database, June 2026): only submission
 * attributes (no created_at, which the database sets), the 2025 category
 * list (no STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE any more), the
 * required content_date, and the length limits. The console decides on its
 * terms of service, so every ground is "incompatible content"; every
 * decision is a person's, so none is automated. The platform serves the
 * whole EEA, so the territorial scope is the EEA's list.
 */
export type StatementRecord = Pick<
  StatementContent,
  | "decision"
  | "facts"
  | "ground"
  | "groundUrl"
  | "categories"
  | "noticeReceived"
  | "automatedDetection"
  | "startsAt"
  | "endsAt"
> & { id: string; kind: EnforcementKind; automatedDecision: boolean; issuedAt: Date; contentDate: Date | null };

export const DSA_FIELDS = [
  "puid",
  "decision_visibility",
  "decision_visibility_other",
  "decision_monetary",
  "decision_provision",
  "decision_account",
  "decision_ground",
  "decision_ground_reference_url",
  "incompatible_content_ground",
  "incompatible_content_explanation",
  "incompatible_content_illegal",
  "category",
  "category_addition",
  "category_specification",
  "content_type",
  "territorial_scope",
  "content_date",
  "decision_facts",
  "source_type",
  "automated_detection",
  "automated_decision",
  "application_date",
  "end_date_visibility_restriction",
  "end_date_service_restriction",
  "end_date_account_restriction",
] as const;

export type DsaStatement = Record<(typeof DSA_FIELDS)[number], string | string[] | null>;

const OTHER_TERMS = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC";

const CATEGORY: Record<FindingCategory, string> = {
  PERSONAL_DATA_REQUEST: "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
  OFF_PLATFORM_PAYMENT: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
  OFF_PLATFORM_COMMUNICATION: OTHER_TERMS,
  CONTACT_SHARING: OTHER_TERMS,
};

// The optional keywords (category_specification) the database has for them.
const KEYWORDS: Partial<Record<FindingCategory, string>> = {
  PERSONAL_DATA_REQUEST: "KEYWORD_PHISHING",
};

/** The EEA's countries (EuropeanCountriesService::EUROPEAN_ECONOMIC_AREA_COUNTRY_CODES). */
export const EEA = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
];

/** The database's length limits: longer text is refused, so it is cut with an ellipsis. */
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The database's dates are days (YYYY-MM-DD, UTC). */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toDsa(s: StatementRecord): DsaStatement {
  const categories = [...new Set(s.categories.map((c) => CATEGORY[c]))];
  const keywords = [...new Set(s.categories.flatMap((c) => KEYWORDS[c] ?? []))];
  const visibility =
    s.kind === "JOB_TAKEDOWN"
      ? ["DECISION_VISIBILITY_CONTENT_REMOVED"]
      : s.kind === "BADGE_REMOVAL" || s.kind === "WARNING"
        ? ["DECISION_VISIBILITY_OTHER"]
        : null;
  return {
    puid: s.id,
    decision_visibility: visibility,
    decision_visibility_other:
      s.kind === "BADGE_REMOVAL"
        ? "Badge removed from the profile"
        : s.kind === "WARNING"
          ? "Formal warning (strike)"
          : null,
    decision_monetary: null,
    decision_provision: s.kind === "RESTRICTION" ? "DECISION_PROVISION_PARTIAL_SUSPENSION" : null,
    decision_account: s.kind === "SUSPENSION" ? "DECISION_ACCOUNT_SUSPENDED" : null,
    decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT",
    decision_ground_reference_url: clip(s.groundUrl, 500),
    incompatible_content_ground: clip(s.ground, 500),
    incompatible_content_explanation: clip(s.decision, 2000),
    incompatible_content_illegal: "No",
    category: categories[0] ?? OTHER_TERMS,
    category_addition: categories.slice(1),
    category_specification: keywords.length ? keywords : null,
    content_type: ["CONTENT_TYPE_TEXT"],
    territorial_scope: EEA,
    content_date: day(s.contentDate ?? s.startsAt),
    decision_facts: clip(s.facts, 5000),
    // A member's report is a notice (art. 16); the console's own detection is voluntary.
    source_type: s.noticeReceived ? "SOURCE_ARTICLE_16" : "SOURCE_VOLUNTARY",
    automated_detection: s.automatedDetection ? "Yes" : "No",
    automated_decision: s.automatedDecision ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED",
    application_date: day(s.startsAt),
    end_date_visibility_restriction: s.kind === "JOB_TAKEDOWN" ? day(s.endsAt) : null,
    end_date_service_restriction: s.kind === "RESTRICTION" ? day(s.endsAt) : null,
    end_date_account_restriction: s.kind === "SUSPENSION" ? day(s.endsAt) : null,
  };
}
