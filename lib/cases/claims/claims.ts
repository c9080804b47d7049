import "server-only";
import { can } from "@/lib/auth/permissions";
import { ASSIGNMENT_TTL_MS, CLAIM_TTL_MS } from "@/lib/cases/claims/policy";
import {
  assertMayAct,
  changeCase,
  claimNextSql,
  currentHolder,
  nextToClaimSql,
  enforcedWaitingSql,
  type CaseActor,
  type LockedCase,
} from "@/lib/cases/kernel";
import { caseReference, ENFORCED_REASON_LABELS, type EnforcedReason } from "@/lib/cases/labels";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

/**
 * Claims: who is working on a case, so two moderators never work the same
 * one. Everything lives in the Case row (claimedById, claimExpiresAt) and
 * is changed through the case kernel (lib/cases/kernel.ts) under its row
 * lock, so any number of app instances agree.
 *
 * A claim lapses after CLAIM_TTL_MS without activity. Nothing sweeps lapsed
 * claims on a timer: every read treats `claimExpiresAt <= now` as unclaimed,
 * and whoever next touches the case writes the CLAIM_EXPIRED event down.
 */

export { ASSIGNMENT_TTL_MS, CLAIM_TTL_MS };
export { claimNextSql, currentHolder, lockCase, touchClaim, type CaseActor, type LockedCase } from "@/lib/cases/kernel";

export interface ClaimOutcome {
  caseId: string;
  number: number;
  version: number;
  claim: { userId: string; name: string; expiresAt: string } | null;
  message: string;
}

/** Claims a case for the actor; refused when someone else holds it. */
export async function claimCase(actor: CaseActor, caseId: string, now = new Date()): Promise<ClaimOutcome> {
  return prisma.$transaction(async (tx) => {
    const outcome = await changeCase(tx, {
      caseId,
      actor,
      intent: "hold",
      now,
      apply: async (kase) => {
        const ref = caseReference(kase.number);
        // The kernel already extended the holder's own claim: nothing else changes.
        if (currentHolder(kase, now) === actor.id) {
          return { change: null, result: { expiresAt: kase.claimExpiresAt!, message: `You already hold ${ref}.` } };
        }
        const expiresAt = new Date(now.getTime() + CLAIM_TTL_MS);
        return {
          change: {
            claim: { userId: actor.id, expiresAt },
            audit: { action: "CLAIMED", data: { expiresAt: expiresAt.toISOString() } },
          },
          result: { expiresAt, message: `You now hold ${ref}.` },
        };
      },
    });
    if (outcome.duplicate) throw new Error("unreachable: claims carry no request id");
    const { expiresAt, message } = outcome.result;
    return {
      caseId,
      number: outcome.case.number,
      version: outcome.version,
      claim: { userId: actor.id, name: actor.name, expiresAt: expiresAt.toISOString() },
      message,
    };
  });
}

/** Enforced cases claim-next passed over, by reason (lib/cases/enforced-subject.ts). */
export type SkippedCases = Partial<Record<EnforcedReason, number>>;

/**
 * Claims the most urgent case nobody holds, atomically, in one statement
 * (the kernel's claim written as SQL for speed: see claimNextSql). Its
 * message names the cases it skipped because their subject is already
 * fully enforced, so a moderator knows why the top of the queue was passed.
 */
export async function claimNextCase(
  actor: CaseActor,
  now = new Date(),
): Promise<(ClaimOutcome & { skipped: SkippedCases; nextId: string | null }) | null> {
  const rows = await prisma.$queryRaw<
    { id: string; number: number; version: number; nextId: string | null; skipped: string }[]
  >(claimNextSql(actor, now));
  const kase = rows[0];
  if (!kase) return null;
  const skipped = JSON.parse(kase.skipped) as SkippedCases;
  const said = skippedSentence(skipped);
  return {
    caseId: kase.id,
    number: kase.number,
    version: kase.version,
    claim: { userId: actor.id, name: actor.name, expiresAt: new Date(now.getTime() + CLAIM_TTL_MS).toISOString() },
    message: said
      ? `You now hold ${caseReference(kase.number)}. Skipped ${said} (they only need closing).`
      : `You now hold ${caseReference(kase.number)}, the most urgent case nobody held.`,
    skipped,
    nextId: kase.nextId,
  };
}

/** The case claim-next would take now, if any (a prediction, for prefetching its page). */
export async function nextCaseToClaim(now = new Date()): Promise<string | null> {
  const rows = await prisma.$queryRaw<{ id: string }[]>(nextToClaimSql(now));
  return rows[0]?.id ?? null;
}

/** What claim-next says when it found nothing to claim: held by others, or waiting to be closed. */
export async function nothingToClaimMessage(now = new Date()): Promise<string> {
  const rows = await prisma.$queryRaw<{ skipped: string }[]>(enforcedWaitingSql(now));
  const said = skippedSentence(JSON.parse(rows[0]?.skipped ?? "{}") as SkippedCases);
  return said
    ? `Nothing left to claim: the other open cases are held by someone, and claim-next skips ${said}. Close them from the queue or the account page.`
    : "Nothing left to claim: every open case is held by someone.";
}

