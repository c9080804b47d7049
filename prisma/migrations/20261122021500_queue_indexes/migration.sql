-- The triage queue's read paths (issue #4). Hand-written: Prisma's schema
-- language cannot express partial indexes or trigram operator classes, so
-- each is listed in EXTRA_INDEXES in tests/schema-agreement.test.ts.

-- Substring search on handles and job titles ("maria" finds hr_desk_maria).
-- pg_trgm ships with PostgreSQL's contrib modules, the embedded server included.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The open queue in its three orders. Partial on the open statuses, so they
-- stay the size of the queue however many cases are closed over the years,
-- and one ordered index scan serves "Unassigned", "All open" and claim-next
-- (the predicate covers the IN-list the queries use, so the planner proves it).
CREATE INDEX "Case_open_priority_idx" ON "Case"("priority" DESC, "id") WHERE "status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED');
CREATE INDEX "Case_open_waiting_idx" ON "Case"("firstReportedAt", "id") WHERE "status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED');
CREATE INDEX "Case_open_latest_idx" ON "Case"("lastReportedAt", "id") WHERE "status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED');

-- The "Resolved" tab, most recently closed first.
CREATE INDEX "Case_closed_idx" ON "Case"("closedAt", "id") WHERE "status" IN ('RESOLVED', 'DISMISSED');

CREATE INDEX "Account_handle_trgm_idx" ON "Account" USING gin ("handle" gin_trgm_ops);
CREATE INDEX "JobPosting_title_trgm_idx" ON "JobPosting" USING gin ("title" gin_trgm_ops);
