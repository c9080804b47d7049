import "server-only";
import { prisma } from "@/lib/db/prisma";

/**
 * Failed sign-ins are counted in the database over a sliding window, per
 * email and per address, so every app instance applies the same limit and
 * a restart does not reset it.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export interface ThrottleState {
  blocked: boolean;
  retryAfterSeconds: number;
}

export async function checkSignInThrottle(email: string, ip: string | null, now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    prisma.signInAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    ip
      ? prisma.signInAttempt.findMany({
          where: { ip, succeeded: false, createdAt: { gt: since } },
          orderBy: { createdAt: "asc" },
          select: { createdAt: true },
        })
      : Promise.resolve([]),
  ]);
  const blocking =
    byEmail.length >= MAX_FAILURES_PER_EMAIL
      ? byEmail[byEmail.length - MAX_FAILURES_PER_EMAIL]
      : byIp.length >= MAX_FAILURES_PER_IP
        ? byIp[byIp.length - MAX_FAILURES_PER_IP]
        : undefined;
  if (!blocking) return { blocked: false, retryAfterSeconds: 0 };
  const unblockAt = blocking.createdAt.getTime() + THROTTLE_WINDOW_MS;
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((unblockAt - now.getTime()) / 1000)) };
}

export async function recordSignInAttempt(email: string, ip: string | null, succeeded: boolean): Promise<void> {
  await prisma.signInAttempt.create({ data: { email, ip, succeeded } });
}
