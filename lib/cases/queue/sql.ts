import "server-only";
import { CLOSED_STATUSES, DESK_STATUSES, OPEN_STATUSES, statusListSql } from "@/lib/cases/lifecycle";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  effectiveAssignee,
  type AssigneeFilter,
  type QueueCursor,
  type QueueFilters,
  type QueueSort,
  type QueueTab,
} from "@/lib/cases/queue/schemas";
import { searchTerms } from "@/lib/cases/queue/search";
import { SLA_APPEAL_HOURS, SLA_DEFAULT_HOURS, slaTiers } from "@/lib/cases/sla";

/**
 * The SQL pieces every queue read shares (the page, the tab counts, the
 * benchmark's comparison), so a filter cannot mean one thing in the list and
 * another in its count. Everything is parameterised; the only literals are
 * the status lists (from lib/cases/lifecycle.ts), which must stay literal
 * for the planner to prove the partial indexes of
 * 20261122021500_queue_indexes apply.
 */

const HOURS = 3_600_000;

export const OPEN_STATUS_SQL = Prisma.raw(statusListSql(OPEN_STATUSES));
const UNESCALATED_OPEN_SQL = Prisma.raw(statusListSql(DESK_STATUSES));
const CLOSED_STATUS_SQL = Prisma.raw(statusListSql(CLOSED_STATUSES));

/** Nobody holds the case: no claim, or one that has lapsed. */
export function unclaimedSql(now: Date): Prisma.Sql {
  return Prisma.sql`(c."claimedById" IS NULL OR c."claimExpiresAt" <= ${now})`;
}

function heldBySql(userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`(c."claimedById" = ${userId} AND c."claimExpiresAt" > ${now})`;
}

export function tabSql(tab: QueueTab, viewerId: string, now: Date): Prisma.Sql {
  switch (tab) {
    case "unassigned":
      // Appeals are staff's and wait in their own tab, not on the moderators' desk.
      return Prisma.sql`c."status" IN ${UNESCALATED_OPEN_SQL} AND ${unclaimedSql(now)} AND c."subjectType" <> 'APPEAL'`;
    case "mine":
      return Prisma.sql`c."status" IN ${OPEN_STATUS_SQL} AND ${heldBySql(viewerId, now)}`;
    case "open":
      return Prisma.sql`c."status" IN ${OPEN_STATUS_SQL}`;
    case "escalated":
      return Prisma.sql`c."status" = 'ESCALATED'`;
    case "appeals":
      return Prisma.sql`c."status" IN ${OPEN_STATUS_SQL} AND c."subjectType" = 'APPEAL'`;
    case "resolved":
      return Prisma.sql`c."status" IN ${CLOSED_STATUS_SQL}`;
  }
}

function assigneeSql(assignee: AssigneeFilter, viewerId: string, now: Date): Prisma.Sql | null {
  if (assignee === "any") return null;
  if (assignee === "none") return unclaimedSql(now);
  return heldBySql(assignee === "me" ? viewerId : assignee, now);
}

/** Filters other than the tab; `search` is the fragment from searchCtes (null: no search). */
export function filterSql(
  filters: QueueFilters,
  tab: QueueTab,
  viewerId: string,
  now: Date,
  search: boolean,
): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  // The tab itself already fixes the assignee for Unassigned and Mine.
  if (tab !== "unassigned" && tab !== "mine") {
    const assignee = assigneeSql(effectiveAssignee({ tab, assignee: filters.assignee }), viewerId, now);
    if (assignee) out.push(assignee);
  }
  if (filters.category) out.push(Prisma.sql`CAST(${filters.category} AS "FindingCategory") = ANY(c."categories")`);
  if (filters.source === "user") out.push(Prisma.sql`c."reporterCount" > 0`);
  if (filters.source === "automatic") out.push(Prisma.sql`c."hasAutomaticReport"`);
  if (filters.subject) out.push(Prisma.sql`c."subjectType" = CAST(${filters.subject} AS "SubjectType")`);
  switch (filters.age) {
    case "lt1h":
      out.push(Prisma.sql`c."firstReportedAt" > ${new Date(now.getTime() - HOURS)}`);
      break;
    case "lt24h":
      out.push(Prisma.sql`c."firstReportedAt" > ${new Date(now.getTime() - 24 * HOURS)}`);
      break;
    case "gt24h":
      out.push(Prisma.sql`c."firstReportedAt" <= ${new Date(now.getTime() - 24 * HOURS)}`);
      break;
    case "gt7d":
      out.push(Prisma.sql`c."firstReportedAt" <= ${new Date(now.getTime() - 7 * 24 * HOURS)}`);
      break;
  }
  if (search) out.push(Prisma.sql`c."subjectKey" IN (SELECT key FROM search_keys)`);
  return out;
}

/**
 * Common table expressions turning the search box into the subject keys of
 * the cases it concerns (search_keys). Null: no search.
 * - a handle finds the account and what it is behind: its jobs, its threads
 *   (as client or freelancer) and the messages it wrote;
 * - a job title finds the job and its message threads;
 * - a contact value finds the messages holding it, their threads and jobs,
 *   and their authors' account cases (but not everything else those
 *   authors did: one shared number should not pull in a whole history).
 * Each step is capped, so a very broad term stays a bounded amount of work.
 */
