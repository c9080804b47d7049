import "server-only";
import { formatEnd, recomputeAccountState } from "@/lib/accounts/enforcement";
import type { ConsoleActor } from "@/lib/auth/session";
import type { Decision } from "@/lib/cases/decisions/schemas";
import { refreshCasePriorities } from "@/lib/cases/intake/refresh-priority";
import { OPEN_STATUSES } from "@/lib/cases/lifecycle";
import { openCasesOfAccount } from "@/lib/cases/parties";
import { SafeError } from "@/lib/errors";
import { endStatement } from "@/lib/statements/end";
import { createEnforcement } from "@/lib/statements/issue";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, CaseStatus, SubjectType } from "@/lib/generated/prisma/enums";

export interface Effect {
  auditAction: AuditAction;
  subjectType: SubjectType | null;
  subjectId: string | null;
  /** What changed, before and after, for the audit trail. */
  data: Record<string, Prisma.InputJsonValue | null>;
  message: string;
  closeAs?: Extract<CaseStatus, "RESOLVED" | "DISMISSED">;
  status?: CaseStatus;
}

type Tx = Prisma.TransactionClient;
type Actor = Pick<ConsoleActor, "id">;
/** The case the decision is taken on; null for a decision on the account alone (account page). */
type CaseRow = { id: string } | null;

export interface EffectOptions {
  /** Shared by the parts of a compound or account decision. */
  groupId?: string | null;
  /** A reversal made by an appeal's outcome: how its statement of reasons records the end. */
  statementEnd?: { end: "OVERTURNED" | "MODIFIED"; appealCaseNumber: number };
}

export type ReversalOptions = EffectOptions;

const DAY = 86_400_000;

