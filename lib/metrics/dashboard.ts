import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readPrisma } from "@/lib/db/prisma";
import { slaDueSql } from "@/lib/cases/queue/sql";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import {
  ALL,
  DECISION_ACTIONS,
  NO_CATEGORY,
  type AppealFigures,
  type Dashboard,
  type FlowHour,
  type FlowKind,
  type MetricsViewer,
  type MetricsWindow,
  type ModeratorRow,
  type OpenNow,
  type RulePrecision,
  type Timing,
} from "./dashboard-types";

/**
 * The team dashboard's figures (/metrics), each one SQL statement bounded by
 * the chosen window, so its cost follows the window's activity and not the
 * whole history (each reads by an index on the window's time column:
 * Case_firstReported_idx, Case_closed_idx, AuditEvent_action_createdAt_idx,
 * Report_automatic_createdAt_idx, Appeal_createdAt_idx).
 *
 * Where each figure comes from:
 * - flow: cases by their first report (incoming) and by closedAt (closed), in
 *   UTC hours; lib/metrics/days.ts folds the hours into the viewer's local days
 *   and walks the queue's depth back from today's open counts.
 * - timings: cases closed in the window; first action = the first audit event
 *   a console user wrote on the case, decision = closedAt, both from the first report.
 * - SLA: lib/cases/sla.ts's deadline (through slaDueSql), against closedAt for
 *   closed cases and now for open ones.
 * - moderators: decision events (the audit actions below) by console users;
 *   reversed = their enforcements in the window since reversed; overturned =
 *   those whose appeal was decided OVERTURNED.
 * - precision per rule: automatic reports filed in the window whose case is
 *   closed; a dismissed case marks the rules that raised it false positives.
 * A case with several categories counts in each; the "all" rows count it once.
 */

const kindSql = Prisma.sql`CASE WHEN c."subjectType" = 'APPEAL' THEN 'appeals' ELSE 'cases' END`;
// One row per category of the case (NONE when it names none).
const categoriesSql = Prisma.sql`unnest(CASE WHEN cardinality(c."categories") = 0 THEN ARRAY['${Prisma.raw(NO_CATEGORY)}'] ELSE c."categories"::text[] END)`;
const OPEN_SQL = Prisma.sql`c."status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED')`;
const CLOSED_SQL = Prisma.sql`c."status" IN ('RESOLVED', 'DISMISSED')`;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Incoming and closed per UTC hour, per queue and category, with the totals as category ALL. */
export async function flowHours(w: MetricsWindow): Promise<FlowHour[]> {
  const rows = await readPrisma.$queryRaw<
    { hour: Date; kind: FlowKind; category: string | null; incoming: bigint; closed: bigint }[]
  >`
    WITH events AS (
      SELECT date_trunc('hour', c."firstReportedAt") AS hour, ${kindSql} AS kind, c."categories", 1 AS incoming, 0 AS closed
        FROM "Case" c WHERE c."firstReportedAt" >= ${w.from} AND c."firstReportedAt" < ${w.to}
      UNION ALL
      SELECT date_trunc('hour', c."closedAt"), ${kindSql}, c."categories", 0, 1
        FROM "Case" c WHERE ${CLOSED_SQL} AND c."closedAt" >= ${w.from} AND c."closedAt" < ${w.to}
    ), per_category AS (
      SELECT hour, kind, category, incoming, closed
        FROM events c, ${categoriesSql} AS category
    )
    SELECT hour, kind, category, sum(incoming) AS incoming, sum(closed) AS closed FROM per_category GROUP BY hour, kind, category
    UNION ALL
    SELECT hour, kind, NULL, sum(incoming), sum(closed) FROM events GROUP BY hour, kind
    ORDER BY 1, 2, 3`;
  return rows.map((r) => ({
    hour: r.hour.toISOString(),
    kind: r.kind,
    category: r.category ?? ALL,
    incoming: Number(r.incoming),
    closed: Number(r.closed),
  }));
}

/** The queues as they stand: open cases, those past their SLA deadline, the oldest first report. */
export async function openNow(now: Date): Promise<OpenNow[]> {
  const rows = await readPrisma.$queryRaw<
    { kind: FlowKind; category: string | null; open: bigint; breached: bigint; oldest: Date | null }[]
  >`
    WITH open_cases AS (
      SELECT ${kindSql} AS kind, c."categories", c."firstReportedAt", (${slaDueSql("c")} < ${now}) AS breached
        FROM "Case" c WHERE ${OPEN_SQL}
    )
    SELECT kind, category, count(*) AS open, count(*) FILTER (WHERE breached) AS breached, min("firstReportedAt") AS oldest
      FROM open_cases c, ${categoriesSql} AS category GROUP BY kind, category
    UNION ALL
    SELECT kind, NULL, count(*), count(*) FILTER (WHERE breached), min("firstReportedAt") FROM open_cases GROUP BY kind
    ORDER BY 1, 2`;
  return rows.map((r) => ({
    kind: r.kind,
    category: r.category ?? ALL,
    open: Number(r.open),
    breached: Number(r.breached),
    oldestFirstReportedAt: r.oldest?.toISOString() ?? null,
  }));
}

