import "server-only";
// Read-only: these queries may be served by the read replica (lib/db/prisma.ts, readPrisma).
import { PREPARED_MARK, readPrisma as prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { enforcedReasonSql } from "@/lib/cases/enforced-subject";
import {
  filterSql,
  keysetSql,
  orderSql,
  searchCtes,
  slaDueSql,
  tabSql,
  whereSql,
  withSql,
} from "@/lib/cases/queue/sql";
import {
  QUEUE_COUNT_CAP,
  QUEUE_TABS,
  decodeCursor,
  effectiveSort,
  encodeCursor,
  type QueueCounts,
  type QueueCursor,
  type QueueItem,
  type QueuePage,
  type QueueParams,
  type QueueSort,
  type Assignee,
} from "@/lib/cases/queue/schemas";
import { SafeError } from "@/lib/errors";

interface Viewer {
  id: string;
}

/** The statement behind listQueueItems (exported so the benchmark can EXPLAIN exactly it). */
export function queuePageSql(viewer: Viewer, params: QueueParams, now = new Date()): Prisma.Sql {
  const sort = effectiveSort(params);
  let cursor: QueueCursor | null = null;
  if (params.cursor) {
    cursor = decodeCursor(params.cursor);
    if (!cursor || cursor.s !== sort)
      throw new SafeError("INVALID", "This page link is out of date. Reload the queue.");
  }
  const search = searchCtes(params.q);
  const conditions = [
    tabSql(params.tab, viewer.id, now),
    ...filterSql(params, params.tab, viewer.id, now, search !== null),
  ];
  if (cursor) conditions.push(keysetSql(cursor));

  // The limit is written into the text, not bound: a prepared statement's
  // generic plan cannot see a bound LIMIT and plans for a large one (a sort
  // of the whole queue instead of reading the first rows of an index).
  // It is a validated integer (1..100), so nothing can be injected.
  const page = Prisma.sql`page AS MATERIALIZED (
    SELECT c."id", c."number", c."status", c."version", c."subjectType", c."priority", c."priorityBreakdown",
           c."categories", c."reportCount", c."reporterCount", c."hasAutomaticReport", c."firstReportedAt",
           c."lastReportedAt", c."closedAt", c."claimedById", c."claimExpiresAt",
           c."jobId", c."accountId", c."threadId", c."messageId", c."appealId"
    FROM "Case" c
    WHERE ${whereSql(conditions)}
    ORDER BY ${orderSql(sort)}
    LIMIT ${Prisma.raw(String(params.limit + 1))}
  )`;

  // The page comes back as one JSON document in exactly the shape the API
  // answers (QueueItem[]): building it in PostgreSQL costs little there and
  // spares the app converting a thousand values one by one.
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)}
    ${withSql([search, page])}
    SELECT COALESCE(json_agg(json_build_object(
      'id', c."id", 'number', c."number", 'status', c."status", 'version', c."version",
      'subjectType', c."subjectType", 'title', s."title", 'handle', s."handle", 'otherHandle', s."otherHandle",
      'accountId', s."accountId", 'otherAccountId', s."otherAccountId", 'accountStatus', s."accountStatus",
      'restrictedUntil', to_char(s."restrictedUntil", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'enforced', ${enforcedReasonSql},
      'priority', c."priority", 'priorityBreakdown', c."priorityBreakdown", 'categories', c."categories",
      'reportCount', c."reportCount", 'reporterCount', c."reporterCount", 'hasAutomaticReport', c."hasAutomaticReport",
      'firstReportedAt', ${isoSql("firstReportedAt")}, 'lastReportedAt', ${isoSql("lastReportedAt")},
      'slaDueAt', to_char(${slaDueSql()}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'closedAt', ${isoSql("closedAt")},
      'claim', CASE WHEN c."claimExpiresAt" > ${now} THEN (
        SELECT json_build_object('userId', u."id", 'name', u."name", 'expiresAt', ${isoSql("claimExpiresAt")})
        FROM "ConsoleUser" u WHERE u."id" = c."claimedById"
      ) END
    ) ORDER BY ${orderSql(sort)}), '[]')::text AS "items"
    FROM page c
    ${SUBJECT_JOIN_SQL}`;
}

/** A stored UTC time as the ISO string JavaScript writes (Prisma keeps times in UTC, without a zone). */
function isoSql(column: string): Prisma.Sql {
  return Prisma.raw(`to_char(c."${column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}

/**
 * What the table shows about each case's subject (title, handle, the other
 * party of a thread; for an appeal, the appealed case's reference and the
 * appellant; and the standing of the account the case is mostly
 * about: its id for the link to its page, status and restriction end), fetched for the page's rows only, by one lateral
 * lookup per row whose branch for the other subject types is skipped
 * without touching an index. A dozen plain LEFT JOINs say the same but cost
 * more to plan than the page costs to run, and separate subqueries per
 * column fetch the same thread or message twice.
 */
export const SUBJECT_JOIN_SQL = Prisma.raw(`
  LEFT JOIN LATERAL (
    SELECT j."title", a."handle", NULL::text AS "otherHandle",
           a."id" AS "accountId", a."status"::text AS "accountStatus", a."restrictedUntil", NULL::text AS "otherAccountId"
    FROM "JobPosting" j JOIN "Account" a ON a."id" = j."clientId"
    WHERE c."subjectType" = 'JOB' AND j."id" = c."jobId"
    UNION ALL
    SELECT COALESCE(t."title", tj."title"), tc."handle", tf."handle",
           tc."id", tc."status"::text, tc."restrictedUntil", tf."id"
    FROM "Thread" t
    LEFT JOIN "JobPosting" tj ON tj."id" = t."jobId"
    LEFT JOIN "Account" tc ON tc."id" = t."clientId"
    LEFT JOIN "Account" tf ON tf."id" = t."freelancerId"
    WHERE c."subjectType" = 'THREAD' AND t."id" = c."threadId"
    UNION ALL
    SELECT COALESCE(mt."title", mj."title"), ma."handle", NULL,
           ma."id", ma."status"::text, ma."restrictedUntil", NULL
    FROM "Message" m
    JOIN "Account" ma ON ma."id" = m."authorId"
    JOIN "Thread" mt ON mt."id" = m."threadId"
    LEFT JOIN "JobPosting" mj ON mj."id" = mt."jobId"
    WHERE c."subjectType" = 'MESSAGE' AND m."id" = c."messageId"
    UNION ALL
    SELECT NULL, a."handle", NULL,
           a."id", a."status"::text, a."restrictedUntil", NULL
    FROM "Account" a
    WHERE c."subjectType" = 'ACCOUNT' AND a."id" = c."accountId"
    UNION ALL
    SELECT 'C-' || oc."number", aa."handle", NULL,
           aa."id", aa."status"::text, aa."restrictedUntil", NULL
    FROM "Appeal" ap
    JOIN "Account" aa ON aa."id" = ap."accountId"
    JOIN "Case" oc ON oc."id" = ap."caseId"
    WHERE c."subjectType" = 'APPEAL' AND ap."id" = c."appealId"
  ) s ON TRUE`);

/**
 * One page of the queue as a single statement: the page's cases are picked
 * first by one ordered scan of an index (keyset, never OFFSET), and only
 * those rows are joined to what the table shows (titles, handles, holder),
 * so the cost does not grow with the length of the queue.
 */
export async function listQueueItems(
  viewer: Viewer,
  params: QueueParams,
  now = new Date(),
): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  const rows = await prisma.$queryRaw<{ items: string }[]>(queuePageSql(viewer, params, now));
  const page = JSON.parse(rows[0]?.items ?? "[]") as QueueItem[];
  const sort = effectiveSort(params);
  const hasMore = page.length > params.limit;
  const items = hasMore ? page.slice(0, params.limit) : page;
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCursor(cursorAfter(sort, last)) : null };
}

function cursorAfter(sort: QueueSort, item: QueueItem): QueueCursor {
  switch (sort) {
    case "priority":
      return { s: sort, k: item.priority, id: item.id };
    case "oldest":
      return { s: sort, k: item.firstReportedAt, id: item.id };
    case "sla":
      return { s: sort, k: item.slaDueAt, id: item.id };
    case "newest":
      return { s: sort, k: item.lastReportedAt, id: item.id };
    case "closed":
      return { s: sort, k: item.closedAt ?? new Date(0).toISOString(), id: item.id };
  }
}

/**
 * How many cases each tab holds under the current filters and search. Each
 * count stops at QUEUE_COUNT_CAP + 1 (shown as "1,000+"), so a poll costs at
 * most that many index entries per tab however long the queue grows.
 */
export async function countQueue(viewer: Viewer, params: QueueParams, now = new Date()): Promise<QueueCounts> {
  const search = searchCtes(params.q);
  const counts = QUEUE_TABS.map((tab) => {
    const where = whereSql([tabSql(tab, viewer.id, now), ...filterSql(params, tab, viewer.id, now, search !== null)]);
    return Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "Case" c WHERE ${where} LIMIT ${Prisma.raw(String(QUEUE_COUNT_CAP + 1))}) capped)::int AS ${Prisma.raw(`"${tab}"`)}`;
  });
  const rows = await prisma.$queryRaw<
    QueueCounts[]
  >`${Prisma.raw(PREPARED_MARK)} ${withSql([search])} SELECT ${Prisma.join(counts, ", ")}`;
  return rows[0]!;
}

/** What GET /api/queue answers: one page of rows. */
export async function listQueue(viewer: Viewer, params: QueueParams, now = new Date()): Promise<QueuePage> {
  return { ...(await listQueueItems(viewer, params, now)), generatedAt: now.toISOString() };
}

/** Console users a case can be assigned to: active, and allowed to claim. */
export async function listAssignees(): Promise<Assignee[]> {
  const roles = (Object.keys(ROLE_PERMISSIONS) as ConsoleRole[]).filter((role) => can(role, "case:claim"));
  return prisma.consoleUser.findMany({
    where: { active: true, role: { in: roles } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
