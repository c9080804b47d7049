import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { ASSIGNMENT_TTL_MS, CLAIM_TTL_MS } from "@/lib/cases/claim-policy";
import { caseReference, STATUS_LABELS } from "@/lib/cases/labels";
import { PREPARED_MARK, prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, ConsoleRole } from "@/lib/generated/prisma/enums";

/**
 * Claims: who is working on a case, so two moderators never work the same
 * one. Everything lives in the Case row (claimedById, claimExpiresAt) and
 * is changed under a row lock, so any number of app instances agree.
 *
 * A claim lapses after CLAIM_TTL_MS without activity. Nothing sweeps lapsed
 * claims on a timer: every read treats `claimExpiresAt <= now` as unclaimed,
 * and whoever next touches the case writes the CLAIM_EXPIRED event down.
 */

export { ASSIGNMENT_TTL_MS, CLAIM_TTL_MS };

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
  version: number;
  claimedById: string | null;
  claimExpiresAt: Date | null;
  holderName: string | null;
}

export interface ClaimOutcome {
  caseId: string;
  number: number;
  version: number;
  claim: { userId: string; name: string; expiresAt: string } | null;
  message: string;
}

const CLOSED: CaseStatus[] = ["RESOLVED", "DISMISSED"];

/** Locks the case row for the rest of the transaction and reads it. */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string): Promise<LockedCase> {
  // The holder's name is read after the lock, not joined into it: a locking
  // read that had to wait re-reads the case row but not rows joined to it,
  // so a join would name the holder from before the wait.
  const rows = await tx.$queryRaw<Omit<LockedCase, "holderName">[]>`
    SELECT c."id", c."number", c."status"::text AS "status", c."version", c."claimedById", c."claimExpiresAt"
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

function heldByOther(kase: LockedCase): SafeError {
  return new SafeError(
    "CONFLICT",
    `${caseReference(kase.number)} is held by ${kase.holderName ?? "another moderator"}. Pick another case, or ask staff to reassign it.`,
    { holderId: kase.claimedById, holderName: kase.holderName, claimExpiresAt: kase.claimExpiresAt?.toISOString() },
  );
}

function assertOpen(kase: LockedCase): void {
  if (CLOSED.includes(kase.status)) {
    throw new SafeError("CONFLICT", `${caseReference(kase.number)} is already closed (${STATUS_LABELS[kase.status].toLowerCase()}).`);
  }
}

/** Escalated cases are staff's: only roles that may decide them may hold them. */
function assertMayHold(role: ConsoleRole, kase: LockedCase, who: string): void {
  if (kase.status === "ESCALATED" && !can(role, "case:decide-escalated")) {
    throw new SafeError("FORBIDDEN", `${caseReference(kase.number)} is escalated: only staff can take it, not ${who}.`);
  }
}

/**
 * Writes down a claim that lapsed (the CLAIM_EXPIRED event) and clears it.
 * The version stays: the case was already unclaimed in every reader's eyes,
 * so nothing a moderator saw has changed.
 */
async function settleLapsedClaim(tx: Prisma.TransactionClient, kase: LockedCase, now: Date): Promise<LockedCase> {
  if (!kase.claimedById || currentHolder(kase, now)) return kase;
  const status: CaseStatus = kase.status === "IN_REVIEW" ? "OPEN" : kase.status;
  await tx.case.update({
    where: { id: kase.id },
    data: { claimedById: null, claimedAt: null, claimExpiresAt: null, status },
  });
  await recordAudit(tx, {
    action: "CLAIM_EXPIRED",
    actorKind: "SYSTEM",
    caseId: kase.id,
    caseVersion: kase.version,
    data: { userId: kase.claimedById, userName: kase.holderName, expiredAt: kase.claimExpiresAt?.toISOString() ?? null },
  });
  return { ...kase, status, claimedById: null, claimExpiresAt: null, holderName: null };
}

/** Extends a claim the user holds (activity on the case); no version bump. */
export async function touchClaim(db: Prisma.TransactionClient, caseId: string, userId: string, now = new Date()): Promise<boolean> {
  const extended = await db.$executeRaw`
    UPDATE "Case" SET "claimExpiresAt" = GREATEST("claimExpiresAt", ${new Date(now.getTime() + CLAIM_TTL_MS)})
    WHERE "id" = ${caseId} AND "claimedById" = ${userId} AND "claimExpiresAt" > ${now}`;
  return extended > 0;
}

async function takeClaim(
  tx: Prisma.TransactionClient,
  kase: LockedCase,
  holder: { id: string; name: string },
  now: Date,
  ttlMs: number,
): Promise<{ version: number; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const updated = await tx.case.update({
    where: { id: kase.id },
    data: {
      claimedById: holder.id,
      claimedAt: now,
      claimExpiresAt: expiresAt,
      status: kase.status === "OPEN" ? "IN_REVIEW" : kase.status,
      version: { increment: 1 },
    },
    select: { version: true },
  });
  return { version: updated.version, expiresAt };
}

/** Claims a case for the actor; refused when someone else holds it. */
export async function claimCase(actor: CaseActor, caseId: string, now = new Date()): Promise<ClaimOutcome> {
  return prisma.$transaction(async (tx) => {
    let kase = await lockCase(tx, caseId);
    assertOpen(kase);
    assertMayHold(actor.role, kase, "moderators");
    const holder = currentHolder(kase, now);
    const ref = caseReference(kase.number);
    if (holder === actor.id) {
      await touchClaim(tx, caseId, actor.id, now);
      const expiresAt = new Date(Math.max(kase.claimExpiresAt!.getTime(), now.getTime() + CLAIM_TTL_MS));
      return { caseId, number: kase.number, version: kase.version, claim: { userId: actor.id, name: actor.name, expiresAt: expiresAt.toISOString() }, message: `You already hold ${ref}.` };
    }
    if (holder) throw heldByOther(kase);
    kase = await settleLapsedClaim(tx, kase, now);
    const taken = await takeClaim(tx, kase, actor, now, CLAIM_TTL_MS);
    await recordAudit(tx, {
      action: "CLAIMED",
      actorId: actor.id,
      caseId,
      caseVersion: taken.version,
      data: { expiresAt: taken.expiresAt.toISOString() },
    });
    return { caseId, number: kase.number, version: taken.version, claim: { userId: actor.id, name: actor.name, expiresAt: taken.expiresAt.toISOString() }, message: `You now hold ${ref}.` };
  });
}

/**
 * Claims the most urgent case nobody holds, atomically, in one statement:
 * the row is picked and locked (rows another transaction is claiming right
 * now are skipped rather than waited for: SKIP LOCKED), claimed, and its
 * audit events appended (CLAIM_EXPIRED first when it takes over a lapsed
 * claim, then CLAIMED), all in the statement's own transaction. Twenty
 * moderators pressing "n" at once get twenty different cases without
 * queueing behind each other or paying a round trip per step. The events
 * carry the same fields claimCase's recordAudit calls write.
 */
export function claimNextSql(actor: Pick<CaseActor, "id">, now: Date): Prisma.Sql {
  const expiresAt = new Date(now.getTime() + CLAIM_TTL_MS);
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)}
    WITH picked AS (
      SELECT c."id", c."claimedById", c."claimExpiresAt"
      FROM "Case" c
      WHERE c."status" IN ('OPEN', 'IN_REVIEW') AND (c."claimedById" IS NULL OR c."claimExpiresAt" <= ${now})
      ORDER BY c."priority" DESC, c."id" ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "Case" c SET
        "claimedById" = ${actor.id}, "claimedAt" = ${now}, "claimExpiresAt" = ${expiresAt},
        "status" = CASE WHEN c."status" = 'OPEN' THEN 'IN_REVIEW'::"CaseStatus" ELSE c."status" END,
        "version" = c."version" + 1, "updatedAt" = ${now}
      FROM picked WHERE c."id" = picked."id"
      RETURNING c."id", c."number", c."version", picked."claimedById" AS "previousId", picked."claimExpiresAt" AS "previousExpiresAt"
    ), events AS (
      INSERT INTO "AuditEvent" ("action", "actorKind", "actorId", "caseId", "caseVersion", "data", "createdAt")
      SELECT e."action"::"AuditAction", e."actorKind"::"ActorKind", e."actorId", e."caseId", e."caseVersion", e."data", ${now}
      FROM (
        SELECT 1 AS ord, 'CLAIM_EXPIRED' AS "action", 'SYSTEM' AS "actorKind", NULL::text AS "actorId", k."id" AS "caseId",
               k."version" - 1 AS "caseVersion",
               jsonb_build_object('userId', k."previousId",
                                  'userName', (SELECT u."name" FROM "ConsoleUser" u WHERE u."id" = k."previousId"),
                                  'expiredAt', to_char(k."previousExpiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS "data"
        FROM claimed k WHERE k."previousId" IS NOT NULL
        UNION ALL
        SELECT 2, 'CLAIMED', 'USER', ${actor.id}, k."id", k."version",
               jsonb_build_object('expiresAt', ${expiresAt.toISOString()}::text, 'next', true)
        FROM claimed k
      ) e
      ORDER BY e.ord
    )
    SELECT "id", "number", "version" FROM claimed`;
}

