import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Why a case's subject is already fully enforced (EnforcedReason, labelled in
 * lib/cases/labels.ts), or none:
 * - ACCOUNT_SUSPENDED: the account the case is about is suspended (the
 *   reported account, the job's poster, the thread's client or the
 *   message's author: the account the queue row names);
 * - JOB_TAKEN_DOWN: the reported job is already taken down.
 * Nothing is left to decide on such a case but closing it, so claim-next
 * skips it, its priority sinks, and the queue row says both.
 */
export type { EnforcedReason } from "@/lib/cases/labels";

/**
 * The rule above in SQL, over a "Case" row aliased `c`: the reason as text,
 * or NULL. The one place it is written: claim-next (lib/cases/kernel.ts),
 * its count of what it skipped, the queue's rows (lib/cases/queue/list.ts)
 * and the priority's sink (lib/cases/intake/refresh-priority.ts) all use it,
 * so what the row says is what claim-next does. Each branch is a primary-key
 * lookup, so it costs a few index probes per case.
 */
export const enforcedReasonSql = Prisma.sql`(CASE
  WHEN EXISTS (SELECT 1 FROM "Account" ea WHERE ea."status" = 'SUSPENDED' AND ea."id" IN (
    c."accountId",
    (SELECT ej."clientId" FROM "JobPosting" ej WHERE ej."id" = c."jobId"),
    (SELECT et."clientId" FROM "Thread" et WHERE et."id" = c."threadId"),
    (SELECT em."authorId" FROM "Message" em WHERE em."id" = c."messageId")))
    THEN 'ACCOUNT_SUSPENDED'
  WHEN EXISTS (SELECT 1 FROM "JobPosting" ej WHERE ej."id" = c."jobId" AND ej."status" = 'TAKEN_DOWN')
    THEN 'JOB_TAKEN_DOWN'
END)`;
