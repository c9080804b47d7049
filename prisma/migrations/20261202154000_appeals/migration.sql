-- Appeals (#14): an account appeals one enforcement; the appeal opens an appeal
-- case (subject type APPEAL) that staff decide: uphold, overturn or modify.
-- New enum values are appended (ALTER TYPE ... ADD VALUE) and not used here.

-- AlterEnum
ALTER TYPE "SubjectType" ADD VALUE 'APPEAL';

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'APPEAL_RECEIVED';
ALTER TYPE "AuditAction" ADD VALUE 'APPEAL_UPHELD';
ALTER TYPE "AuditAction" ADD VALUE 'APPEAL_OVERTURNED';
ALTER TYPE "AuditAction" ADD VALUE 'APPEAL_MODIFIED';

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('OPEN', 'DECIDED');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('UPHELD', 'OVERTURNED', 'MODIFIED');

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "enforcementId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" "AppealOutcome",
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "replacementId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "Case" ADD COLUMN "appealId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_externalId_key" ON "Appeal"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_enforcementId_key" ON "Appeal"("enforcementId");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_replacementId_key" ON "Appeal"("replacementId");

-- CreateIndex
CREATE INDEX "Appeal_accountId_idx" ON "Appeal"("accountId");

-- CreateIndex
CREATE INDEX "Appeal_caseId_idx" ON "Appeal"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_appealId_key" ON "Case"("appealId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_enforcementId_fkey" FOREIGN KEY ("enforcementId") REFERENCES "Enforcement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "ConsoleUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_replacementId_fkey" FOREIGN KEY ("replacementId") REFERENCES "Enforcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
