import type { ReportSnapshotView } from "@/lib/cases/view/snapshot";
import type { CategoryTally } from "@/lib/cases/category-tally";
import type { Finding as DetectorFinding } from "@/lib/detection/types";
import type {
  AccountKind,
  AccountStatus,
  AuditAction,
  CaseStatus,
  EnforcementKind,
  FindingCategory,
  JobStatus,
  JobTextField,
  ReportReason,
  ReportSource,
  Severity,
  SubjectType,
  ThreadKind,
} from "@/lib/generated/prisma/enums";
import type { AccountStanding } from "@/lib/accounts/types";

// Plain, serialisable shapes: the case page passes them from the server to
// client components, so dates travel as ISO strings.

/** A stored finding: the detector's finding with its row id. */
export type FindingView = Omit<DetectorFinding, "category" | "severity"> & {
  id: string;
  category: FindingCategory;
  severity: Severity;
};

/** A stored finding in a job posting: spans are into its title or its description. */
export type JobFindingView = FindingView & { field: JobTextField };

export interface JobView {
  id: string;
  title: string;
  status: JobStatus;
  postedAt: string;
  description: string;
  clientHandle: string;
  /** When the detector last read the text (null: never scanned). */
  scannedAt: string | null;
  findings: JobFindingView[];
}

export interface MessageView {
  id: string;
  body: string;
  sentAt: string;
  contractActive: boolean;
  authorId: string;
  authorHandle: string;
  authorName: string;
  authorRole: "client" | "freelancer" | "member";
  findings: FindingView[];
}

export interface ThreadView {
  id: string;
  kind: ThreadKind;
  title: string;
  jobId: string | null;
  contracts: { id: string; startedAt: string; endedAt: string | null }[];
  messages: MessageView[];
}

export interface ThreadChoice {
  id: string;
  label: string;
  violationCount: number;
}

export interface AccountView extends AccountStanding {
  id: string;
  handle: string;
  displayName: string;
  kind: AccountKind;
  roleInCase: string;
  enforcements: {
    id: string;
    kind: EnforcementKind;
    reason: string;
    at: string;
    endsAt: string | null;
    reversed: boolean;
  }[];
  pastCases: { id: string; number: number; status: CaseStatus }[];
}

export interface LinkedAccountView {
  accountId: string;
  handle: string;
  displayName: string;
  joinedAt: string;
  status: AccountStatus;
  sharedValues: string[];
  messages: number;
  threads: number;
}

export interface ReportView {
  id: string;
  source: ReportSource;
  reason: ReportReason;
  comment: string | null;
  createdAt: string;
  messageId: string | null;
  reporter: { id: string; handle: string; displayName: string } | null;
  /** The reported text when this report arrived, and which of it changed since (null: filed before snapshots). */
  snapshot: ReportSnapshotView | null;
}

export interface TimelineEntry {
  id: string;
  action: AuditAction;
  actor: string;
  reason: string | null;
  data: Record<string, unknown>;
  at: string;
}

export interface CaseView {
  id: string;
  number: number;
  status: CaseStatus;
  priority: number;
  priorityBreakdown: Record<string, number>;
  version: number;
  subjectType: SubjectType;
  subjectLabel: string;
  categories: FindingCategory[];
  claimedBy: { id: string; name: string } | null;
  claimExpiresAt: string | null;
  escalationReason: string | null;
  createdAt: string;
  summary: {
    /** Per category: violations detected in the thread and job posting shown, and whether a report named it. */
    categories: CategoryTally[];
    total: number;
    firstViolation: {
      /** Null when the first violation is in the job posting's text. */
      messageId: string | null;
      findingId: string;
      category: FindingCategory;
      explanation: string;
      authorHandle: string;
    } | null;
  };
  threadChoices: ThreadChoice[];
  thread: ThreadView | null;
  reports: ReportView[];
  job: JobView | null;
  accounts: AccountView[];
  linked: LinkedAccountView[];
  notes: { id: string; body: string; author: string; at: string }[];
  timeline: TimelineEntry[];
}
