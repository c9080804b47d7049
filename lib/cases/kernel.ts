import "server-only";
import { auditInsertSql, recordAudit, type AuditEntry } from "@/lib/audit/record";
import { CLAIM_TTL_MS } from "@/lib/cases/claims/policy";
import { enforcedReasonSql } from "@/lib/cases/enforced-subject";
import { AUDIT_ACTION_LABELS, caseReference, STATUS_LABELS } from "@/lib/cases/labels";
import {
  DESK_STATUSES,
  isClosedStatus,
  stateRefusal,
  statusListSql,
  statusWhenClaimed,
  statusWhenUnclaimed,
  type CaseIntent,
} from "@/lib/cases/lifecycle";
import { PREPARED_MARK } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, ConsoleRole, SubjectType } from "@/lib/generated/prisma/enums";

/**
 * The case kernel: the one way a case's state changes. `changeCase`, in the
 * caller's transaction,
 *   1. locks the case row (FOR UPDATE: changes to one case queue up here,
 *      and each then sees what the one before it left);
 *   2. refuses a case someone else holds (unless the intent overrides
 *      claims: staff reassigning), and counts the holder's own command as
 *      activity (the claim is extended, the version is not bumped);
 *   3. settles a lapsed claim: writes CLAIM_EXPIRED and clears it, without a
 *      version bump (every reader already saw the case as unclaimed);
 *   4. answers a request id seen before with the earlier outcome (a double
 *      submit applies once);
 *   5. refuses a stale version (STALE_VERSION, saying what changed since);
 *   6. checks the state rules of lib/cases/lifecycle.ts (closed, escalated);
 *   7. applies the caller's change, stamps closing and escalation, bumps the
 *      version by one and appends the audit event through lib/audit/record.ts.
 * Claim, release, assign, every decision, bulk actions and claim-next go
 * through here (claim-next as one SQL statement built from the same rules,
 * see claimNextSql); intake's new reports bump versions through
 * addReportsToCases. Nothing else writes a case's status, claim or version
 * (the stored priority is derived data, written by lib/cases/intake/refresh-priority.ts
 * and lib/cases/queue/waiting.ts without a version or an audit event).
 */

export interface CaseActor {
  id: string;
  name: string;
  role: ConsoleRole;
}

/** The case as locked for a change: its state and who holds it. */
export interface LockedCase {
  id: string;
  number: number;
  status: CaseStatus;
  /** What the case is about; an appeal case (APPEAL) takes appeal decisions only, from staff. */
  subjectType: SubjectType;
  version: number;
  claimedById: string | null;
  claimExpiresAt: Date | null;
  holderName: string | null;
}

/** What a command changes; everything left out stays as it is. */
export interface CaseChange {
  /** The new status. Left out: claiming moves OPEN to IN_REVIEW, clearing the claim moves IN_REVIEW back. */
  status?: CaseStatus;
  /** A new holder (until `expiresAt`), or null to clear the claim. */
  claim?: { userId: string; expiresAt: Date } | null;
  /** Why it was escalated, stamped when the change moves the case into ESCALATED. */
  escalationReason?: string;
  /** The audit event; the kernel fills in the case, its new version, the request id and (by default) the actor. */
  audit: Omit<AuditEntry, "caseId" | "caseVersion" | "requestId">;
}

export interface CaseCommand<R> {
  caseId: string;
  actor: CaseActor;
  intent: CaseIntent;
  now?: Date;
  /** The version the actor saw; a case that changed since is refused. Left out: no check (claims). */
  expectedVersion?: number;
  /** Chosen by the client per attempt: the same id twice has one effect. */
  requestId?: string;
  /** Builds the message of a stale-version refusal (default: what changed, for someone who opened the case). */
  staleMessage?: (kase: LockedCase, changes: string) => string;
  /**
   * The change, decided under the lock on the settled case. Return
   * `change: null` when there is nothing to change (no version bump, no audit).
   */
  apply: (kase: LockedCase, tx: Prisma.TransactionClient) => Promise<{ change: CaseChange | null; result: R }>;
}

export type CaseOutcome<R> =
  | { duplicate: false; case: LockedCase; version: number; status: CaseStatus; changed: boolean; result: R }
  | { duplicate: true; case: LockedCase; version: number; status: CaseStatus };

