import type { LinkedAccounts } from "@/lib/accounts/linked";
import type { FindingView } from "@/lib/cases/view/types";
import type {
  AccountKind,
  AccountStatus,
  CaseStatus,
  EnforcementKind,
  FindingCategory,
  JobStatus,
  ReportReason,
  ReportSource,
  RestrictionScope,
  SubjectType,
  ThreadKind,
} from "@/lib/generated/prisma/enums";

// Plain, serialisable shapes for the account page (dates as ISO strings).

/** How a case concerns the account. */
export type CaseRelation = "ACCOUNT" | "JOB" | "MESSAGE" | "THREAD";

export interface AccountCaseRow {
  id: string;
  number: number;
  status: CaseStatus;
  subjectType: SubjectType;
  relation: CaseRelation;
  categories: FindingCategory[];
  reportCount: number;
  openedAt: string;
  closedAt: string | null;
}

export interface AccountReportRow {
  id: string;
  caseId: string;
  caseNumber: number;
  source: ReportSource;
  reason: ReportReason;
  comment: string | null;
  subjectType: SubjectType;
  reporter: { id: string; handle: string } | null;
  at: string;
}

export interface FlaggedThread {
  id: string;
  kind: ThreadKind;
  title: string;
  counterpart: { id: string; handle: string } | null;
  /** The thread's contracts, so each message's state reads against them. */
  contracts: { startedAt: string; endedAt: string | null }[];
  /** Whether a contract is in force in the thread now. */
  contractNow: boolean;
  messages: {
    id: string;
    body: string;
    sentAt: string;
    contractActive: boolean;
    findings: FindingView[];
  }[];
}

/** An enforcement as the case page and the account page list it. */
export interface EnforcementSummary {
  id: string;
  kind: EnforcementKind;
  target: string;
  reason: string;
  actor: string;
  at: string;
  endsAt: string | null;
}

export interface AccountEnforcementRow extends EnforcementSummary {
  scopes: RestrictionScope[];
  reversed: { at: string; by: string | null; reason: string | null } | null;
  /** The case the enforcement was decided on: a reversal goes through it. */
  case: { id: string; number: number; version: number; status: CaseStatus } | null;
  canReverse: boolean;
}

export interface AccountJobRow {
  id: string;
  title: string;
  status: JobStatus;
  postedAt: string;
  openCases: number;
}

export interface AccountNoteRow {
  id: string;
  body: string;
  author: string;
  at: string;
}

/** An account's standing on the platform, shown wherever the account is. */
export interface AccountStanding {
  joinedAt: string;
  paymentVerified: boolean;
  badges: string[];
  status: AccountStatus;
  restrictedUntil: string | null;
  restrictionScopes: RestrictionScope[];
  strikeCount: number;
}

export interface AccountPageView extends AccountStanding {
  id: string;
  externalId: string;
  handle: string;
  displayName: string;
  kind: AccountKind;
  country: string | null;
  /** The warnings behind the strikes, newest first (a withdrawn one is marked). */
  strikes: {
    id: string;
    at: string;
    reason: string;
    endsAt: string | null;
    withdrawn: boolean;
    caseNumber: number | null;
  }[];
  cases: AccountCaseRow[];
  openCaseCount: number;
  reports: AccountReportRow[];
  flaggedThreads: FlaggedThread[];
  flaggedMessageCount: number;
  jobs: AccountJobRow[];
  enforcements: AccountEnforcementRow[];
  linked: LinkedAccounts;
  notes: AccountNoteRow[];
}
