-- Platform API (issue 8): per-token request counters for rate limiting, and
-- the audit actions for the platform's delivery acknowledgements.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'REPLY_DELIVERED';
ALTER TYPE "AuditAction" ADD VALUE 'REPLY_FAILED';

-- CreateTable
CREATE TABLE "ApiRateLimit" (
    "tokenId" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiRateLimit_pkey" PRIMARY KEY ("tokenId","windowStart")
);

-- AddForeignKey
ALTER TABLE "ApiRateLimit" ADD CONSTRAINT "ApiRateLimit_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
