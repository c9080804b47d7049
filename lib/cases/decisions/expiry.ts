import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";

/**
 * Restrictions end by themselves: any whose end has passed is lifted and the
 * lift audited. Driven by the database (no timers in a process), so it is
 * correct with any number of app instances; called before decisions and
 * when a case is opened.
 */
export async function expireRestrictions(now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Account" SET "status" = 'ACTIVE', "restrictedUntil" = NULL, "restrictionScopes" = '{}', "updatedAt" = now()
      WHERE "status" = 'RESTRICTED' AND "restrictedUntil" <= ${now}
      RETURNING "id"`;
    for (const account of expired) {
      await recordAudit(tx, {
        action: "RESTRICTION_EXPIRED",
        actorKind: "SYSTEM",
        subjectType: "ACCOUNT",
        subjectId: account.id,
      });
    }
    return expired.length;
  });
}