/** Time to first action and to decision (minutes, p50/p90) and SLA breaches, of cases closed in the window. */
export async function timings(w: MetricsWindow): Promise<Timing[]> {
  const rows = await readPrisma.$queryRaw<
    {
      category: string | null;
      closed: bigint;
      fa50: number | null;
      fa90: number | null;
      d50: number | null;
      d90: number | null;
      breached: bigint;
    }[]
  >`
    WITH closed AS (
      SELECT c."categories",
             extract(epoch FROM (fa.at - c."firstReportedAt")) / 60 AS first_action,
             extract(epoch FROM (c."closedAt" - c."firstReportedAt")) / 60 AS decision,
             (c."closedAt" > ${slaDueSql("c")}) AS breached
        FROM "Case" c
        LEFT JOIN LATERAL (
          SELECT min(e."createdAt") AS at FROM "AuditEvent" e WHERE e."caseId" = c."id" AND e."actorKind" = 'USER'
        ) fa ON true
       WHERE ${CLOSED_SQL} AND c."closedAt" >= ${w.from} AND c."closedAt" < ${w.to}
         AND c."subjectType" <> 'APPEAL'
    ), rows AS (
      SELECT category, first_action, decision, breached FROM closed c, ${categoriesSql} AS category
      UNION ALL
      SELECT NULL, first_action, decision, breached FROM closed
    )
    SELECT category, count(*) AS closed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY first_action) AS fa50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY first_action) AS fa90,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY decision) AS d50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY decision) AS d90,
           count(*) FILTER (WHERE breached) AS breached
      FROM rows GROUP BY category ORDER BY category NULLS LAST`;
  return rows.map((r) => ({
    category: r.category ?? ALL,
    closed: Number(r.closed),
    firstActionP50: num(r.fa50),
    firstActionP90: num(r.fa90),
    decisionP50: num(r.d50),
    decisionP90: num(r.d90),
    breached: Number(r.breached),
  }));
}

/** Decisions per console user in the window, and how many of their enforcements were reversed or overturned. */
export async function moderatorRows(w: MetricsWindow, onlyUserId: string | null): Promise<ModeratorRow[]> {
  const actions = Prisma.join(DECISION_ACTIONS.map((a) => Prisma.sql`${a}::"AuditAction"`));
  const only = onlyUserId ? Prisma.sql`AND u."id" = ${onlyUserId}` : Prisma.empty;
  const rows = await readPrisma.$queryRaw<
    {
      id: string;
      name: string;
      decisions: bigint;
      dismissals: bigint;
      enforcements: bigint;
      reversed: bigint;
      overturned: bigint;
    }[]
  >`
    WITH decisions AS (
      SELECT e."actorId" AS id, count(*) AS decisions, count(*) FILTER (WHERE e."action" = 'DISMISSED') AS dismissals
        FROM "AuditEvent" e
       WHERE e."action" IN (${actions}) AND e."actorKind" = 'USER' AND e."createdAt" >= ${w.from} AND e."createdAt" < ${w.to}
       GROUP BY e."actorId"
    ), enforcements AS (
      SELECT n."actorId" AS id, count(*) AS enforcements,
             count(*) FILTER (WHERE n."reversedAt" IS NOT NULL) AS reversed,
             count(*) FILTER (WHERE a."outcome" = 'OVERTURNED') AS overturned
        FROM "Enforcement" n LEFT JOIN "Appeal" a ON a."enforcementId" = n."id"
       WHERE n."createdAt" >= ${w.from} AND n."createdAt" < ${w.to}
       GROUP BY n."actorId"
    )
    SELECT u."id", u."name", coalesce(d.decisions, 0) AS decisions, coalesce(d.dismissals, 0) AS dismissals,
           coalesce(n.enforcements, 0) AS enforcements, coalesce(n.reversed, 0) AS reversed, coalesce(n.overturned, 0) AS overturned
      FROM "ConsoleUser" u
      LEFT JOIN decisions d ON d.id = u."id"
      LEFT JOIN enforcements n ON n.id = u."id"
     WHERE (d.id IS NOT NULL OR n.id IS NOT NULL) ${only}
     ORDER BY coalesce(d.decisions, 0) DESC, u."name", u."id"`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    decisions: Number(r.decisions),
    dismissals: Number(r.dismissals),
    enforcements: Number(r.enforcements),
    reversed: Number(r.reversed),
    overturned: Number(r.overturned),
  }));
}

