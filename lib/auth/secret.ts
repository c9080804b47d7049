import { serverEnv } from "@/lib/config/env";

/**
 * The key that signs session cookies. `npm start` provides one (generated
 * and kept under .data/ for the embedded default); a production server
 * refuses to run without it rather than fall back to something guessable.
 */
export class MissingSecretError extends Error {
  override name = "MissingSecretError";
}

export function authSecret(): string | undefined {
  const env = serverEnv();
  const secret = env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new MissingSecretError(
      "NEXTAUTH_SECRET is not set. Generate one (openssl rand -base64 32) and set it; the console refuses to run in production without it.",
    );
  }
  return "development-only-secret-do-not-use-in-production";
}
