-- Job postings are scanned by the detector like messages: their findings,
-- the detector version that produced them, and an audit action for a
-- change of a job's text (which triggers a rescan).
ALTER TYPE "AuditAction" ADD VALUE 'JOB_TEXT_CHANGED';

CREATE TYPE "JobTextField" AS ENUM ('TITLE', 'DESCRIPTION');

ALTER TABLE "JobPosting" ADD COLUMN "detectorVersion" TEXT,
ADD COLUMN "scannedAt" TIMESTAMP(3);

CREATE INDEX "JobPosting_detectorVersion_idx" ON "JobPosting"("detectorVersion");

CREATE TABLE "JobFinding" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "field" "JobTextField" NOT NULL,
    "category" "FindingCategory" NOT NULL,
    "ruleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "value" TEXT,
    "violation" BOOLEAN NOT NULL,
    "severity" "Severity" NOT NULL,
    "explanation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobFinding_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "JobFinding_jobId_idx" ON "JobFinding"("jobId");

CREATE INDEX "JobFinding_value_idx" ON "JobFinding"("value");

ALTER TABLE "JobFinding" ADD CONSTRAINT "JobFinding_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
