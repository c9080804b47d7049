import "server-only";
import { hashApiToken, looksLikeApiToken } from "@/lib/admin/api-tokens/token";
import {
  pruneRateLimitWindows,
  rateLimitConfig,
  rateLimitState,
  windowStartOf,
  type RateLimitState,
} from "@/lib/api/rate-limit";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

export interface ApiCaller {
  tokenId: string;
  tokenName: string;
}

// lastUsedAt is written at most this often per token, so a busy token does
// not turn every request into a write on the same row.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Checks the request's bearer token against the stored hashes and, in the
 * same statement (one round trip per request), counts the request in the
 * token's rate-limit window and records when the token was last used.
 */
export async function authenticateApiToken(
  request: Request,
  now = new Date(),
): Promise<{ caller: ApiCaller; rateLimit: RateLimitState }> {
  const header = request.headers.get("authorization");
  if (!header) {
    throw new SafeError(
      "UNAUTHENTICATED",
      'Send an API token in the Authorization header: "Authorization: Bearer tsc_…". Admins create tokens in the console under API tokens.',
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new SafeError("UNAUTHENTICATED", 'The Authorization header must read "Bearer <token>".');
  const value = match[1]!;
  if (!looksLikeApiToken(value))
    throw new SafeError("UNAUTHENTICATED", "That is not an API token of this console (they start with tsc_).");

  const config = rateLimitConfig();
  const windowStart = windowStartOf(now, config);
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  const rows = await prisma.$queryRaw<{ id: string; name: string; revokedAt: Date | null; count: number | null }[]>`
    WITH token AS (
      SELECT "id", "name", "revokedAt", "lastUsedAt" FROM "ApiToken" WHERE "tokenHash" = ${hashApiToken(value)}
    ), counted AS (
      INSERT INTO "ApiRateLimit" ("tokenId", "windowStart", "count")
      SELECT "id", ${windowStart.toISOString()}::timestamp(3), 1 FROM token WHERE "revokedAt" IS NULL
      ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateLimit"."count" + 1
      RETURNING "count"
    ), touched AS (
      UPDATE "ApiToken" SET "lastUsedAt" = ${now.toISOString()}::timestamp(3)
      WHERE "id" IN (SELECT "id" FROM token WHERE "revokedAt" IS NULL AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${stale.toISOString()}::timestamp(3)))
      RETURNING 1
    )
    SELECT token."id", token."name", token."revokedAt", (SELECT "count" FROM counted) AS "count" FROM token`;
  const token = rows[0];
  if (!token)
    throw new SafeError(
      "UNAUTHENTICATED",
      "This API token is not known to the console. Check that it was copied whole.",
    );
  if (token.revokedAt) {
    throw new SafeError(
      "UNAUTHENTICATED",
      `This API token was revoked on ${token.revokedAt.toISOString()}. Ask a console admin for a new one.`,
    );
  }
  const count = Number(token.count ?? 1);
  if (count === 1) await pruneRateLimitWindows(token.id, windowStart);
  return {
    caller: { tokenId: token.id, tokenName: token.name },
    rateLimit: rateLimitState(count, windowStart, now, config),
  };
}
