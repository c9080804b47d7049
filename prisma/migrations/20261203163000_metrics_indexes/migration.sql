-- The dashboard (/metrics) reads each figure by its window's time column, so
-- its cost follows the window's activity, not the whole history.
CREATE INDEX "Case_firstReportedAt_idx" ON "Case"("firstReportedAt");
CREATE INDEX "Report_source_createdAt_idx" ON "Report"("source", "createdAt");
CREATE INDEX "Appeal_createdAt_idx" ON "Appeal"("createdAt");
CREATE INDEX "Appeal_decidedAt_idx" ON "Appeal"("decidedAt");
