import "server-only";
import { recomputeAccountState } from "@/lib/accounts/enforcement";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";

/**
 * Restrictions end by themselves: any account whose effective restriction
 * end has passed is recomputed from its enforcement history (active again,
 * or still restricted by a later one) and the expiry audited. Driven by the
 * database (no timers in a process), so it is correct with any number of app
 * instances; called before decisions and when a case is opened.
 */
export async function expireRestrictions(now = new Date()): Promise<number> {
  const due = await prisma.account.findMany({
    where: { status: "RESTRICTED", restrictedUntil: { lte: now } },
    select: { id: true },
  });
  if (due.length === 0) return 0;
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
    return expired;
  });
}
