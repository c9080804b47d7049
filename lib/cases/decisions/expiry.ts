import "server-only";
import { recomputeAccountState } from "@/lib/accounts/enforcement";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";
import { endLapsedStatements } from "@/lib/statements/end";

/**
 * Restrictions end by themselves: any account whose effective restriction
 * end has passed is recomputed from its enforcement history (active again,
 * or still restricted by a later one) and the expiry audited. Driven by the
 * database (no timers in a process), so it is correct with any number of app
 * instances; called before decisions and when a case is opened. Every
 * restriction whose set end passed has its statement of reasons ended in the
 * same transaction (the account told, STATEMENT_ENDED), also one that ran
 * out while a later restriction keeps the account restricted.
 */
export async function expireRestrictions(now = new Date()): Promise<number> {
  const [due, lapsed] = await Promise.all([
    prisma.account.findMany({
      where: { status: "RESTRICTED", restrictedUntil: { lte: now } },
      select: { id: true },
    }),
    prisma.statementOfReasons.count({
      where: { endedAt: null, endsAt: { lte: now }, kind: "RESTRICTION", enforcement: { reversedAt: null } },
    }),
  ]);
  if (due.length === 0 && lapsed === 0) return 0;
  return prisma.$transaction(async (tx) => {
    let expired = 0;
    for (const account of due) {
      const { before, after } = await recomputeAccountState(tx, account.id, now);
      // Someone else recomputed it first (or it was restricted again): nothing lapsed here.
      if (before.status !== "RESTRICTED" || !before.restrictedUntil || before.restrictedUntil > now) continue;
      expired++;
      await recordAudit(tx, {
        action: "RESTRICTION_EXPIRED",
        actorKind: "SYSTEM",
        subjectType: "ACCOUNT",
        subjectId: account.id,
        data: { status: { from: before.status, to: after.status } },
      });
    }
    await endLapsedStatements(tx, now);
    return expired;
  });
}
