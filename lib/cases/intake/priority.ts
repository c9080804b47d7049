import { ENFORCED_REASON_LABELS, type EnforcedReason } from "@/lib/cases/labels";
import type { FindingCategory, Severity } from "@/lib/generated/prisma/enums";

/**
 * A case's priority: a plain sum of named parts, so the queue can show why
 * a case ranks where it does. Pure, so it is cheap to test and to recompute.
 */
export interface PriorityInput {
  reporterCount: number;
  automaticReports: number;
  worstSeverity: Severity | null;
  categories: FindingCategory[];
  accountAgeDays: number | null;
  paymentVerified: boolean | null;
  priorEnforcements: number;
  waitingHours: number;
  /**
   * The subject is already fully enforced (its account suspended, or its job taken down:
   * lib/cases/enforced-subject.ts): the case only needs closing, so it sinks and claim-next skips it.
   */
  subjectEnforced?: EnforcedReason | null;
}

/** How far a case whose subject is already fully enforced sinks (one part of the breakdown, named by why). */
export const ENFORCED_SUBJECT_POINTS = -100;

export type PriorityBreakdown = Record<string, number>;

/**
 * Waiting time keeps old cases from sinking forever (the SLA is a day): a
 * point per full hour, up to WAITING_MAX_POINTS. It grows while a case sits
 * in the queue, so lib/cases/queue/waiting.ts tops it up in SQL with the same rule.
 */
export const WAITING_MAX_POINTS = 25;

export function waitingPoints(waitingHours: number): number {
  return Math.max(0, Math.min(WAITING_MAX_POINTS, Math.floor(waitingHours)));
}

/** Labels for the breakdown the queue shows on demand, in display order. */
export const PRIORITY_PART_LABELS: Record<string, string> = {
  severity: "Worst detector finding",
  reporters: "People reporting",
  detector: "Flagged by the detector",
  payment: "Off-platform payment",
  phishing: "Personal data request",
  newAccount: "New account",
  unverifiedPayment: "Payment not verified",
  priorEnforcement: "Earlier enforcement",
  waiting: "Waiting time",
  suspended: ENFORCED_REASON_LABELS.ACCOUNT_SUSPENDED.short,
  takenDown: ENFORCED_REASON_LABELS.JOB_TAKEN_DOWN.short,
};

const SEVERITY_POINTS: Record<Severity, number> = { LOW: 5, MEDIUM: 15, HIGH: 30, CRITICAL: 45 };

export function computePriority(input: PriorityInput): { score: number; breakdown: PriorityBreakdown } {
  const breakdown: PriorityBreakdown = {};
  // Each further person reporting adds less: the tenth report says less than the second.
  if (input.reporterCount > 0) breakdown.reporters = Math.round(12 * Math.log2(1 + input.reporterCount));
  if (input.automaticReports > 0) breakdown.detector = 8;
  if (input.worstSeverity) breakdown.severity = SEVERITY_POINTS[input.worstSeverity];
  if (input.categories.includes("OFF_PLATFORM_PAYMENT")) breakdown.payment = 15;
  if (input.categories.includes("PERSONAL_DATA_REQUEST")) breakdown.phishing = 10;
  if (input.accountAgeDays !== null && input.accountAgeDays < 30)
    breakdown.newAccount = input.accountAgeDays < 7 ? 15 : 8;
  if (input.paymentVerified === false) breakdown.unverifiedPayment = 6;
  if (input.priorEnforcements > 0) breakdown.priorEnforcement = Math.min(20, input.priorEnforcements * 8);
  breakdown.waiting = waitingPoints(input.waitingHours);
  if (input.subjectEnforced === "ACCOUNT_SUSPENDED") breakdown.suspended = ENFORCED_SUBJECT_POINTS;
  if (input.subjectEnforced === "JOB_TAKEN_DOWN") breakdown.takenDown = ENFORCED_SUBJECT_POINTS;
  const score = Object.values(breakdown).reduce((sum, n) => sum + n, 0);
  return { score, breakdown };
}
