-- Revocable sessions: the session cookie carries the version it was minted at; sign-out, "sign out
-- everywhere" and (de)activation bump it, so an older cookie replayed later signs nobody in.
ALTER TABLE "ConsoleUser" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

ALTER TYPE "AuditAction" ADD VALUE 'USER_SIGNED_OUT_EVERYWHERE';
