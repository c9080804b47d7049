import "server-only";
import { prisma } from "@/lib/db/prisma";

/**
 * Requests per token in fixed windows, counted in PostgreSQL with one
 * upsert per request, so every app instance shares the same counter and a
 * restart does not reset it. Configure with API_RATE_LIMIT (requests per
 * window, default 1200) and API_RATE_LIMIT_WINDOW (seconds, default 60).
 */
export interface RateLimitConfig {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState extends RateLimitConfig {
  allowed: boolean;
  remaining: number;
  /** Seconds until the current window ends (and the count starts over). */
  resetSeconds: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function rateLimitConfig(): RateLimitConfig {
  return {
    limit: positiveInt(process.env.API_RATE_LIMIT, 1200),
    windowSeconds: positiveInt(process.env.API_RATE_LIMIT_WINDOW, 60),
  };
}

export async function consumeRateLimit(tokenId: string, now = new Date(), config = rateLimitConfig()): Promise<RateLimitState> {
  const windowMs = config.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateLimit" ("tokenId", "windowStart", "count")
    VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateLimit"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count === 1) {
    // First request of a new window: forget this token's earlier windows.
    await prisma.apiRateLimit.deleteMany({ where: { tokenId, windowStart: { lt: windowStart } } });
  }
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { ...config, allowed: count <= config.limit, remaining: Math.max(0, config.limit - count), resetSeconds };
}

/** The RateLimit header fields (IETF draft) on every authenticated response. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
    "RateLimit-Policy": `${state.limit};w=${state.windowSeconds}`,
  };
}
