import "server-only";
import type { AppealView } from "@/lib/api/schemas/appeals";
import { prisma } from "@/lib/db/prisma";

/** An appeal as the platform sees it: its status, outcome and what now stands (no console-internal details). */
export async function getAppealForPlatform(externalId: string): Promise<AppealView | null> {
  const appeal = await prisma.appeal.findUnique({
    where: { externalId },
    include: {
      appealCase: { select: { id: true, number: true } },
      replacement: { select: { kind: true, endsAt: true, scopes: true } },
    },
  });
  if (!appeal || !appeal.appealCase) return null;
  return {
    id: appeal.externalId,
    status: appeal.status,
    outcome: appeal.outcome,
    caseId: appeal.appealCase.id,
    caseNumber: appeal.appealCase.number,
    appealedCaseId: appeal.caseId,
    enforcementId: appeal.enforcementId,
    submittedAt: appeal.submittedAt.toISOString(),
    deadlineAt: appeal.deadlineAt.toISOString(),
    decidedAt: appeal.decidedAt?.toISOString() ?? null,
    reason: appeal.decisionReason,
    modification: appeal.replacement
      ? {
          kind: appeal.replacement.kind,
          endsAt: appeal.replacement.endsAt?.toISOString() ?? null,
          scopes: appeal.replacement.scopes,
        }
      : null,
  };
}
