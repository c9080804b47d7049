import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { can } from "@/lib/auth/permissions";
import { assignCase } from "@/lib/cases/claims/claims";
import type { CaseActor } from "@/lib/cases/kernel";
import { caseReference } from "@/lib/cases/labels";
import { decide } from "@/lib/cases/decisions/decide";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { publicMessage, SafeError } from "@/lib/errors";
import type { BulkOutcome, BulkResult } from "@/lib/cases/queue/schemas";

export interface CaseRef {
  caseId: string;
  /** The version the moderator saw: a case that changed since is not dismissed blind. */
  version: number;
}

/**
 * The request id of one case's part in a bulk request: derived from the
 * bulk request's id, so submitting the same bulk request twice dismisses
 * each case once, and shaped as a UUID like every decision's.
 */
export function caseRequestId(bulkRequestId: string, caseId: string): string {
  const h = createHash("sha256").update(`${bulkRequestId}\n${caseId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Dismisses several cases (no violation), each as its own decision through
 * the same path as a single one (lib/cases/decisions/decide.ts and the case
 * kernel): one case someone else holds, or that changed meanwhile, is
 * refused and reported without holding back the others, and a repeated
 * request dismisses nothing twice.
 */
export async function dismissCases(
  actor: CaseActor,
  refs: CaseRef[],
  reason: string,
  { requestId = randomUUID(), now = new Date() }: { requestId?: string; now?: Date } = {},
): Promise<BulkResult> {
  if (!can(actor.role, "case:decide"))
    throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not dismiss cases.`);
  await expireRestrictions(now);
  const outcomes: BulkOutcome[] = [];
  for (const ref of refs) {
    try {
      const done = await decide(
        actor,
        {
          action: "DISMISS",
          caseId: ref.caseId,
          expectedVersion: ref.version,
          requestId: caseRequestId(requestId, ref.caseId),
          reason,
        },
        {
          restrictionsExpired: true,
          auditData: { bulk: true },
          staleMessage: (kase, changes) =>
            `${caseReference(kase.number)} changed since you loaded it (${changes}). Look at it again before dismissing.`,
        },
      );
      outcomes.push({ caseId: ref.caseId, number: done.caseNumber, ok: true });
    } catch (error) {
      if (!(error instanceof SafeError)) console.error("bulk dismiss failed", error);
      outcomes.push({ caseId: ref.caseId, number: null, ok: false, error: publicMessage(error) });
    }
  }
  return { message: summarise("Dismissed", outcomes), outcomes };
}

/** Assigns several cases to one person (or to nobody), each on its own. */
export async function assignCases(
  actor: CaseActor,
  caseIds: string[],
  assigneeId: string | null,
  now = new Date(),
): Promise<BulkResult> {
  if (!can(actor.role, "case:assign"))
    throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not assign cases.`);
  const outcomes: BulkOutcome[] = [];
  for (const caseId of caseIds) {
    try {
      const done = await assignCase(actor, caseId, assigneeId, now);
      outcomes.push({ caseId, number: done.number, ok: true });
    } catch (error) {
      if (!(error instanceof SafeError)) console.error("bulk assign failed", error);
      outcomes.push({ caseId, number: null, ok: false, error: publicMessage(error) });
    }
  }
  return { message: summarise(assigneeId ? "Assigned" : "Unassigned", outcomes), outcomes };
}

function summarise(verb: string, outcomes: BulkOutcome[]): string {
  const done = outcomes.filter((o) => o.ok).length;
  const noun = (n: number) => `${n} ${n === 1 ? "case" : "cases"}`;
  if (done === outcomes.length) return `${verb} ${noun(done)}.`;
  const failures = outcomes.filter((o) => !o.ok).map((o) => o.error);
  return `${verb} ${done} of ${noun(outcomes.length)}. ${failures.join(" ")}`;
}
