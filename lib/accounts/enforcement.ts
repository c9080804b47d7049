import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountStatus, RestrictionScope } from "@/lib/generated/prisma/enums";

type Db = Prisma.TransactionClient;

export interface AccountState {
  status: AccountStatus;
  restrictedUntil: Date | null;
  restrictionScopes: RestrictionScope[];
}

/**
 * The state an account's enforcement history says it is in: suspended while
 * an unreversed suspension stands; else restricted while an unreversed
 * restriction has not ended, until the latest end, for the union of their
 * scopes (one effective end, whatever overlaps); else active. Pure.
 */
export function stateFromEnforcements(
  enforcements: {
    kind: string;
    reversedAt: Date | null;
    endsAt: Date | null;
    scopes: RestrictionScope[];
  }[],
  now: Date,
): AccountState {
  const standing = enforcements.filter((e) => !e.reversedAt);
  if (standing.some((e) => e.kind === "SUSPENSION"))
    return { status: "SUSPENDED", restrictedUntil: null, restrictionScopes: [] };
  const restrictions = standing.filter((e) => e.kind === "RESTRICTION" && e.endsAt && e.endsAt > now);
  if (restrictions.length === 0) return { status: "ACTIVE", restrictedUntil: null, restrictionScopes: [] };
  const until = new Date(Math.max(...restrictions.map((r) => r.endsAt!.getTime())));
  const scopes = [...new Set(restrictions.flatMap((r) => r.scopes))].sort() as RestrictionScope[];
  return { status: "RESTRICTED", restrictedUntil: until, restrictionScopes: scopes };
}

/**
 * Sets the account's status, restriction end and scopes from its
 * unreversed, unexpired enforcements. Every enforce, reverse and expiry
 * calls it (lib/cases/decisions/effects.ts, expiry.ts), in the change's
 * transaction, so the account never says something its history does not.
 * Returns the state before and after.
 */
export async function recomputeAccountState(
  tx: Db,
  accountId: string,
  now = new Date(),
): Promise<{ before: AccountState; after: AccountState }> {
  const rows = await tx.$queryRaw<
    { status: AccountStatus; restrictedUntil: Date | null; restrictionScopes: RestrictionScope[] }[]
  >`SELECT "status"::text AS "status", "restrictedUntil", "restrictionScopes"::text[] AS "restrictionScopes"
    FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
  const before = rows[0];
  if (!before) throw new Error(`recomputeAccountState: no account ${accountId}`);
  const history = await tx.enforcement.findMany({
    where: { accountId, kind: { in: ["SUSPENSION", "RESTRICTION"] }, reversedAt: null },
    select: { kind: true, reversedAt: true, endsAt: true, scopes: true },
  });
  const after = stateFromEnforcements(history, now);
  const changed =
    before.status !== after.status ||
    (before.restrictedUntil?.getTime() ?? null) !== (after.restrictedUntil?.getTime() ?? null) ||
    [...before.restrictionScopes].sort().join() !== after.restrictionScopes.join();
  if (changed) await tx.account.update({ where: { id: accountId }, data: after });
  return { before, after };
}

/** "3 December 2026 at 14:00 UTC": how a restriction end is quoted in messages. */
export function formatEnd(date: Date): string {
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day} at ${time} UTC`;
}