/** "3 cases whose account is already suspended and 1 whose job is already taken down", or "" for none. */
export function skippedSentence(skipped: SkippedCases): string {
  const parts = (Object.keys(ENFORCED_REASON_LABELS) as EnforcedReason[])
    .filter((reason) => (skipped[reason] ?? 0) > 0)
    .map((reason, i) => {
      const n = skipped[reason]!;
      const noun = i === 0 ? (n === 1 ? "case " : "cases ") : "";
      return `${n} ${noun}${ENFORCED_REASON_LABELS[reason].many}`;
    });
  return parts.join(" and ");
}

/** Gives a case back to the queue. Only its holder releases; staff reassign instead. */
export async function releaseCase(actor: CaseActor, caseId: string, now = new Date()): Promise<ClaimOutcome> {
  return prisma.$transaction(async (tx) => {
    const outcome = await changeCase(tx, {
      caseId,
      actor,
      intent: "release",
      now,
      apply: async (kase) => {
        const ref = caseReference(kase.number);
        if (kase.claimedById !== actor.id) return { change: null, result: `${ref} was not held by you.` };
        const lapsed = !currentHolder(kase, now);
        return {
          change: { claim: null, audit: { action: "RELEASED", data: { lapsed } } },
          result: `${ref} is back in the queue.`,
        };
      },
    });
    if (outcome.duplicate) throw new Error("unreachable: releases carry no request id");
    return { caseId, number: outcome.case.number, version: outcome.version, claim: null, message: outcome.result };
  });
}

/**
 * Staff hand a case to someone (or take it from whoever holds it, with
 * null), overriding any claim: that is what reassigning is for.
 */
export async function assignCase(
  actor: CaseActor,
  caseId: string,
  assigneeId: string | null,
  now = new Date(),
): Promise<ClaimOutcome> {
  if (!can(actor.role, "case:assign")) {
    throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not assign cases.`);
  }
  return prisma.$transaction(async (tx) => {
    const assignee = assigneeId
      ? await tx.consoleUser.findUnique({
          where: { id: assigneeId },
          select: { id: true, name: true, role: true, active: true },
        })
      : null;
    let previous: { id: string | null; name: string | null } = { id: null, name: null };
    const outcome = await changeCase(tx, {
      caseId,
      actor,
      intent: "assign",
      now,
      apply: async (kase: LockedCase) => {
        const ref = caseReference(kase.number);
        if (assigneeId) {
          if (!assignee?.active) throw new SafeError("INVALID", "That console user does not exist or is deactivated.");
          if (!can(assignee.role, "case:claim"))
            throw new SafeError("INVALID", `${assignee.name} cannot work on cases (${assignee.role.toLowerCase()}).`);
          assertMayAct(kase, assignee.role, "hold", assignee.name);
        }
        // A lapsed claim was settled by the kernel: whoever holds it now holds it live.
        previous = { id: kase.claimedById, name: kase.claimedById ? kase.holderName : null };
        if (previous.id === assigneeId) {
          return {
            change: null,
            result: assignee ? `${assignee.name} already holds ${ref}.` : `${ref} is not held by anyone.`,
          };
        }
        const message = assignee
          ? `${ref} is now assigned to ${assignee.name}${previous.name ? ` (was ${previous.name})` : ""}.`
          : `${ref} is back in the queue${previous.name ? ` (was held by ${previous.name})` : ""}.`;
        return {
          change: {
            claim: assignee ? { userId: assignee.id, expiresAt: new Date(now.getTime() + ASSIGNMENT_TTL_MS) } : null,
            audit: {
              action: "ASSIGNED",
              data: {
                fromUserId: previous.id,
                fromName: previous.name,
                toUserId: assignee?.id ?? null,
                toName: assignee?.name ?? null,
              },
            },
          },
          result: message,
        };
      },
    });
    if (outcome.duplicate) throw new Error("unreachable: assignments carry no request id");
    const row = outcome.changed
      ? { claimExpiresAt: assignee ? new Date(now.getTime() + ASSIGNMENT_TTL_MS) : null }
      : { claimExpiresAt: outcome.case.claimExpiresAt };
    const claim =
      assignee && row.claimExpiresAt
        ? { userId: assignee.id, name: assignee.name, expiresAt: row.claimExpiresAt.toISOString() }
        : null;
    return { caseId, number: outcome.case.number, version: outcome.version, claim, message: outcome.result };
  });
}

/**
 * The guard alone, for callers that only need to know the actor may work on
 * the case now (the kernel runs it for every change): locks the case,
 * refuses (HELD_BY_OTHER) when someone else holds an unexpired claim,
 * settles a lapsed claim, and extends the actor's own claim. Returns the
 * locked case.
 */
export async function assertCanActOnCase(
  tx: Parameters<typeof changeCase>[0],
  caseId: string,
  actor: Pick<CaseActor, "id"> & Partial<CaseActor>,
  now = new Date(),
): Promise<LockedCase> {
  const outcome = await changeCase(tx, {
    caseId,
    actor: { id: actor.id, name: actor.name ?? "", role: actor.role ?? "MODERATOR" },
    // The one intent without a state rule: this is only the claim guard.
    intent: "reverse",
    now,
    apply: async () => ({ change: null, result: null }),
  });
  return outcome.case;
}
