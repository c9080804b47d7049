import "server-only";
import { z } from "@/lib/zod";
import type { ConsoleActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { changeCase } from "@/lib/cases/kernel";
import { caseReference } from "@/lib/cases/labels";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { versionSchema } from "@/lib/version";

export const reopenSchema = z.object({
  caseId: z.string().min(1),
  expectedVersion: versionSchema,
  requestId: z.string().uuid(),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters); it goes into the audit trail.").max(2000),
});

/**
 * Reopens a closed case whose decision was reversed (e.g. the warning went
 * to the wrong account and was withdrawn): back in the queue, through the
 * kernel, audited as CASE_REOPENED. A case closed without a reversed
 * decision stays closed: its outcome still stands.
 */
export async function reopenCase(actor: ConsoleActor, input: z.input<typeof reopenSchema>) {
  const d = reopenSchema.parse(input);
  if (!can(actor.role, "case:decide")) throw new SafeError("FORBIDDEN", "Your role may not reopen cases.");
  return prisma.$transaction((tx) =>
    changeCase(tx, {
      caseId: d.caseId,
      actor,
      intent: "reopen",
      expectedVersion: d.expectedVersion,
      requestId: d.requestId,
      apply: async (kase) => {
        const reversed = await tx.enforcement.findMany({
          where: { caseId: kase.id, reversedAt: { not: null } },
          select: { id: true },
        });
        const standing = await tx.enforcement.count({ where: { caseId: kase.id, reversedAt: null } });
        if (reversed.length === 0 || standing > 0) {
          throw new SafeError(
            "CONFLICT",
            `${caseReference(kase.number)} can be reopened once every decision it was closed with is reversed.`,
          );
        }
        return {
          change: {
            status: "OPEN",
            claim: null,
            audit: {
              action: "CASE_REOPENED",
              reason: d.reason,
              data: {
                reversedEnforcementIds: reversed.map((r) => r.id),
                caseStatus: { from: kase.status, to: "OPEN" },
              },
            },
          },
          result: `${caseReference(kase.number)} reopened: it is back in the queue.`,
        };
      },
    }),
  );
}
