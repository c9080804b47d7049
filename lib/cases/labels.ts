import type { CaseStatus, FindingCategory, SubjectType } from "@/lib/generated/prisma/enums";

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
};

export function caseReference(number: number): string {
  return `C-${number}`;
}
