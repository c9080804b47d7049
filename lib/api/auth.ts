import "server-only";
import { hashApiToken, looksLikeApiToken } from "@/lib/api-tokens/token";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

export interface ApiCaller {
  tokenId: string;
  tokenName: string;
}

// lastUsedAt is written at most this often per token, so a busy token does
// not turn every request into a write on the same row.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The bearer token of a request, checked against the stored hashes. */
export async function authenticateApiToken(request: Request, now = new Date()): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  if (!header) {
    throw new SafeError("UNAUTHENTICATED", 'Send an API token in the Authorization header: "Authorization: Bearer tsc_…". Admins create tokens in the console under API tokens.');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new SafeError("UNAUTHENTICATED", 'The Authorization header must read "Bearer <token>".');
  const value = match[1]!;
  if (!looksLikeApiToken(value)) throw new SafeError("UNAUTHENTICATED", "That is not an API token of this console (they start with tsc_).");

  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(value) },
    select: { id: true, name: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token) throw new SafeError("UNAUTHENTICATED", "This API token is not known to the console. Check that it was copied whole.");
  if (token.revokedAt) {
    throw new SafeError("UNAUTHENTICATED", `This API token was revoked on ${token.revokedAt.toISOString()}. Ask a console admin for a new one.`);
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return { tokenId: token.id, tokenName: token.name };
}
