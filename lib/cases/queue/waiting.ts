import "server-only";
import { OPEN_STATUSES, statusListSql } from "@/lib/cases/lifecycle";
import { WAITING_MAX_POINTS } from "@/lib/cases/intake/priority";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

/** How often the waiting-time part of open cases' priority is topped up. */
export const WAITING_REFRESH_INTERVAL_MS = 5 * 60_000;
const JOB_NAME = "queue:waiting-points";
const CHECK_EVERY_MS = 30_000;
let nextCheckAt = 0;

/** For tests: forget when this instance last asked. */
export function resetWaitingCheckThrottle(): void {
  nextCheckAt = 0;
}

/**
 * A case's priority is stored (so the queue is one index scan), but one of
 * its parts, the waiting time, grows by the hour. This brings that part up
 * to date for every open case in one statement, with the same rule as
 * computePriority (a point per full hour, capped), without recomputing the
 * rest. It does not bump the case version: a point of waiting time is not a
 * change a moderator's decision could be stale against.
 */
export async function refreshWaitingPoints(now = new Date()): Promise<number> {
  return prisma.$executeRaw`
    UPDATE "Case" c SET
      "priority" = c."priority" - COALESCE((c."priorityBreakdown"->>'waiting')::int, 0) + w.points,
      "priorityBreakdown" = c."priorityBreakdown" || jsonb_build_object('waiting', w.points)
    FROM (
      SELECT "id", LEAST(${WAITING_MAX_POINTS}, GREATEST(0, floor(extract(epoch FROM (${now}::timestamp - "firstReportedAt")) / 3600)))::int AS points
      FROM "Case" WHERE "status" IN ${Prisma.raw(statusListSql(OPEN_STATUSES))}
    ) w
    WHERE c."id" = w."id" AND COALESCE((c."priorityBreakdown"->>'waiting')::int, -1) <> w.points`;
}

/**
 * Runs refreshWaitingPoints when it is due. Called after queue reads, not by
 * a timer: whichever app instance first finds it due takes the turn (the
 * conditional upsert on JobCursor lets exactly one win), so any number of
 * instances refresh it once per interval between them. Returns null when
 * it was not this caller's turn.
 */
export async function refreshWaitingPointsIfDue(now = new Date()): Promise<number | null> {
  // Asking the database on every poll would cost a write per request; one
  // ask per instance every CHECK_EVERY_MS is plenty for a 5-minute job.
  // (Only a throttle: which instance runs the refresh is still decided in
  // the database.)
  if (now.getTime() < nextCheckAt) return null;
  nextCheckAt = now.getTime() + CHECK_EVERY_MS;
  const dueBefore = new Date(now.getTime() - WAITING_REFRESH_INTERVAL_MS);
  const won = await prisma.$executeRaw`
    INSERT INTO "JobCursor" ("name", "data", "updatedAt") VALUES (${JOB_NAME}, '{}', ${now})
    ON CONFLICT ("name") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    WHERE "JobCursor"."updatedAt" <= ${dueBefore}`;
  if (won === 0) return null;
  return refreshWaitingPoints(now);
}