export async function claimNextCase(actor: CaseActor, now = new Date()): Promise<ClaimOutcome | null> {
  const rows = await prisma.$queryRaw<{ id: string; number: number; version: number }[]>(claimNextSql(actor, now));
  const kase = rows[0];
  if (!kase) return null;
  return {
    caseId: kase.id,
    number: kase.number,
    version: kase.version,
    claim: { userId: actor.id, name: actor.name, expiresAt: new Date(now.getTime() + CLAIM_TTL_MS).toISOString() },
    message: `You now hold ${caseReference(kase.number)}, the most urgent case nobody held.`,
  };
}

/** Gives a case back to the queue. Only its holder releases; staff reassign instead. */
export async function releaseCase(actor: CaseActor, caseId: string, now = new Date()): Promise<ClaimOutcome> {
  return prisma.$transaction(async (tx) => {
    const kase = await lockCase(tx, caseId);
    const ref = caseReference(kase.number);
    if (kase.claimedById !== actor.id) {
      if (currentHolder(kase, now)) throw heldByOther(kase);
      return { caseId, number: kase.number, version: kase.version, claim: null, message: `${ref} was not held by you.` };
    }
    const lapsed = !currentHolder(kase, now);
    const updated = await tx.case.update({
      where: { id: caseId },
      data: {
        claimedById: null,
        claimedAt: null,
        claimExpiresAt: null,
        status: kase.status === "IN_REVIEW" ? "OPEN" : kase.status,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await recordAudit(tx, { action: "RELEASED", actorId: actor.id, caseId, caseVersion: updated.version, data: { lapsed } });
    return { caseId, number: kase.number, version: updated.version, claim: null, message: `${ref} is back in the queue.` };
  });
}

/**
 * Staff hand a case to someone (or take it from whoever holds it, with
 * null), overriding any claim: that is what reassigning is for.
 */
export async function assignCase(actor: CaseActor, caseId: string, assigneeId: string | null, now = new Date()): Promise<ClaimOutcome> {
  if (!can(actor.role, "case:assign")) {
    throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not assign cases.`);
  }
  return prisma.$transaction(async (tx) => {
    let kase = await lockCase(tx, caseId);
    const ref = caseReference(kase.number);
    assertOpen(kase);
    const assignee = assigneeId
      ? await tx.consoleUser.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, role: true, active: true } })
      : null;
    if (assigneeId) {
      if (!assignee?.active) throw new SafeError("INVALID", "That console user does not exist or is deactivated.");
      if (!can(assignee.role, "case:claim")) throw new SafeError("INVALID", `${assignee.name} cannot work on cases (${assignee.role.toLowerCase()}).`);
      assertMayHold(assignee.role, kase, assignee.name);
    }
    const previous = currentHolder(kase, now);
    const previousName = previous ? kase.holderName : null;
    if (previous === assigneeId) {
      const message = assignee ? `${assignee.name} already holds ${ref}.` : `${ref} is not held by anyone.`;
      return { caseId, number: kase.number, version: kase.version, claim: assignee && kase.claimExpiresAt ? { userId: assignee.id, name: assignee.name, expiresAt: kase.claimExpiresAt.toISOString() } : null, message };
    }
    kase = await settleLapsedClaim(tx, kase, now);

    let version: number;
    let claim: ClaimOutcome["claim"] = null;
    if (assignee) {
      const taken = await takeClaim(tx, kase, assignee, now, ASSIGNMENT_TTL_MS);
      version = taken.version;
      claim = { userId: assignee.id, name: assignee.name, expiresAt: taken.expiresAt.toISOString() };
    } else {
      const updated = await tx.case.update({
        where: { id: caseId },
        data: { claimedById: null, claimedAt: null, claimExpiresAt: null, status: kase.status === "IN_REVIEW" ? "OPEN" : kase.status, version: { increment: 1 } },
        select: { version: true },
      });
      version = updated.version;
    }
    await recordAudit(tx, {
      action: "ASSIGNED",
      actorId: actor.id,
      caseId,
      caseVersion: version,
      data: { fromUserId: previous, fromName: previousName, toUserId: assignee?.id ?? null, toName: assignee?.name ?? null },
    });
    const message = assignee
      ? `${ref} is now assigned to ${assignee.name}${previousName ? ` (was ${previousName})` : ""}.`
      : `${ref} is back in the queue${previousName ? ` (was held by ${previousName})` : ""}.`;
    return { caseId, number: kase.number, version, claim, message };
  });
}

/**
 * The guard every decision on a case calls first, inside its transaction:
 * locks the case, refuses (CONFLICT, naming the holder) when someone else
 * holds an unexpired claim, settles a lapsed claim, and extends the actor's
 * own claim, since deciding is activity. Returns the locked case so the
 * caller can check status and version under the same lock.
 */
export async function assertCanActOnCase(
  tx: Prisma.TransactionClient,
  caseId: string,
  actor: Pick<CaseActor, "id">,
  now = new Date(),
): Promise<LockedCase> {
  const kase = await lockCase(tx, caseId);
  const holder = currentHolder(kase, now);
  if (holder && holder !== actor.id) throw heldByOther(kase);
  if (holder === actor.id) {
    await touchClaim(tx, caseId, actor.id, now);
    return kase;
  }
  return settleLapsedClaim(tx, kase, now);
}
