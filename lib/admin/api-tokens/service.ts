import "server-only";
import { generateApiToken } from "@/lib/admin/api-tokens/token";
import { createApiTokenSchema, revokeApiTokenSchema, type CreateApiTokenInput } from "@/lib/admin/api-tokens/schemas";
import type { ConsoleActor } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";

export function listApiTokens() {
  return prisma.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/**
 * Creates a token and returns it in clear text, the only time it exists
 * outside the caller's hands: the database keeps its SHA-256.
 */
export async function createApiToken(actor: ConsoleActor, input: CreateApiTokenInput) {
  const { name } = createApiTokenSchema.parse(input);
  const { token, tokenHash, prefix } = generateApiToken();
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name, tokenHash, prefix, createdById: actor.id },
      select: { id: true, name: true, prefix: true },
    });
    await recordAudit(tx, {
      action: "API_TOKEN_CREATED",
      actorId: actor.id,
      data: { tokenId: created.id, name, prefix },
    });
    return created;
  });
  return { ...row, token };
}

/** Revokes a token at once; revoking it again changes nothing. */
export async function revokeApiToken(actor: ConsoleActor, input: { tokenId: string }) {
  const { tokenId } = revokeApiTokenSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: tokenId },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new SafeError("NOT_FOUND", "That API token no longer exists.");
    if (token.revokedAt) return { ...token, alreadyRevoked: true };
    // Guarded on revokedAt so two admins revoking at once record it once.
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return { ...token, alreadyRevoked: true };
    await recordAudit(tx, {
      action: "API_TOKEN_REVOKED",
      actorId: actor.id,
      data: { tokenId, name: token.name, prefix: token.prefix },
    });
    return { ...token, alreadyRevoked: false };
  });
}
