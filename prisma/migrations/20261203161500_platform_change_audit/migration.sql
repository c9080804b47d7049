-- Every change the platform makes to an account, job or thread is audited
-- with the fields it changed (lib/platform/entities.ts).
ALTER TYPE "AuditAction" ADD VALUE 'ACCOUNT_UPDATED';
ALTER TYPE "AuditAction" ADD VALUE 'JOB_UPDATED';
ALTER TYPE "AuditAction" ADD VALUE 'THREAD_UPDATED';

-- The reported text as it stood when the report arrived (a job's title and
-- description, a message's body, a topic's title, an account's names), so
-- the case page can show what the reporter saw even after the platform
-- changed it. NULL for reports filed before this column existed.
ALTER TABLE "Report" ADD COLUMN "subjectSnapshot" JSONB;
