-- Sign-in throttling keys failures by e-mail and address together, limits each address as a whole,
-- and prunes rows older than its longest window: one index for each of those three lookups.
DROP INDEX "SignInAttempt_email_createdAt_idx";
CREATE INDEX "SignInAttempt_email_ip_createdAt_idx" ON "SignInAttempt"("email", "ip", "createdAt");
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");
