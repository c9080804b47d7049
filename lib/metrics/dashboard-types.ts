import type { ConsoleRole } from "@/lib/generated/prisma/enums";

// Pure: the dashboard's shapes, shared by its SQL (dashboard.ts) and the page's client parts.

/** Audit actions that are a moderator's decision on a case. */
export const DECISION_ACTIONS = [
  "DISMISSED",
  "WARNED",
  "JOB_TAKEN_DOWN",
  "ACCOUNT_RESTRICTED",
  "BADGE_REMOVED",
  "ACCOUNT_SUSPENDED",
  "RESOLVED",
] as const;

/** The category key of a case no category names, and of the totals. */
export const NO_CATEGORY = "NONE";
export const ALL = "ALL";
/** The two queues a case can wait in over time (the tabs history can be told for). */
export type FlowKind = "cases" | "appeals";

export interface MetricsWindow {
  from: Date;
  to: Date;
}

export interface MetricsViewer {
  id: string;
  role: ConsoleRole;
}

export interface FlowHour {
  hour: string; // ISO instant of the UTC hour
  kind: FlowKind;
  category: string;
  incoming: number;
  closed: number;
}

export interface OpenNow {
  kind: FlowKind;
  category: string;
  open: number;
  breached: number;
  oldestFirstReportedAt: string | null;
}

export interface Timing {
  category: string;
  closed: number;
  firstActionP50: number | null; // minutes
  firstActionP90: number | null;
  decisionP50: number | null;
  decisionP90: number | null;
  breached: number;
}

export interface ModeratorRow {
  id: string;
  name: string;
  decisions: number;
  dismissals: number;
  enforcements: number;
  reversed: number;
  overturned: number;
}

export interface RulePrecision {
  ruleId: string;
  category: string;
  actioned: number;
  dismissed: number;
  precision: number | null;
}

export interface AppealFigures {
  received: number;
  decided: number;
  upheld: number;
  overturned: number;
  modified: number;
  overturnRate: number | null;
}

export interface Dashboard {
  window: { from: string; to: string };
  /** Whether the viewer sees every moderator's row (staff, admins) or only their own. */
  seesEveryone: boolean;
  flow: FlowHour[];
  openNow: OpenNow[];
  timings: Timing[];
  moderators: ModeratorRow[];
  team: Omit<ModeratorRow, "id" | "name">;
  precision: RulePrecision[];
  appeals: AppealFigures;
}
