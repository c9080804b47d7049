import "server-only";
import type { AccountStanding } from "@/lib/api/schemas/accounts";
import { countOpenCases } from "@/lib/accounts/load";
import { prisma } from "@/lib/db/prisma";

/**
 * An account's standing as the platform needs it to show and enforce:
 * status, restriction end and scopes, strikes, open cases and the
 * enforcement history, by the platform's own account id. No console
 * internals (who decided, notes).
 */
export async function getAccountForPlatform(externalId: string): Promise<AccountStanding | null> {
  const account = await prisma.account.findUnique({
    where: { externalId },
    select: {
      id: true,
      externalId: true,
      handle: true,
      status: true,
      restrictedUntil: true,
      restrictionScopes: true,
      strikeCount: true,
    },
  });
  if (!account) return null;
  const [openCaseCount, enforcements] = await Promise.all([
    countOpenCases(account.id),
    prisma.enforcement.findMany({
      where: { OR: [{ accountId: account.id }, { job: { clientId: account.id } }] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        reason: true,
        endsAt: true,
        scopes: true,
        badge: true,
        caseId: true,
        reversedAt: true,
        job: { select: { externalId: true } },
      },
    }),
  ]);
  return {
    id: account.externalId,
    handle: account.handle,
    status: account.status,
    restriction:
      account.status === "RESTRICTED"
        ? { until: account.restrictedUntil?.toISOString() ?? null, scopes: account.restrictionScopes }
        : null,
    strikes: account.strikeCount,
    openCaseCount,
    enforcements: enforcements.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.createdAt.toISOString(),
      reason: e.reason,
      endsAt: e.endsAt?.toISOString() ?? null,
      scopes: e.scopes,
      badge: e.badge,
      jobId: e.job?.externalId ?? null,
      caseId: e.caseId,
      reversedAt: e.reversedAt?.toISOString() ?? null,
    })),
  };
}
