import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Accounts that share a contact value (phone, e-mail, handle, link) found in
 * the account's messages and are already restricted or suspended: a ring the
 * strike ladder should read. A small query; the account page has the full
 * linked-accounts view.
 */
export async function linkedEnforcedAccounts(
  db: Prisma.TransactionClient,
  accountId: string,
): Promise<{ handle: string; status: string }[]> {
  return db.$queryRaw<{ handle: string; status: string }[]>`
    SELECT DISTINCT a."handle", a."status"::text AS "status"
    FROM "Message" m
    JOIN "Finding" f ON f."messageId" = m."id" AND f."value" IS NOT NULL
    JOIN "Finding" f2 ON f2."value" = f."value" AND f2."messageId" <> f."messageId"
    JOIN "Message" m2 ON m2."id" = f2."messageId"
    JOIN "Account" a ON a."id" = m2."authorId"
    WHERE m."authorId" = ${accountId} AND a."id" <> ${accountId} AND a."status" <> 'ACTIVE'
    ORDER BY a."handle"
    LIMIT 5`;
}
