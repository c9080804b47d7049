import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "@/lib/admin/api-tokens/token";

describe("API tokens", () => {
  it("are 32 random bytes in base64url behind a readable prefix, stored as SHA-256", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^tsc_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.prefix).toBe(a.token.slice(0, 12));
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token.slice(4));
  });

  it("recognises their shape", () => {
    expect(looksLikeApiToken(generateApiToken().token)).toBe(true);
    expect(looksLikeApiToken("tsc_short")).toBe(false);
    expect(looksLikeApiToken(`xyz_${"a".repeat(43)}`)).toBe(false);
  });
});
