-- A decision with several parts (a compound decision, or an account decision
-- that also settles the account's other cases) shares one group id across
-- its audit events and enforcements, so it is read and undone as a whole.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "groupId" TEXT;

-- AlterTable
ALTER TABLE "Enforcement" ADD COLUMN "groupId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_groupId_idx" ON "AuditEvent"("groupId");

-- CreateIndex
CREATE INDEX "Enforcement_groupId_idx" ON "Enforcement"("groupId");
