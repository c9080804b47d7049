import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sessions are JWT cookies, so ending one means refusing it: each console user has a session version,
 * every cookie carries the version it was minted at, and a cookie whose version is not the user's
 * current one signs nobody in. Bumping the version therefore ends every session of that user at once.
 */
export function isCurrentSession(cookieVersion: number | undefined, userVersion: number): boolean {
  return cookieVersion === userVersion;
}

/** Ends every session of the user (sign out everywhere, deactivation, reactivation). */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.consoleUser.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Ends the session a sign-out came from (and with it the user's other sessions of that version, which
 * are the same cookie's copies or siblings). A cookie of an older version changes nothing.
 */
export async function endSession(userId: string, cookieVersion: number): Promise<void> {
  await prisma.consoleUser.updateMany({
    where: { id: userId, sessionVersion: cookieVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
