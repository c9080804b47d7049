import "server-only";
import { can } from "@/lib/auth/permissions";
import { caseReference } from "@/lib/cases/labels";
import { OPEN_STATUSES, statusListSql } from "@/lib/cases/lifecycle";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, ConsoleRole } from "@/lib/generated/prisma/enums";

type Db = Prisma.TransactionClient;

/**
 * The parties of a case: the accounts and jobs a decision on it may act on.
 * The one definition, used by the decision kernel's target check, the
 * decision form's choices and its default target.
 *   - accounts: the reported account, the reported message's author, the
 *     job's poster, the thread's client and freelancer and every author of a
 *     message in the case's thread (forum topics have authors only);
 *   - jobs: the reported job, and the job of the case's thread.
 * `violators` are the authors of the violating findings in the case's
 * thread or message, most violations first: the default target.
 */
export interface CaseParties {
  caseId: string;
  accountIds: string[];
  jobIds: string[];
  reportedAccountId: string | null;
  jobPosterId: string | null;
  violators: string[];
}

export async function casePartiesOf(db: Db, caseId: string): Promise<CaseParties> {
  const kase = await db.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      accountId: true,
      jobId: true,
      job: { select: { clientId: true } },
      threadId: true,
      message: { select: { authorId: true, threadId: true } },
    },
  });
  if (!kase) throw new SafeError("NOT_FOUND", "This case does not exist.");
  const threadId = kase.threadId ?? kase.message?.threadId ?? null;
  const thread = threadId
    ? await db.thread.findUnique({
        where: { id: threadId },
        select: { clientId: true, freelancerId: true, jobId: true, job: { select: { clientId: true } } },
      })
    : null;
  // Violations counted in the case's own scope: the reported message, else the thread.
  const violationRows = await db.$queryRaw<{ authorId: string; violations: bigint }[]>`
    SELECT m."authorId", count(*) AS "violations"
    FROM "Message" m JOIN "Finding" f ON f."messageId" = m."id" AND f."violation"
    WHERE ${kase.message ? Prisma.sql`m."id" = (SELECT "messageId" FROM "Case" WHERE "id" = ${caseId})` : threadId ? Prisma.sql`m."threadId" = ${threadId}` : Prisma.sql`false`}
    GROUP BY m."authorId"
    ORDER BY count(*) DESC, m."authorId"`;
  const authors = threadId
    ? await db.message.findMany({ where: { threadId }, distinct: ["authorId"], select: { authorId: true } })
    : [];

  const accounts = new Set<string>();
  const add = (id: string | null | undefined) => id && accounts.add(id);
  add(kase.accountId);
  add(kase.message?.authorId);
  add(kase.job?.clientId);
  add(thread?.clientId);
  add(thread?.freelancerId);
  add(thread?.job?.clientId);
  for (const a of authors) add(a.authorId);
  const jobs = [kase.jobId, thread?.jobId].filter((j): j is string => !!j);

  return {
    caseId,
    accountIds: [...accounts],
    jobIds: [...new Set(jobs)],
    reportedAccountId: kase.accountId ?? kase.message?.authorId ?? null,
    jobPosterId: kase.job?.clientId ?? thread?.job?.clientId ?? null,
    violators: violationRows.map((r) => r.authorId),
  };
}

/**
 * Whom a decision on the case acts on when nobody chose: the author of the
 * violating findings, else the reported account, else the job's poster.
 */
export function defaultTargetOf(parties: CaseParties): string | null {
  return parties.violators[0] ?? parties.reportedAccountId ?? parties.jobPosterId ?? null;
}

export interface AccountCase {
  id: string;
  number: number;
  status: CaseStatus;
  claimedById: string | null;
  claimExpiresAt: Date | null;
  holderName: string | null;
}

/**
 * An account's open cases: those about the account itself, one of its jobs,
 * one of its messages, or a thread in which it wrote a violating message.
 * What "its other open cases" means when a decision settles them, and whose
 * claims and escalations guard the account.
 */
export async function openCasesOfAccount(db: Db, accountId: string, exceptCaseId?: string): Promise<AccountCase[]> {
  const open = Prisma.raw(statusListSql(OPEN_STATUSES));
  return db.$queryRaw<AccountCase[]>`
    SELECT c."id", c."number", c."status"::text AS "status", c."claimedById", c."claimExpiresAt", u."name" AS "holderName"
    FROM "Case" c LEFT JOIN "ConsoleUser" u ON u."id" = c."claimedById"
    WHERE c."status" IN ${open} AND c."id" <> ${exceptCaseId ?? ""} AND (
      c."accountId" = ${accountId}
      OR c."jobId" IN (SELECT j."id" FROM "JobPosting" j WHERE j."clientId" = ${accountId})
      OR c."messageId" IN (SELECT m."id" FROM "Message" m WHERE m."authorId" = ${accountId})
      OR c."threadId" IN (
        SELECT m."threadId" FROM "Message" m JOIN "Finding" f ON f."messageId" = m."id" AND f."violation"
        WHERE m."authorId" = ${accountId})
    )
    ORDER BY c."number"`;
}

/**
 * The target account's own rules, for a decision taken from another case:
 * when one of its open cases is held by another moderator, or escalated to
 * staff, only staff (who may reassign and decide escalated cases) act on it.
 */
export async function assertMayEnforceOn(
  db: Db,
  actor: { id: string; role: ConsoleRole },
  account: { id: string; handle: string },
  fromCaseId: string | null,
  now = new Date(),
): Promise<AccountCase[]> {
  const cases = await openCasesOfAccount(db, account.id, fromCaseId ?? undefined);
  if (can(actor.role, "case:decide-escalated")) return cases;
  const escalated = cases.find((c) => c.status === "ESCALATED");
  if (escalated) {
    throw new SafeError(
      "TARGET_ESCALATED",
      `@${account.handle} is escalated to staff (${caseReference(escalated.number)}): only staff can act on the account now. Escalate this case with your recommendation.`,
      { caseId: escalated.id },
    );
  }
  const held = cases.find(
    (c) => c.claimedById && c.claimedById !== actor.id && c.claimExpiresAt && c.claimExpiresAt > now,
  );
  if (held) {
    throw new SafeError(
      "TARGET_HELD_BY_OTHER",
      `@${account.handle}'s own case ${caseReference(held.number)} is held by ${held.holderName ?? "another moderator"}: leave the account to them, or ask staff.`,
      { caseId: held.id, holderName: held.holderName },
    );
  }
  return cases;
}

export function notInCase(what: string, caseNumber: number): SafeError {
  return new SafeError(
    "TARGET_NOT_IN_CASE",
    `${what} is not a party to ${caseReference(caseNumber)}: decide on it from one of its own cases.`,
  );
}
