import "server-only";
import type { CaseActor } from "@/lib/cases/kernel";
import { assertMayEnforceOn, casePartiesOf, notInCase } from "@/lib/cases/parties";
import type { Decision } from "@/lib/cases/decisions/schemas";
import { SafeError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Refuses a decision whose account, job or enforcement is not a party to
 * the case it is taken on (TARGET_NOT_IN_CASE), and applies the target
 * account's own rules (its other cases held by another moderator, or
 * escalated to staff). Called by the kernel's apply, under the case lock.
 */
export async function assertTargetInCase(
  tx: Tx,
  actor: Pick<CaseActor, "id" | "role">,
  decision: Decision,
  kase: { id: string; number: number },
  now: Date,
): Promise<void> {
  const accountId = await targetAccountOf(tx, decision, kase);
  if (!accountId) return;
  const account = await tx.account.findUnique({ where: { id: accountId }, select: { id: true, handle: true } });
  if (!account) throw new SafeError("NOT_FOUND", "That account no longer exists.");
  await assertMayEnforceOn(tx, actor, account, kase.id, now);
}

/** The account the decision acts on, after checking its target belongs to the case (undefined: no target). */
async function targetAccountOf(
  tx: Tx,
  decision: Decision,
  kase: { id: string; number: number },
): Promise<string | null | undefined> {
  switch (decision.action) {
    case "DISMISS":
    case "RESOLVE":
    case "ESCALATE":
      return undefined;
    case "TAKE_DOWN_JOB": {
      const parties = await casePartiesOf(tx, kase.id);
      const job = await tx.jobPosting.findUnique({
        where: { id: decision.jobId },
        select: { title: true, clientId: true },
      });
      if (!job) throw new SafeError("NOT_FOUND", "That job posting no longer exists.");
      if (!parties.jobIds.includes(decision.jobId)) throw notInCase(`The job “${job.title}”`, kase.number);
      return job.clientId;
    }
    case "REVERSE": {
      const e = await tx.enforcement.findUnique({
        where: { id: decision.enforcementId },
        select: { caseId: true, accountId: true, jobId: true },
      });
      if (!e) throw new SafeError("NOT_FOUND", "That decision no longer exists.");
      // Undoing this case's own decision is this case's business.
      if (e.caseId === kase.id) return undefined;
      const parties = await casePartiesOf(tx, kase.id);
      const party =
        (e.accountId !== null && parties.accountIds.includes(e.accountId)) ||
        (e.jobId !== null && parties.jobIds.includes(e.jobId));
      if (!party) throw notInCase("That enforcement", kase.number);
      return e.accountId;
    }
    default: {
      const parties = await casePartiesOf(tx, kase.id);
      if (!parties.accountIds.includes(decision.accountId)) {
        const account = await tx.account.findUnique({ where: { id: decision.accountId }, select: { handle: true } });
        if (!account) throw new SafeError("NOT_FOUND", "That account no longer exists.");
        throw notInCase(`@${account.handle}`, kase.number);
      }
      return decision.accountId;
    }
  }
}
