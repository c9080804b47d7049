import type {
  AccountStatus,
  AppealOutcome,
  AppealStatus,
  AuditAction,
  CaseStatus,
  EnforcementKind,
  FindingCategory,
  JobStatus,
  Severity,
  SubjectType,
} from "@/lib/generated/prisma/enums";

/**
 * The words people see for each enum value: one table per enum, used by the
 * UI, the audit export and replies, so a status or an action reads the same
 * everywhere. A new enum value fails the type check here until it has one.
 */

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  CONTACT_SHARING: "Contact sharing",
  OFF_PLATFORM_COMMUNICATION: "Off-platform talk",
  OFF_PLATFORM_PAYMENT: "Off-platform payment",
  PERSONAL_DATA_REQUEST: "Personal data request",
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  OPEN: "Open",
  IN_REVIEW: "In review",
  ESCALATED: "Escalated",
  RESOLVED: "Resolved",
  DISMISSED: "Dismissed",
};

export const SUBJECT_LABELS: Record<SubjectType, string> = {
  JOB: "Job",
  ACCOUNT: "Account",
  THREAD: "Thread",
  MESSAGE: "Message",
  APPEAL: "Appeal",
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  CRITICAL: "Critical",
};

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIVE: "Active",
  RESTRICTED: "Restricted",
  SUSPENDED: "Suspended",
};

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  OPEN: "Open",
  TAKEN_DOWN: "Taken down",
  CLOSED: "Closed",
};

export const ENFORCEMENT_KIND_LABELS: Record<EnforcementKind, string> = {
  WARNING: "Warning",
  RESTRICTION: "Restriction",
  SUSPENSION: "Suspension",
  BADGE_REMOVAL: "Badge removal",
  JOB_TAKEDOWN: "Job takedown",
};

/** An enforcement as a listed item (what was done) and the button that undoes it. */
export const ENFORCEMENT_ITEM_LABELS: Record<EnforcementKind, { label: string; undo: string }> = {
  WARNING: { label: "Warning", undo: "Withdraw warning" },
  RESTRICTION: { label: "Restriction", undo: "Lift restriction" },
  SUSPENSION: { label: "Suspension", undo: "Reinstate account" },
  BADGE_REMOVAL: { label: "Badge removed", undo: "Give badge back" },
  JOB_TAKEDOWN: { label: "Job taken down", undo: "Restore job" },
};

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  REPORT_RECEIVED: "Report received",
  CASE_OPENED: "Case opened",
  CASE_REOPENED: "Case reopened",
  CLAIMED: "Claimed",
  RELEASED: "Released",
  ASSIGNED: "Assigned",
  CLAIM_EXPIRED: "Claim expired",
  NOTE_ADDED: "Note added",
  DISMISSED: "Dismissed",
  WARNED: "Warned",
  JOB_TAKEN_DOWN: "Job taken down",
  JOB_RESTORED: "Job restored",
  ACCOUNT_RESTRICTED: "Account restricted",
  RESTRICTION_LIFTED: "Restriction lifted",
  RESTRICTION_EXPIRED: "Restriction expired",
  BADGE_REMOVED: "Badge removed",
  ACCOUNT_SUSPENDED: "Account suspended",
  ACCOUNT_REINSTATED: "Account reinstated",
  ENFORCEMENT_REVERSED: "Enforcement reversed",
  ESCALATED: "Escalated",
  RESOLVED: "Resolved",
  REPLY_SENT: "Reply sent",
  TEMPLATE_CREATED: "Template created",
  TEMPLATE_UPDATED: "Template updated",
  TEMPLATE_ARCHIVED: "Template archived",
  USER_CREATED: "User created",
  USER_UPDATED: "User updated",
  USER_DEACTIVATED: "User deactivated",
  USER_SIGNED_OUT_EVERYWHERE: "User signed out everywhere",
  API_TOKEN_CREATED: "API token created",
  API_TOKEN_REVOKED: "API token revoked",
  REPLY_DELIVERED: "Reply delivered",
  REPLY_FAILED: "Reply failed",
  JOB_TEXT_CHANGED: "Job text changed",
  APPEAL_RECEIVED: "Appeal received",
  APPEAL_UPHELD: "Appeal: decision upheld",
  APPEAL_OVERTURNED: "Appeal: decision overturned",
  APPEAL_MODIFIED: "Appeal: decision modified",
  STATEMENT_ISSUED: "Statement of reasons issued",
  STATEMENT_ENDED: "Statement of reasons updated: decision ended",
  ACCOUNT_UPDATED: "Account changed by the platform",
  JOB_UPDATED: "Job changed by the platform",
  THREAD_UPDATED: "Thread changed by the platform",
};

export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome, string> = {
  UPHELD: "Upheld",
  OVERTURNED: "Overturned",
  MODIFIED: "Modified",
};

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  OPEN: "Waiting for a decision",
  DECIDED: "Decided",
};

/** How a case is referred to everywhere (UI, messages, replies, export): C-1042. */
/** Why a case's subject is already fully enforced (the rule: lib/cases/enforced-subject.ts). */
export type EnforcedReason = "ACCOUNT_SUSPENDED" | "JOB_TAKEN_DOWN";

/** Each reason as part of a sentence: "…, so claim-next skips it", "Skipped 3 cases whose …". */
export const ENFORCED_REASON_LABELS: Record<EnforcedReason, { short: string; one: string; many: string }> = {
  ACCOUNT_SUSPENDED: {
    short: "Account already suspended",
    one: "its account is already suspended",
    many: "whose account is already suspended",
  },
  JOB_TAKEN_DOWN: {
    short: "Job already taken down",
    one: "its job is already taken down",
    many: "whose job is already taken down",
  },
};

export function caseReference(number: number): string {
  return `C-${number}`;
}