/** Changes the platform's state for one decision; the caller audits and versions the case. */
export async function applyDecision(
  tx: Tx,
  actor: Actor,
  d: Decision,
  kase: CaseRow,
  now: Date,
  options: EffectOptions = {},
): Promise<Effect> {
  const link = { caseId: kase?.id ?? null, groupId: options.groupId ?? null };
  const resolve = "resolve" in d && d.resolve ? ({ closeAs: "RESOLVED" } as const) : {};
  switch (d.action) {
    case "DISMISS":
      return {
        auditAction: "DISMISSED",
        subjectType: null,
        subjectId: null,
        data: {},
        message: "Case dismissed: no violation.",
        closeAs: "DISMISSED",
      };
    case "RESOLVE":
      return {
        auditAction: "RESOLVED",
        subjectType: null,
        subjectId: null,
        data: {},
        message: "Case resolved.",
        closeAs: "RESOLVED",
      };
    case "ESCALATE":
      return {
        auditAction: "ESCALATED",
        subjectType: null,
        subjectId: null,
        data: {},
        message: "Escalated to staff: the case is in their queue.",
        status: "ESCALATED",
      };

    case "WARN": {
      const account = await accountOrFail(tx, d.accountId);
      const updated = await tx.account.update({ where: { id: account.id }, data: { strikeCount: { increment: 1 } } });
      const enforcement = await createEnforcement(
        tx,
        actor,
        { kind: "WARNING", accountId: account.id, ...link, reason: d.reason },
        now,
      );
      return {
        auditAction: "WARNED",
        subjectType: "ACCOUNT",
        subjectId: account.id,
        data: { enforcementId: enforcement.id, strikes: { from: account.strikeCount, to: updated.strikeCount } },
        message: `@${account.handle} warned (strike ${updated.strikeCount}).`,
        ...resolve,
      };
    }

    case "TAKE_DOWN_JOB": {
      const job = await tx.jobPosting.findUnique({ where: { id: d.jobId } });
      if (!job) throw new SafeError("NOT_FOUND", "That job posting no longer exists.");
      if (job.status === "TAKEN_DOWN") throw new SafeError("CONFLICT", `“${job.title}” is already taken down.`);
      await tx.jobPosting.update({ where: { id: job.id }, data: { status: "TAKEN_DOWN" } });
      await resortCasesOfJobs(tx, [job.id], now);
      const enforcement = await createEnforcement(
        tx,
        actor,
        {
          kind: "JOB_TAKEDOWN",
          jobId: job.id,
          accountId: job.clientId,
          ...link,
          reason: d.reason,
        },
        now,
      );
      return {
        auditAction: "JOB_TAKEN_DOWN",
        subjectType: "JOB",
        subjectId: job.id,
        data: { enforcementId: enforcement.id, jobStatus: { from: job.status, to: "TAKEN_DOWN" } },
        message: `Job “${job.title}” taken down.`,
        ...resolve,
      };
    }

    case "TAKE_DOWN_ALL_JOBS": {
      const account = await accountOrFail(tx, d.accountId);
      const jobs = await tx.jobPosting.findMany({
        where: { clientId: account.id, status: "OPEN" },
        select: { id: true },
      });
      if (jobs.length === 0) throw new SafeError("INVALID", `@${account.handle} has no open jobs to take down.`);
      await tx.jobPosting.updateMany({ where: { id: { in: jobs.map((j) => j.id) } }, data: { status: "TAKEN_DOWN" } });
      await resortCasesOfJobs(
        tx,
        jobs.map((j) => j.id),
        now,
      );
      // One enforcement, and so one statement of reasons, per job: each posting is its own decision.
      for (const j of jobs) {
        await createEnforcement(
          tx,
          actor,
          { kind: "JOB_TAKEDOWN", jobId: j.id, accountId: account.id, ...link, reason: d.reason },
          now,
        );
      }
      return {
        auditAction: "JOB_TAKEN_DOWN",
        subjectType: "ACCOUNT",
        subjectId: account.id,
        data: { jobIds: jobs.map((j) => j.id) },
        message: `${jobs.length} open job${jobs.length === 1 ? "" : "s"} of @${account.handle} taken down.`,
        ...resolve,
      };
    }

    case "RESTRICT": {
      const account = await accountOrFail(tx, d.accountId);
      if (account.status === "SUSPENDED")
        throw new SafeError("CONFLICT", `@${account.handle} is suspended; a restriction would change nothing.`);
      const endsAt = new Date(now.getTime() + d.days * DAY);
      const enforcement = await createEnforcement(
        tx,
        actor,
        {
          kind: "RESTRICTION",
          accountId: account.id,
          ...link,
          scopes: d.scopes,
          endsAt,
          reason: d.reason,
        },
        now,
      );
      const { before, after } = await recomputeAccountState(tx, account.id, now);
      const until = after.restrictedUntil ?? endsAt;
      const scopes = d.scopes.map((s) => s.toLowerCase().replace("_", " ")).join(", ");
      const days = `${d.days} day${d.days === 1 ? "" : "s"}`;
      // One effective end, said out loud: an overlap extends or keeps the later end, never two silent ends.
      const overlap =
        before.status === "RESTRICTED" && before.restrictedUntil
          ? before.restrictedUntil.getTime() >= endsAt.getTime()
            ? ` It was already restricted until ${formatEnd(before.restrictedUntil)}, which is later: that stays the one effective end.`
            : ` It was already restricted until ${formatEnd(before.restrictedUntil)}: extended to ${formatEnd(until)}.`
          : ` Until ${formatEnd(until)}.`;
      return {
        auditAction: "ACCOUNT_RESTRICTED",
        subjectType: "ACCOUNT",
        subjectId: account.id,
        data: {
          enforcementId: enforcement.id,
          days: d.days,
          scopes: d.scopes,
          status: { from: before.status, to: after.status },
          restrictedUntil: { from: before.restrictedUntil?.toISOString() ?? null, to: until.toISOString() },
          effectiveScopes: after.restrictionScopes,
        },
        message: `@${account.handle} restricted (${scopes}) for ${days}.${overlap}`,
        ...resolve,
      };
    }

    case "REMOVE_BADGE": {
      const account = await accountOrFail(tx, d.accountId);
      if (!account.badges.includes(d.badge))
        throw new SafeError("INVALID", `@${account.handle} does not have the “${d.badge}” badge.`);
      await tx.account.update({
        where: { id: account.id },
        data: { badges: account.badges.filter((b) => b !== d.badge) },
      });
      const enforcement = await createEnforcement(
        tx,
        actor,
        {
          kind: "BADGE_REMOVAL",
          accountId: account.id,
          ...link,
          badge: d.badge,
          reason: d.reason,
        },
        now,
      );
      return {
        auditAction: "BADGE_REMOVED",
        subjectType: "ACCOUNT",
        subjectId: account.id,
        data: { enforcementId: enforcement.id, badge: d.badge },
        message: `“${d.badge}” badge removed from @${account.handle}.`,
        ...resolve,
      };
    }

    case "SUSPEND": {
      const account = await accountOrFail(tx, d.accountId);
      if (account.status === "SUSPENDED") throw new SafeError("CONFLICT", `@${account.handle} is already suspended.`);
      const enforcement = await createEnforcement(
        tx,
        actor,
        { kind: "SUSPENSION", accountId: account.id, ...link, reason: d.reason },
        now,
      );
      await recomputeAccountState(tx, account.id, now);
      await resortCasesOf(tx, account.id, now);
      return {
        auditAction: "ACCOUNT_SUSPENDED",
        subjectType: "ACCOUNT",
        subjectId: account.id,
        data: { enforcementId: enforcement.id, status: { from: account.status, to: "SUSPENDED" } },
        message: `@${account.handle} suspended.`,
        ...resolve,
      };
    }

    case "REVERSE":
      return reverseEnforcement(tx, actor, d.enforcementId, d.reason, now, {
        groupId: options.groupId,
        statementEnd: options.statementEnd,
      });
  }
}

