import "server-only";
import { touchClaim } from "@/lib/cases/claims/claims";
import { VIEWER_HEARTBEAT_MS, VIEWER_WINDOW_MS } from "@/lib/cases/claims/presence-policy";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";

/**
 * Who has a case open right now. A case page sends a heartbeat every few
 * seconds (an upsert of its CaseViewer row); viewers not heard from within
 * VIEWER_WINDOW_MS have left. Kept in the database, not in memory, so
 * people served by different app instances still see each other.
 */

export { VIEWER_HEARTBEAT_MS, VIEWER_WINDOW_MS };

export interface CaseViewerInfo {
  userId: string;
  name: string;
  role: ConsoleRole;
  lastSeenAt: string;
  /** Whether this viewer holds the case's claim. */
  holdsClaim: boolean;
}

/**
 * Records that the user is viewing the case, extends their claim on it if
 * they hold one (an open case page is activity), and returns who else is
 * viewing it.
 */
export async function recordCaseView(
  caseId: string,
  user: { id: string },
  now = new Date(),
): Promise<CaseViewerInfo[]> {
  await assertCaseExists(caseId);
  await prisma.caseViewer.upsert({
    where: { caseId_userId: { caseId, userId: user.id } },
    create: { caseId, userId: user.id, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  await touchClaim(prisma, caseId, user.id, now);
  return listCaseViewers(caseId, { exceptUserId: user.id }, now);
}

/** Who other than the user is viewing the case (404 for an unknown case). */
export async function listOtherViewers(
  caseId: string,
  user: { id: string },
  now = new Date(),
): Promise<CaseViewerInfo[]> {
  await assertCaseExists(caseId);
  return listCaseViewers(caseId, { exceptUserId: user.id }, now);
}

async function assertCaseExists(caseId: string): Promise<void> {
  const exists = await prisma.case.findUnique({ where: { id: caseId }, select: { id: true } });
  if (!exists) throw new SafeError("NOT_FOUND", "This case does not exist.");
}

/** Viewers heard from within the window, most recent first. */
export async function listCaseViewers(
  caseId: string,
  options: { exceptUserId?: string } = {},
  now = new Date(),
): Promise<CaseViewerInfo[]> {
  const viewers = await prisma.caseViewer.findMany({
    where: {
      caseId,
      lastSeenAt: { gt: new Date(now.getTime() - VIEWER_WINDOW_MS) },
      user: { active: true },
      ...(options.exceptUserId ? { userId: { not: options.exceptUserId } } : {}),
    },
    orderBy: { lastSeenAt: "desc" },
    select: {
      lastSeenAt: true,
      user: { select: { id: true, name: true, role: true } },
      case: { select: { claimedById: true, claimExpiresAt: true } },
    },
  });
  return viewers.map((v) => ({
    userId: v.user.id,
    name: v.user.name,
    role: v.user.role,
    lastSeenAt: v.lastSeenAt.toISOString(),
    holdsClaim: v.case.claimedById === v.user.id && !!v.case.claimExpiresAt && v.case.claimExpiresAt > now,
  }));
}

/** The page was closed: drop the row at once instead of waiting for the window. */
export async function stopViewingCase(caseId: string, user: { id: string }): Promise<void> {
  await prisma.caseViewer.deleteMany({ where: { caseId, userId: user.id } });
}
