import "server-only";
import { serverEnv } from "@/lib/config/env";
import { prisma } from "@/lib/db/prisma";

/**
 * Requests per token in fixed windows, counted in PostgreSQL (table
 * ApiRateLimit, one upsert per request, done together with the token check
 * in lib/api/auth.ts), so every app instance shares the same counter and a
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

export function rateLimitConfig(): RateLimitConfig {
  const env = serverEnv();
  return {
    limit: env.API_RATE_LIMIT,
    windowSeconds: env.API_RATE_LIMIT_WINDOW,
  };
}

/** The fixed window `now` falls in. */
export function windowStartOf(now: Date, config: RateLimitConfig): Date {
  const windowMs = config.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** What a request's count in its window means. */
export function rateLimitState(count: number, windowStart: Date, now: Date, config: RateLimitConfig): RateLimitState {
  const resetSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + config.windowSeconds * 1000 - now.getTime()) / 1000),
  );
  return { ...config, allowed: count <= config.limit, remaining: Math.max(0, config.limit - count), resetSeconds };
}

/** Forgets a token's earlier windows; called on the first request of a new one. */
export async function pruneRateLimitWindows(tokenId: string, windowStart: Date): Promise<void> {
  await prisma.apiRateLimit.deleteMany({ where: { tokenId, windowStart: { lt: windowStart } } });
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