/** Undoes one enforcement: restores the job, lifts the restriction, reinstates the account, gives the badge back or removes the strike. */
export async function reverseEnforcement(
  tx: Tx,
  actor: Actor,
  enforcementId: string,
  reason: string,
  now: Date,
  options: ReversalOptions = {},
): Promise<Effect> {
  const e = await tx.enforcement.findUnique({ where: { id: enforcementId }, include: { account: true, job: true } });
  if (!e) throw new SafeError("NOT_FOUND", "That decision no longer exists.");
  if (e.reversedAt) throw new SafeError("CONFLICT", "That decision was already reversed.");
  await tx.enforcement.update({
    where: { id: e.id },
    data: { reversedAt: now, reversedById: actor.id, reversalReason: reason },
  });
  // Its statement of reasons says so, and the account is told (lib/statements/end.ts).
  await endStatement(tx, {
    enforcementId: e.id,
    end: options.statementEnd?.end ?? "REVERSED",
    appealCaseNumber: options.statementEnd?.appealCaseNumber ?? null,
    actorId: actor.id,
    now,
    groupId: options.groupId ?? null,
  });
  const base = { subjectType: "ACCOUNT" as const, subjectId: e.accountId, data: { enforcementId: e.id, kind: e.kind } };
  const handle = e.account ? `@${e.account.handle}` : "the account";

  switch (e.kind) {
    case "JOB_TAKEDOWN": {
      if (!e.job) throw new SafeError("NOT_FOUND", "The job of that take-down no longer exists.");
      await tx.jobPosting.update({ where: { id: e.job.id }, data: { status: "OPEN" } });
      await resortCasesOfJobs(tx, [e.job.id], now);
      return {
        ...base,
        subjectType: "JOB",
        subjectId: e.job.id,
        auditAction: "JOB_RESTORED",
        message: `Job “${e.job.title}” restored.`,
      };
    }
    case "RESTRICTION":
    case "SUSPENSION": {
      // The account is what its other standing enforcements say: reversing one recomputes from the rest.
      const state = e.accountId ? await recomputeAccountState(tx, e.accountId, now) : null;
      if (e.accountId && state?.before.status !== state?.after.status) await resortCasesOf(tx, e.accountId, now);
      const after = state?.after;
      const still =
        after?.status === "RESTRICTED" && after.restrictedUntil
          ? ` ${handle} stays restricted until ${formatEnd(after.restrictedUntil)} by another restriction.`
          : after?.status === "SUSPENDED"
            ? ` ${handle} stays suspended by another suspension.`
            : "";
      const data = {
        ...base.data,
        ...(state ? { status: { from: state.before.status, to: state.after.status } } : {}),
        ...(after ? { restrictedUntil: after.restrictedUntil?.toISOString() ?? null } : {}),
      };
      return e.kind === "RESTRICTION"
        ? { ...base, data, auditAction: "RESTRICTION_LIFTED", message: `Restriction on ${handle} lifted.${still}` }
        : { ...base, data, auditAction: "ACCOUNT_REINSTATED", message: `${handle} reinstated.${still}` };
    }
    case "BADGE_REMOVAL": {
      if (e.account && e.badge && !e.account.badges.includes(e.badge)) {
        await tx.account.update({ where: { id: e.account.id }, data: { badges: [...e.account.badges, e.badge] } });
      }
      return { ...base, auditAction: "ENFORCEMENT_REVERSED", message: `“${e.badge}” badge given back to ${handle}.` };
    }
    case "WARNING": {
      if (e.account && e.account.strikeCount > 0)
        await tx.account.update({ where: { id: e.account.id }, data: { strikeCount: { decrement: 1 } } });
      return {
        ...base,
        auditAction: "ENFORCEMENT_REVERSED",
        message: `Warning to ${handle} withdrawn (strike removed).`,
      };
    }
  }
}

/** A suspension (or its reversal) moves the account's open cases in the queue: a suspended subject sinks. */
async function resortCasesOf(tx: Tx, accountId: string, now: Date) {
  const open = await openCasesOfAccount(tx, accountId);
  await refreshCasePriorities(
    tx,
    open.map((c) => ({ caseId: c.id, now })),
  );
}

/** A take-down (or its reversal) moves the job's open cases: a case about a job already taken down sinks. */
async function resortCasesOfJobs(tx: Tx, jobIds: string[], now: Date) {
  const open = await tx.case.findMany({
    where: { jobId: { in: jobIds }, status: { in: [...OPEN_STATUSES] } },
    select: { id: true },
  });
  await refreshCasePriorities(
    tx,
    open.map((c) => ({ caseId: c.id, now })),
  );
}

async function accountOrFail(tx: Tx, accountId: string) {
  const account = await tx.account.findUnique({ where: { id: accountId } });
  if (!account) throw new SafeError("NOT_FOUND", "That account no longer exists.");
  return account;
}
