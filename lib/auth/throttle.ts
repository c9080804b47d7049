import "server-only";
import { prisma } from "@/lib/db/prisma";

/**
 * Failed sign-ins, counted in the database so every app instance applies the same limits and a
 * restart does not reset them. Two limits:
 *
 * - **Per e-mail and address together**, with growing back-off: after PAIR_FREE_FAILURES failures
 *   the pair waits BACKOFF_BASE_MS, doubling with every further failure up to BACKOFF_CAP_MS. Keyed
 *   by both, so someone guessing a user's password from their own address only slows themselves
 *   down: the user signs in from theirs as usual. A success clears the pair.
 * - **Per address**, coarser and flat: at most MAX_FAILURES_PER_ADDRESS failures over all e-mails
 *   in ADDRESS_WINDOW_MS, against one address trying many accounts.
 *
 * An attempt is written (as failed) *before* its password is checked and counts against its
 * siblings at once, so a burst of parallel requests cannot all slip through the check before any
 * of them is recorded; a refused attempt's row is removed again, and a success is marked as such.
 */
export const PAIR_FREE_FAILURES = 5;
export const BACKOFF_BASE_MS = 60 * 1000;
export const BACKOFF_CAP_MS = 60 * 60 * 1000;
/** A pair's failures older than this are forgotten (and pruned). */
export const PAIR_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
/** Rows older than every window are deleted, at most this many per attempt written. */
export const PRUNE_BATCH = 500;

export interface ThrottleState {
  blocked: boolean;
  retryAfterSeconds: number;
}

/** How long a pair waits after its latest failure, having failed `failures` times. */
export function backoffMs(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (failures - PAIR_FREE_FAILURES));
}

/**
 * The throttle for a sign-in by `email` from `address` at `now`, not counting the attempt `ownId`
 * (the row of the attempt being decided).
 */
export async function checkSignInThrottle(
  email: string,
  address: string,
  now = new Date(),
  ownId = "",
): Promise<ThrottleState> {
  const pairSince = new Date(now.getTime() - PAIR_WINDOW_MS);
  const addressSince = new Date(now.getTime() - ADDRESS_WINDOW_MS);
  const [[pair], [addressLimit]] = await Promise.all([
    prisma.$queryRaw<{ failures: number; last: Date | null }[]>`
      SELECT count(*)::int AS failures, max("createdAt") AS last
      FROM "SignInAttempt"
      WHERE "email" = ${email} AND "ip" = ${address} AND NOT "succeeded" AND "id" <> ${ownId}
        AND "createdAt" <= ${now}
        AND "createdAt" > GREATEST(${pairSince}::timestamp, (
          SELECT max("createdAt") FROM "SignInAttempt"
          WHERE "email" = ${email} AND "ip" = ${address} AND "succeeded" AND "createdAt" > ${pairSince}
        ))`,
    // The MAX-th most recent failure from the address: while it is inside the window, so are MAX.
    prisma.$queryRaw<{ createdAt: Date }[]>`
      SELECT "createdAt" FROM "SignInAttempt"
      WHERE "ip" = ${address} AND NOT "succeeded" AND "id" <> ${ownId}
        AND "createdAt" > ${addressSince} AND "createdAt" <= ${now}
      ORDER BY "createdAt" DESC
      OFFSET ${MAX_FAILURES_PER_ADDRESS - 1} LIMIT 1`,
  ]);
  const pairUntil = pair?.last ? pair.last.getTime() + backoffMs(pair.failures) : 0;
  const addressUntil = addressLimit ? addressLimit.createdAt.getTime() + ADDRESS_WINDOW_MS : 0;
  const until = Math.max(pairUntil, addressUntil);
  if (until <= now.getTime()) return { blocked: false, retryAfterSeconds: 0 };
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

export interface SignInAttempt {
  id: string;
  throttle: ThrottleState;
  /** The password was right: the attempt counts as a success (and clears its pair's failures). */
  succeed(): Promise<void>;
  /** Refused before its password was checked: it does not count at all. */
  discard(): Promise<void>;
}

/**
 * Starts an attempt: writes it as a failure, then decides the throttle counting every other
 * attempt, including ones still in flight. The caller checks the password only when not blocked,
 * then calls `succeed()`, or `discard()` when blocked; a wrong password needs nothing more.
 */
export async function beginSignInAttempt(email: string, address: string, now = new Date()): Promise<SignInAttempt> {
  const row = await prisma.signInAttempt.create({
    data: { email, ip: address, succeeded: false, createdAt: now },
    select: { id: true },
  });
  await pruneSignInAttempts(now);
  const throttle = await checkSignInThrottle(email, address, now, row.id);
  return {
    id: row.id,
    throttle,
    succeed: async () => {
      await prisma.signInAttempt.update({ where: { id: row.id }, data: { succeeded: true } });
    },
    discard: async () => {
      await prisma.signInAttempt.delete({ where: { id: row.id } });
    },
  };
}

/**
 * Deletes attempts older than the longest window, a bounded batch at a time, whenever an attempt is
 * written: the table stays the size of a day's sign-ins without a scheduled job.
 */
export async function pruneSignInAttempts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - Math.max(PAIR_WINDOW_MS, ADDRESS_WINDOW_MS));
  return prisma.$executeRaw`
    DELETE FROM "SignInAttempt" WHERE "id" IN (
      SELECT "id" FROM "SignInAttempt" WHERE "createdAt" < ${cutoff} ORDER BY "createdAt" LIMIT ${PRUNE_BATCH}
    )`;
}

/** "Too many attempts. Try again in 4 minutes." (seconds under a minute). */
export function throttleMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) {
    return `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
