import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { assertCanActOnCase, assignCase, type CaseActor } from "@/lib/cases/claims";
import { caseReference, STATUS_LABELS } from "@/lib/cases/labels";
import { prisma } from "@/lib/db/prisma";
import { publicMessage, SafeError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BulkOutcome, BulkResult } from "@/lib/queue/schemas";

export interface CaseRef {
  caseId: string;
  /** The version the moderator saw: a case that changed since is not dismissed blind. */
  version: number;
}

/**
 * Dismisses one case (no violation) inside the caller's transaction: the
 * claim guard, the version check, the change and its audit event commit
 * together or not at all.
 */
export async function dismissCase(tx: Prisma.TransactionClient, actor: CaseActor, ref: CaseRef, reason: string, now = new Date(), bulk = false) {
  const kase = await assertCanActOnCase(tx, ref.caseId, actor, now);
  const label = caseReference(kase.number);
  if (kase.status === "RESOLVED" || kase.status === "DISMISSED") {
    throw new SafeError("CONFLICT", `${label} is already closed (${STATUS_LABELS[kase.status].toLowerCase()}).`);
  }
  if (kase.status === "ESCALATED" && !can(actor.role, "case:decide-escalated")) {
    throw new SafeError("FORBIDDEN", `${label} is escalated: only staff can decide it.`);
  }
  if (kase.version !== ref.version) {
    throw new SafeError("CONFLICT", `${label} changed since you loaded it (a claim or a new report). Look at it again before dismissing.`);
  }
  const version = kase.version + 1;
  await tx.case.update({
    where: { id: kase.id },
    data: { status: "DISMISSED", closedAt: now, claimedById: null, claimedAt: null, claimExpiresAt: null, version },
  });
  await recordAudit(tx, {
    action: "DISMISSED",
    actorId: actor.id,
    caseId: kase.id,
    caseVersion: version,
    reason,
    data: { previousStatus: kase.status, bulk },
  });
  return { number: kase.number, version };
}

/**
 * Dismisses several cases, each in its own transaction: one case someone
 * else holds (or that changed meanwhile) is refused and reported without
 * holding back the others.
 */
export async function dismissCases(actor: CaseActor, refs: CaseRef[], reason: string, now = new Date()): Promise<BulkResult> {
  if (!can(actor.role, "case:decide")) throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not dismiss cases.`);
  const outcomes: BulkOutcome[] = [];
  for (const ref of refs) {
    try {
      const done = await prisma.$transaction((tx) => dismissCase(tx, actor, ref, reason, now, true));
      outcomes.push({ caseId: ref.caseId, number: done.number, ok: true });
    } catch (error) {
      if (!(error instanceof SafeError)) console.error("bulk dismiss failed", error);
      outcomes.push({ caseId: ref.caseId, number: null, ok: false, error: publicMessage(error) });
    }
  }
  return { message: summarise("Dismissed", outcomes), outcomes };
}

/** Assigns several cases to one person (or to nobody), each on its own. */
export async function assignCases(actor: CaseActor, caseIds: string[], assigneeId: string | null, now = new Date()): Promise<BulkResult> {
  if (!can(actor.role, "case:assign")) throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not assign cases.`);
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
