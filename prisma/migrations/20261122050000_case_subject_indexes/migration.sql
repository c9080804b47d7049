-- An account's other cases (case view, priority) are looked up through the
-- case's subject columns; index them so that stays fast at 50k+ cases.

-- CreateIndex
CREATE INDEX "Case_accountId_idx" ON "Case"("accountId");

-- CreateIndex
CREATE INDEX "Case_jobId_idx" ON "Case"("jobId");

-- CreateIndex
CREATE INDEX "Case_threadId_idx" ON "Case"("threadId");

-- CreateIndex
CREATE INDEX "Case_messageId_idx" ON "Case"("messageId");