export async function changeCase<R>(tx: Prisma.TransactionClient, command: CaseCommand<R>): Promise<CaseOutcome<R>> {
  const now = command.now ?? new Date();
  const { actor, intent } = command;
  let kase = await lockCase(tx, command.caseId);

  const holder = currentHolder(kase, now);
  if (holder && holder !== actor.id && intent !== "assign") throw heldByOther(kase);
  if (
    holder === actor.id &&
    (intent === "hold" || intent === "decide" || intent === "reverse" || intent === "decide-appeal")
  ) {
    const expiresAt = await extendClaim(tx, kase, actor.id, now);
    kase = { ...kase, claimExpiresAt: expiresAt };
  }
  // A holder giving back their own lapsed claim releases it (RELEASED, lapsed);
  // anyone else finds it expired.
  if (!(intent === "release" && kase.claimedById === actor.id)) kase = await settleLapsedClaim(tx, kase, now);

  if (command.requestId) {
    const earlier = await tx.auditEvent.findUnique({
      where: { requestId: command.requestId },
      select: { caseVersion: true },
    });
    if (earlier)
      return { duplicate: true, case: kase, version: earlier.caseVersion ?? kase.version, status: kase.status };
  }
  if (command.expectedVersion !== undefined && command.expectedVersion !== kase.version) {
    const changes = await describeChangesSince(tx, kase.id, command.expectedVersion);
    const message = command.staleMessage?.(kase, changes) ?? staleMessage(changes);
    throw new SafeError("STALE_VERSION", message, {
      caseId: kase.id,
      currentVersion: kase.version,
      expectedVersion: command.expectedVersion,
      changes,
    });
  }
  assertMayAct(kase, actor.role, intent);

  const { change, result } = await command.apply(kase, tx);
  if (!change)
    return { duplicate: false, case: kase, version: kase.version, status: kase.status, changed: false, result };

  const status =
    change.status ??
    (change.claim
      ? statusWhenClaimed(kase.status)
      : change.claim === null
        ? statusWhenUnclaimed(kase.status)
        : kase.status);
  const version = kase.version + 1;
  await tx.case.update({
    where: { id: kase.id },
    data: {
      status,
      version,
      ...(change.claim !== undefined
        ? {
            claimedById: change.claim?.userId ?? null,
            claimedAt: change.claim ? now : null,
            claimExpiresAt: change.claim?.expiresAt ?? null,
          }
        : {}),
      ...(isClosedStatus(status) && !isClosedStatus(kase.status) ? { closedAt: now } : {}),
      ...(status === "ESCALATED" && kase.status !== "ESCALATED"
        ? { escalatedAt: now, escalationReason: change.escalationReason ?? change.audit.reason ?? null }
        : {}),
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    ...change.audit,
    caseId: kase.id,
    caseVersion: version,
    requestId: command.requestId ?? null,
  });
  return { duplicate: false, case: kase, version, status, changed: true, result };
}

/** Refuses (SafeError) when `role` may not act with `intent` on the case in its state. */
export function assertMayAct(
  kase: Pick<LockedCase, "number" | "status"> & { subjectType?: SubjectType },
  role: ConsoleRole,
  intent: CaseIntent,
  who?: string,
): void {
  const refusal = stateRefusal(kase.status, role, intent, kase.subjectType);
  if (!refusal) return;
  const ref = caseReference(kase.number);
  if (refusal.reason === "appeal-staff-only")
    throw new SafeError(
      "FORBIDDEN",
      `${ref} is an appeal: only staff decide appeals (the appeal:decide permission), not ${who ?? "moderators"}.`,
    );
  if (refusal.reason === "appeal-not-decision")
    throw new SafeError(
      "CONFLICT",
      `${ref} is an appeal: decide it by upholding, overturning or modifying the decision.`,
    );
  if (refusal.reason === "not-appeal") throw new SafeError("CONFLICT", `${ref} is not an appeal case.`);
  if (refusal.reason === "not-closed")
    throw new SafeError("CONFLICT", `${ref} is still open: there is nothing to reopen.`);
  if (refusal.reason === "closed") {
    const tail = intent === "decide" ? " To change the outcome, reverse the enforcement instead." : "";
    throw new SafeError("CONFLICT", `${ref} is already closed (${STATUS_LABELS[kase.status].toLowerCase()}).${tail}`);
  }
  throw new SafeError(
    "FORBIDDEN",
    intent === "decide"
      ? `${ref} is escalated: only staff can decide it (deciding an escalated case needs the case:decide-escalated permission).`
      : `${ref} is escalated: only staff can take it, not ${who ?? "moderators"}.`,
  );
}

/** Locks the case row for the rest of the transaction and reads it. */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string): Promise<LockedCase> {
  // The holder's name is read after the lock, not joined into it: a locking
  // read that had to wait re-reads the case row but not rows joined to it,
  // so a join would name the holder from before the wait.
  const rows = await tx.$queryRaw<Omit<LockedCase, "holderName">[]>`
    SELECT c."id", c."number", c."status"::text AS "status", c."subjectType"::text AS "subjectType", c."version",
           c."claimedById", c."claimExpiresAt"
    FROM "Case" c
    WHERE c."id" = ${caseId}
    FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new SafeError("NOT_FOUND", "This case does not exist.");
  const holder = row.claimedById
    ? await tx.consoleUser.findUnique({ where: { id: row.claimedById }, select: { name: true } })
    : null;
  return { ...row, holderName: holder?.name ?? null };
}

/** Who holds the case now: nobody when the claim has lapsed. */
export function currentHolder(kase: Pick<LockedCase, "claimedById" | "claimExpiresAt">, now: Date): string | null {
  return kase.claimedById && kase.claimExpiresAt && kase.claimExpiresAt > now ? kase.claimedById : null;
}

export function heldByOther(kase: LockedCase): SafeError {
  return new SafeError(
    "HELD_BY_OTHER",
    `${caseReference(kase.number)} is held by ${kase.holderName ?? "another moderator"}. Pick another case, or ask staff to reassign it.`,
    { holderId: kase.claimedById, holderName: kase.holderName, claimExpiresAt: kase.claimExpiresAt?.toISOString() },
  );
}

/**
 * Writes down a claim that lapsed (the CLAIM_EXPIRED event) and clears it.
 * The version stays: the case was already unclaimed in every reader's eyes,
 * so nothing a moderator saw has changed.
 */
async function settleLapsedClaim(tx: Prisma.TransactionClient, kase: LockedCase, now: Date): Promise<LockedCase> {
  if (!kase.claimedById || currentHolder(kase, now)) return kase;
  const status = statusWhenUnclaimed(kase.status);
  await tx.case.update({
    where: { id: kase.id },
    data: { claimedById: null, claimedAt: null, claimExpiresAt: null, status },
  });
  await recordAudit(tx, {
    action: "CLAIM_EXPIRED",
    actorKind: "SYSTEM",
    caseId: kase.id,
    caseVersion: kase.version,
    data: {
      userId: kase.claimedById,
      userName: kase.holderName,
      expiredAt: kase.claimExpiresAt?.toISOString() ?? null,
    },
  });
  return { ...kase, status, claimedById: null, claimExpiresAt: null, holderName: null };
}

async function extendClaim(tx: Prisma.TransactionClient, kase: LockedCase, userId: string, now: Date): Promise<Date> {
  await touchClaim(tx, kase.id, userId, now);
  return new Date(Math.max(kase.claimExpiresAt!.getTime(), now.getTime() + CLAIM_TTL_MS));
}

/**
 * Extends a claim the user holds (activity on the case: an open case page's
 * heartbeat, a decision). Not a change of the case: no version bump, no
 * audit event, no lock needed (one guarded UPDATE).
 */
export async function touchClaim(
  db: Prisma.TransactionClient,
  caseId: string,
  userId: string,
  now = new Date(),
): Promise<boolean> {
  const extended = await db.$executeRaw`
    UPDATE "Case" SET "claimExpiresAt" = GREATEST("claimExpiresAt", ${new Date(now.getTime() + CLAIM_TTL_MS)})
    WHERE "id" = ${caseId} AND "claimedById" = ${userId} AND "claimExpiresAt" > ${now}`;
  return extended > 0;
}

export function staleMessage(changes: string): string {
  return `This case changed since you opened it — ${changes}. Your decision was not applied; reload to see the current state and decide again.`;
}

/**
 * Says what happened to a case since the version someone acted on, so a
 * refused command explains itself instead of failing silently.
 */
export async function describeChangesSince(
  tx: Prisma.TransactionClient,
  caseId: string,
  version: number,
): Promise<string> {
  const events = await tx.auditEvent.findMany({
    where: { caseId, caseVersion: { gt: version } },
    orderBy: { id: "asc" },
    take: 5,
    select: { action: true, reason: true, actorKind: true, actor: { select: { name: true } } },
  });
  if (!events.length) return "it was updated";
  return events
    .map((e) => {
      const who = e.actor?.name ?? (e.actorKind === "SYSTEM" ? "The system" : "The platform");
      const action = AUDIT_ACTION_LABELS[e.action].toLowerCase();
      return `${who}: ${action}${e.reason ? ` (“${e.reason.length > 80 ? `${e.reason.slice(0, 80)}…` : e.reason}”)` : ""}`;
    })
    .join("; ");
}

/**
 * Claim-next: the kernel's claim as one statement, for speed (see the
 * README's queue benchmark: twenty moderators pressing "n" at once get
 * twenty different cases without queueing behind each other or paying a
 * round trip per step). It does what changeCase does for intent "hold",
 * with the same rules:
 * - which cases: DESK_STATUSES (open, not escalated: what any claimer may
 *   hold), nobody holding it or a lapsed claim (currentHolder's rule), not an
 *   appeal case (staff's, in the Appeals tab), and not one whose subject is
 *   already fully enforced (enforcedReasonSql: nothing is left to decide on
 *   it but closing it; it stays in the queue, sunk by its priority, for
 *   whoever settles it). The statement also counts, by reason, the enforced
 *   cases it passed over on the way (ranked above the one it took), so its
 *   answer can say so;
 * - locked with FOR UPDATE SKIP LOCKED (a row another transaction is
 *   claiming right now is skipped rather than waited for);
 * - the status moves by statusWhenClaimed (OPEN → IN_REVIEW, the CASE below),
 *   the version is bumped by one, the claim lasts CLAIM_TTL_MS;
 * - a lapsed claim it takes over is settled first: CLAIM_EXPIRED at the
 *   version before, as settleLapsedClaim writes it, then CLAIMED at the new
 *   version, both appended by the audit writer's one INSERT (auditInsertSql).
 * Keep it in step with changeCase and claimCase when either changes;
 * lib/cases/claim-next.test.ts checks the events match claimCase's.
 */
export function claimNextSql(actor: Pick<CaseActor, "id">, now: Date): Prisma.Sql {
  const expiresAt = new Date(now.getTime() + CLAIM_TTL_MS);
  const desk = Prisma.raw(statusListSql(DESK_STATUSES));
  const next = claimableSql(now, Prisma.sql`AND c."id" <> k."id"`);
  const events = Prisma.sql`
    SELECT 1 AS "ord", 'CLAIM_EXPIRED' AS "action", 'SYSTEM' AS "actorKind", NULL::text AS "actorId", k."id" AS "caseId",
           k."version" - 1 AS "caseVersion", NULL::text AS "subjectType", NULL::text AS "subjectId", NULL::text AS "reason",
           jsonb_build_object('userId', k."previousId",
                              'userName', (SELECT u."name" FROM "ConsoleUser" u WHERE u."id" = k."previousId"),
                              'expiredAt', to_char(k."previousExpiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS "data",
           NULL::text AS "requestId"
    FROM claimed k WHERE k."previousId" IS NOT NULL
    UNION ALL
    SELECT 2, 'CLAIMED', 'USER', ${actor.id}, k."id", k."version", NULL, NULL, NULL,
           jsonb_build_object('expiresAt', ${expiresAt.toISOString()}::text, 'next', true), NULL
    FROM claimed k`;
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)}
    WITH picked AS (
      SELECT c."id", c."claimedById", c."claimExpiresAt" ${claimableSql(now)}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "Case" c SET
        "claimedById" = ${actor.id}, "claimedAt" = ${now}, "claimExpiresAt" = ${expiresAt},
        "status" = CASE WHEN c."status" = 'OPEN' THEN 'IN_REVIEW'::"CaseStatus" ELSE c."status" END,
        "version" = c."version" + 1, "updatedAt" = ${now}
      FROM picked WHERE c."id" = picked."id"
      RETURNING c."id", c."number", c."version", c."priority",
                picked."claimedById" AS "previousId", picked."claimExpiresAt" AS "previousExpiresAt"
    ), events AS (${auditInsertSql(events, now)})
    SELECT k."id", k."number", k."version",
      -- The one after it (this statement's snapshot still shows k unclaimed):
      -- the page prefetches it while the moderator works on this one.
      (SELECT c."id" ${next}) AS "nextId", (
      SELECT COALESCE(jsonb_object_agg(s."reason", s."n"), '{}')::text FROM (
        SELECT ${enforcedReasonSql} AS "reason", count(*)::int AS "n"
        FROM "Case" c
        WHERE c."status" IN ${desk} AND (c."claimedById" IS NULL OR c."claimExpiresAt" <= ${now})
          AND c."subjectType" <> 'APPEAL'
          AND (c."priority" > k."priority" OR (c."priority" = k."priority" AND c."id" < k."id"))
        GROUP BY 1
      ) s WHERE s."reason" IS NOT NULL
    ) AS "skipped"
    FROM claimed k`;
}

/**
 * The pick rule of claim-next, written once: the cases it may take (see
 * claimNextSql), best first, the first one. `extra` narrows it further.
 */
function claimableSql(now: Date, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const desk = Prisma.raw(statusListSql(DESK_STATUSES));
  return Prisma.sql`FROM "Case" c
      WHERE c."status" IN ${desk} AND (c."claimedById" IS NULL OR c."claimExpiresAt" <= ${now})
        AND c."subjectType" <> 'APPEAL' AND ${enforcedReasonSql} IS NULL ${extra}
      ORDER BY c."priority" DESC, c."id" ASC
      LIMIT 1`;
}

/**
 * The case claim-next would take now (its id), without claiming it: the
 * queue prefetches its page so that `n` opens it at once. A prediction: by
 * the time the moderator presses `n` someone else may have taken it.
 */
export function nextToClaimSql(now: Date): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)} SELECT c."id" ${claimableSql(now)}`;
}

/**
 * The cases claim-next leaves for whoever settles them, by reason: open,
 * nobody holding them, their subject already fully enforced. Read when
 * claim-next found nothing, so its answer can say why.
 */
export function enforcedWaitingSql(now: Date): Prisma.Sql {
  const desk = Prisma.raw(statusListSql(DESK_STATUSES));
  return Prisma.sql`
    SELECT COALESCE(jsonb_object_agg(s."reason", s."n"), '{}')::text AS "skipped" FROM (
      SELECT ${enforcedReasonSql} AS "reason", count(*)::int AS "n"
      FROM "Case" c
      WHERE c."status" IN ${desk} AND (c."claimedById" IS NULL OR c."claimExpiresAt" <= ${now})
        AND c."subjectType" <> 'APPEAL'
      GROUP BY 1
    ) s WHERE s."reason" IS NOT NULL`;
}

/** New reports joining open cases, per case (intake, lib/cases/intake/intake.ts). */
export interface ReportsJoining {
  id: string;
  /** How many reports join. */
  count: number;
  /** Distinct reporters now. */
  reporters: number;
  categories: string[];
  automatic: boolean;
  /** When the last of them was reported (ISO). */
  last: string;
}

/**
 * Intake's change to the cases its reports join, for a whole batch in one
 * statement (ingestion's hot path): counts, categories, time of the last
 * report, and one version per report, as if filed one by one, so a
 * moderator who looked before a report arrived decides on a stale version.
 * No claim or status changes, so no lock is taken beyond the row update's
 * own: intake is serialised per subject by its advisory lock. Intake writes
 * the REPORT_RECEIVED events (through recordAudits) at the versions this
 * returns. Returns each case's version after the update.
 */
export async function addReportsToCases(
  tx: Prisma.TransactionClient,
  updates: ReportsJoining[],
): Promise<{ id: string; version: number }[]> {
  if (updates.length === 0) return [];
  return tx.$queryRaw<{ id: string; version: number }[]>`
    UPDATE "Case" AS c SET
      "reportCount" = c."reportCount" + u."count",
      "reporterCount" = u."reporters",
      "categories" = u."categories"::"FindingCategory"[],
      "hasAutomaticReport" = c."hasAutomaticReport" OR u."automatic",
      "lastReportedAt" = u."last",
      "version" = c."version" + u."count",
      "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
      AS u("id" text, "count" int, "reporters" int, "categories" text[], "automatic" boolean, "last" timestamp)
    WHERE c."id" = u."id"
    RETURNING c."id", c."version"`;
}