/** Of the automatic reports each rule raised in the window whose case is closed: actioned vs dismissed. */
export async function rulePrecision(w: MetricsWindow): Promise<RulePrecision[]> {
  const rows = await readPrisma.$queryRaw<{ ruleId: string; category: string; actioned: bigint; dismissed: bigint }[]>`
    WITH auto AS (
      SELECT r."id", r."messageId", r."jobId", c."status"
        FROM "Report" r JOIN "Case" c ON c."id" = r."caseId"
       WHERE r."source" = 'AUTOMATIC' AND r."createdAt" >= ${w.from} AND r."createdAt" < ${w.to} AND ${CLOSED_SQL}
    ), raised AS (
      SELECT DISTINCT a."id", f."ruleId", f."category"::text AS category, a."status"
        FROM auto a JOIN "Finding" f ON f."messageId" = a."messageId" AND f."violation"
      UNION
      SELECT DISTINCT a."id", f."ruleId", f."category"::text, a."status"
        FROM auto a JOIN "JobFinding" f ON f."jobId" = a."jobId" AND f."violation"
    )
    SELECT "ruleId", category, count(*) FILTER (WHERE "status" = 'RESOLVED') AS actioned,
           count(*) FILTER (WHERE "status" = 'DISMISSED') AS dismissed
      FROM raised GROUP BY "ruleId", category ORDER BY "ruleId", category`;
  return rows.map((r) => {
    const actioned = Number(r.actioned);
    const dismissed = Number(r.dismissed);
    return {
      ruleId: r.ruleId,
      category: r.category,
      actioned,
      dismissed,
      precision: actioned + dismissed ? actioned / (actioned + dismissed) : null,
    };
  });
}

/** Appeals received in the window, and the outcomes of those decided in it. */
export async function appealFigures(w: MetricsWindow): Promise<AppealFigures> {
  const [r] = await readPrisma.$queryRaw<
    { received: bigint; decided: bigint; upheld: bigint; overturned: bigint; modified: bigint }[]
  >`
    SELECT (SELECT count(*) FROM "Appeal" WHERE "createdAt" >= ${w.from} AND "createdAt" < ${w.to}) AS received,
           count(*) AS decided,
           count(*) FILTER (WHERE "outcome" = 'UPHELD') AS upheld,
           count(*) FILTER (WHERE "outcome" = 'OVERTURNED') AS overturned,
           count(*) FILTER (WHERE "outcome" = 'MODIFIED') AS modified
      FROM "Appeal" WHERE "decidedAt" >= ${w.from} AND "decidedAt" < ${w.to}`;
  const decided = Number(r!.decided);
  const overturned = Number(r!.overturned);
  return {
    received: Number(r!.received),
    decided,
    upheld: Number(r!.upheld),
    overturned,
    modified: Number(r!.modified),
    overturnRate: decided ? overturned / decided : null,
  };
}

/** Whether a role sees every moderator's figures (staff, admins) or only its own beside the team's totals. */
export function seesEveryone(role: ConsoleRole): boolean {
  return can(role, "metrics:read-everyone");
}

export async function loadDashboard(viewer: MetricsViewer, w: MetricsWindow, now = new Date()): Promise<Dashboard> {
  const everyone = seesEveryone(viewer.role);
  const [flow, open, timing, allModerators, precision, appeals] = await Promise.all([
    flowHours(w),
    openNow(now),
    timings(w),
    moderatorRows(w, null),
    rulePrecision(w),
    appealFigures(w),
  ]);
  const team = allModerators.reduce(
    (t, m) => ({
      decisions: t.decisions + m.decisions,
      dismissals: t.dismissals + m.dismissals,
      enforcements: t.enforcements + m.enforcements,
      reversed: t.reversed + m.reversed,
      overturned: t.overturned + m.overturned,
    }),
    { decisions: 0, dismissals: 0, enforcements: 0, reversed: 0, overturned: 0 },
  );
  return {
    window: { from: w.from.toISOString(), to: w.to.toISOString() },
    seesEveryone: everyone,
    flow,
    openNow: open,
    timings: timing,
    // A moderator's own row only; the team's totals are sums, naming no one.
    moderators: everyone ? allModerators : allModerators.filter((m) => m.id === viewer.id),
    team,
    precision,
    appeals,
  };
}
