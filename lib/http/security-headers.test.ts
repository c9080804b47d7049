import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("allow scripts only by this request's nonce, no eval in production, no framing, no plugins, no base", () => {
    const csp = contentSecurityPolicy("abc123");
    const directives = new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp).not.toContain("unsafe-eval");
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("send HSTS only over HTTPS", () => {
    expect(securityHeaders("n", { https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("n", { https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders("n", { https: false })["Permissions-Policy"]).toContain("camera=()");
  });

  it("makes a new 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
