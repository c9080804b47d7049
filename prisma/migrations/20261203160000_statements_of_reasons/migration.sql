-- Statements of reasons (#14): one per enforcement, told to the affected
-- account through the outbox and exported in the DSA Transparency Database's
-- fields. A notice of a decision taken on the account page alone belongs to no
-- case, so a reply's case becomes optional.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'STATEMENT_ISSUED';

-- AlterTable
ALTER TABLE "Reply" ALTER COLUMN "caseId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "StatementOfReasons" (
    "id" TEXT NOT NULL,
    "enforcementId" TEXT NOT NULL,
    "accountId" TEXT,
    "caseId" TEXT,
    "replyId" TEXT,
    "kind" "EnforcementKind" NOT NULL,
    "decision" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "ground" TEXT NOT NULL,
    "groundUrl" TEXT NOT NULL,
    "categories" "FindingCategory"[] DEFAULT ARRAY[]::"FindingCategory"[],
    "noticeReceived" BOOLEAN NOT NULL,
    "automatedDetection" BOOLEAN NOT NULL,
    "automatedDecision" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "appealBy" TIMESTAMP(3) NOT NULL,
    "howToAppeal" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementOfReasons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StatementOfReasons_enforcementId_key" ON "StatementOfReasons"("enforcementId");
CREATE UNIQUE INDEX "StatementOfReasons_replyId_key" ON "StatementOfReasons"("replyId");
CREATE INDEX "StatementOfReasons_issuedAt_id_idx" ON "StatementOfReasons"("issuedAt", "id");
CREATE INDEX "StatementOfReasons_caseId_idx" ON "StatementOfReasons"("caseId");
CREATE INDEX "StatementOfReasons_accountId_idx" ON "StatementOfReasons"("accountId");

-- AddForeignKey
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_enforcementId_fkey" FOREIGN KEY ("enforcementId") REFERENCES "Enforcement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StatementOfReasons" ADD CONSTRAINT "StatementOfReasons_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE SET NULL ON UPDATE CASCADE;
