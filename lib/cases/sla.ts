import type { FindingCategory, SubjectType } from "@/lib/generated/prisma/enums";

// Pure: the service-level targets, shared by the queue's SQL (its "breaches
// soonest" sort and each row's deadline, lib/cases/queue/sql.ts) and the
// rows' "2 h 10 min left" / "overdue by 35 min" text. Change a target here;
// both follow (lib/cases/queue/sla.db.test.ts proves they agree).

const MINUTE = 60_000;

/**
 * Hours from a case's first report to its decision, per category. Money
 * leaving the platform and requests for identity documents do harm within
 * hours, so they are the tightest.
 */
export const SLA_HOURS: Record<FindingCategory, number> = {
  OFF_PLATFORM_PAYMENT: 4,
  PERSONAL_DATA_REQUEST: 4,
  CONTACT_SHARING: 24,
  OFF_PLATFORM_COMMUNICATION: 24,
};
/** A case no category names (spam, harassment, "other"). */
export const SLA_DEFAULT_HOURS = 24;
/** An appeal case, from the appeal's submission (staff's, and a decision is not urgent harm). */
export const SLA_APPEAL_HOURS = 72;

interface SlaCase {
  subjectType: SubjectType;
  categories: readonly FindingCategory[];
}

/** The case's target in minutes: appeals their own, otherwise its strictest category's. */
export function slaMinutes(kase: SlaCase): number {
  if (kase.subjectType === "APPEAL") return SLA_APPEAL_HOURS * 60;
  if (kase.categories.length === 0) return SLA_DEFAULT_HOURS * 60;
  return Math.min(...kase.categories.map((c) => Math.round(SLA_HOURS[c] * 60)));
}

/** When the case breaches its target: an instant, the same in every time zone. */
export function slaDueAt(kase: SlaCase & { firstReportedAt: Date | string }): Date {
  return new Date(new Date(kase.firstReportedAt).getTime() + slaMinutes(kase) * MINUTE);
}

/**
 * Target minutes → the categories that have them, tightest first: what the
 * SQL's CASE walks, so that its first match is the strictest category's.
 */
export function slaTiers(): { minutes: number; categories: FindingCategory[] }[] {
  const tiers = new Map<number, FindingCategory[]>();
  for (const [category, hours] of Object.entries(SLA_HOURS) as [FindingCategory, number][]) {
    const minutes = Math.round(hours * 60);
    tiers.set(minutes, [...(tiers.get(minutes) ?? []), category]);
  }
  return [...tiers.entries()].sort((a, b) => a[0] - b[0]).map(([minutes, categories]) => ({ minutes, categories }));
}

/** "35 min", "2 h 10 min", "3 d 4 h": a length of time as a moderator reads it. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

export interface SlaStanding {
  breached: boolean;
  /** "2 h 10 min left" or "overdue by 35 min". */
  text: string;
}

/** Where a case stands against its target at `now`. */
export function slaStanding(dueAt: Date | string, now: number): SlaStanding {
  const left = new Date(dueAt).getTime() - now;
  return left > 0
    ? { breached: false, text: `${formatSpan(left)} left` }
    : { breached: true, text: `overdue by ${formatSpan(left)}` };
}
