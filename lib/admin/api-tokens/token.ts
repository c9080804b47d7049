import { createHash, randomBytes } from "node:crypto";

/**
 * API tokens look like `tsc_<43 base64url characters>` (32 random bytes).
 * The readable prefix tells people and secret scanners what it is; the
 * first characters are kept as `prefix` so admins can tell tokens apart.
 * Only the SHA-256 of the whole token is stored: a fast hash is enough for
 * 256 random bits, and it lets every request find its token by index.
 */
export const TOKEN_PREFIX = "tsc_";
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
const TOKEN_PATTERN = /^tsc_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check, so garbage never reaches the database. */
export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