export function searchCtes(q: string | undefined): Prisma.Sql | null {
  const terms = searchTerms(q);
  if (!terms) return null;
  const ctes: Prisma.Sql[] = [
    Prisma.sql`contact_messages AS MATERIALIZED (
      SELECT DISTINCT f."messageId" AS id FROM "Finding" f WHERE f."value" = ANY(${terms.contactValues}::text[]) LIMIT 2000
    )`,
  ];
  const keys: Prisma.Sql[] = [
    Prisma.sql`SELECT 'MESSAGE:' || id AS key FROM contact_messages`,
    Prisma.sql`SELECT 'THREAD:' || m."threadId" FROM "Message" m WHERE m."id" IN (SELECT id FROM contact_messages)`,
    Prisma.sql`SELECT 'JOB:' || t."jobId" FROM "Thread" t JOIN "Message" m ON m."threadId" = t."id"
      WHERE m."id" IN (SELECT id FROM contact_messages) AND t."jobId" IS NOT NULL`,
    Prisma.sql`SELECT 'ACCOUNT:' || m."authorId" FROM "Message" m WHERE m."id" IN (SELECT id FROM contact_messages)`,
  ];
  if (terms.like) {
    ctes.push(
      Prisma.sql`handle_accounts AS MATERIALIZED (SELECT a."id" FROM "Account" a WHERE a."handle" ILIKE ${terms.like} LIMIT 500)`,
      Prisma.sql`title_jobs AS MATERIALIZED (SELECT j."id" FROM "JobPosting" j WHERE j."title" ILIKE ${terms.like} LIMIT 2000)`,
    );
    keys.push(
      Prisma.sql`SELECT 'ACCOUNT:' || id FROM handle_accounts`,
      Prisma.sql`SELECT 'JOB:' || j."id" FROM "JobPosting" j WHERE j."clientId" IN (SELECT id FROM handle_accounts)`,
      Prisma.sql`SELECT 'THREAD:' || t."id" FROM "Thread" t WHERE t."clientId" IN (SELECT id FROM handle_accounts)`,
      Prisma.sql`SELECT 'THREAD:' || t."id" FROM "Thread" t WHERE t."freelancerId" IN (SELECT id FROM handle_accounts)`,
      Prisma.sql`SELECT 'MESSAGE:' || m."id" FROM (SELECT "id" FROM "Message" WHERE "authorId" IN (SELECT id FROM handle_accounts) LIMIT 5000) m`,
      Prisma.sql`SELECT 'JOB:' || id FROM title_jobs`,
      Prisma.sql`SELECT 'THREAD:' || t."id" FROM "Thread" t WHERE t."jobId" IN (SELECT id FROM title_jobs)`,
    );
  }
  ctes.push(Prisma.sql`search_keys AS MATERIALIZED (${Prisma.join(keys, " UNION ")})`);
  return Prisma.join(ctes, ", ");
}

/**
 * When the case breaches its target (lib/cases/sla.ts) as SQL: the first
 * report plus the appeal's target, or the strictest of its categories'
 * (tiers tightest first, so the first match is the minimum), or the default
 * for a case no category names. Only enum names and whole minutes from that
 * module are written into the text, so the statement stays one prepared text.
 */
export function slaDueSql(alias = "c"): Prisma.Sql {
  const whens = slaTiers()
    .map(
      (t) =>
        `WHEN ${alias}."categories" && ARRAY[${t.categories.map((c) => `'${c}'`).join(", ")}]::"FindingCategory"[] THEN ${t.minutes}`,
    )
    .join(" ");
  return Prisma.raw(
    `(${alias}."firstReportedAt" + make_interval(mins => CASE WHEN ${alias}."subjectType" = 'APPEAL' THEN ${SLA_APPEAL_HOURS * 60} ${whens} ELSE ${SLA_DEFAULT_HOURS * 60} END))`,
  );
}

export function orderSql(sort: QueueSort, alias = "c"): Prisma.Sql {
  const a = Prisma.raw(alias);
  switch (sort) {
    case "sla":
      // No index can serve it (the targets live in code): a top-N sort of the tab's open cases.
      return Prisma.sql`${slaDueSql(alias)} ASC, ${a}."id" ASC`;
    case "priority":
      return Prisma.sql`${a}."priority" DESC, ${a}."id" ASC`;
    case "oldest":
      return Prisma.sql`${a}."firstReportedAt" ASC, ${a}."id" ASC`;
    case "newest":
      return Prisma.sql`${a}."lastReportedAt" DESC, ${a}."id" DESC`;
    case "closed":
      return Prisma.sql`${a}."closedAt" DESC, ${a}."id" DESC`;
  }
}

/** Rows strictly after the cursor in the sort's order. */
export function keysetSql(cursor: QueueCursor): Prisma.Sql {
  const { k, id } = cursor;
  switch (cursor.s) {
    case "priority":
      // Mixed directions (priority down, id up) cannot be one row comparison;
      // the first term still bounds the index scan, the second skips the
      // few rows of the same priority already shown.
      return Prisma.sql`c."priority" <= ${Number(k)} AND (c."priority" < ${Number(k)} OR c."id" > ${id})`;
    case "oldest":
      return Prisma.sql`(c."firstReportedAt", c."id") > (${new Date(String(k))}::timestamp, ${id})`;
    case "sla":
      return Prisma.sql`(${slaDueSql()}, c."id") > (${new Date(String(k))}::timestamp, ${id})`;
    case "newest":
      return Prisma.sql`(c."lastReportedAt", c."id") < (${new Date(String(k))}::timestamp, ${id})`;
    case "closed":
      return Prisma.sql`(c."closedAt", c."id") < (${new Date(String(k))}::timestamp, ${id})`;
  }
}

/** A WITH clause from the CTEs given (nulls skipped), or nothing. */
export function withSql(ctes: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = ctes.filter((c): c is Prisma.Sql => c !== null);
  return present.length ? Prisma.sql`WITH ${Prisma.join(present, ", ")}` : Prisma.empty;
}

export function whereSql(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
