-- Statements of reasons record how their enforcement ended (#14): a
-- restriction that ran out, a decision reversed, or overturned or modified on
-- appeal, with the notice that told the account. contentDate is when the
-- subject was posted (the DSA Transparency Database's required content_date).

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'STATEMENT_ENDED' AFTER 'STATEMENT_ISSUED';

-- CreateEnum
CREATE TYPE "StatementEnd" AS ENUM ('EXPIRED', 'REVERSED', 'OVERTURNED', 'MODIFIED');

-- AlterTable
ALTER TABLE "StatementOfReasons" ADD COLUMN "contentDate" TIMESTAMP(3),
ADD COLUMN "endedAt" TIMESTAMP(3),
ADD COLUMN "endReason" "StatementEnd",
ADD COLUMN "endNote" TEXT,
ADD COLUMN "endReplyId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "StatementOfReasons_endReplyId_key" ON "StatementOfReasons"("endReplyId");
CREATE INDEX "StatementOfReasons_endedAt_endsAt_idx" ON "StatementOfReasons"("endedAt", "endsAt");

-- AddForeignKey
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_endReplyId_fkey" FOREIGN KEY ("endReplyId") REFERENCES "Reply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: the taken-down job, else the subject of the case (an appeal case's
-- appealed case), else the account's joining, else the decision's start.
UPDATE "StatementOfReasons" s
SET "contentDate" = COALESCE(
  (SELECT j."postedAt" FROM "Enforcement" e JOIN "JobPosting" j ON j."id" = e."jobId" WHERE e."id" = s."enforcementId"),
  (SELECT COALESCE(cj."postedAt", ct."createdAt", cm."sentAt", ca."joinedAt")
     FROM "Case" k
     LEFT JOIN "Appeal" ap ON ap."id" = k."appealId"
     JOIN "Case" c ON c."id" = COALESCE(ap."caseId", k."id")
     LEFT JOIN "JobPosting" cj ON cj."id" = c."jobId"
     LEFT JOIN "Thread" ct ON ct."id" = c."threadId"
     LEFT JOIN "Message" cm ON cm."id" = c."messageId"
     LEFT JOIN "Account" ca ON ca."id" = c."accountId"
    WHERE k."id" = s."caseId"),
  (SELECT a."joinedAt" FROM "Account" a WHERE a."id" = s."accountId"),
  s."startsAt");
