import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { SafeError } from "@/lib/errors";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://localhost:3100/api/queue/bulk", { method, headers: { host: "localhost:3100", ...headers } });

function refusedCode(r: Request): string | null {
  try {
    assertSameOrigin(r);
    return null;
  } catch (error) {
    return error instanceof SafeError ? error.publicCode : "other";
  }
}

describe("assertSameOrigin", () => {
  it("lets the console's own pages change things", () => {
    expect(refusedCode(request("POST", { "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(refusedCode(request("POST", { origin: "http://localhost:3100" }))).toBeNull();
  });

  it("refuses a form posted from a sibling origin or another site, by Sec-Fetch-Site or Origin", () => {
    expect(refusedCode(request("POST", { "sec-fetch-site": "same-site", origin: "http://localhost:9999" }))).toBe(
      "CROSS_ORIGIN",
    );
    expect(refusedCode(request("POST", { "sec-fetch-site": "cross-site" }))).toBe("CROSS_ORIGIN");
    expect(refusedCode(request("DELETE", { origin: "http://localhost:9999" }))).toBe("CROSS_ORIGIN");
    expect(refusedCode(request("POST", { origin: "null" }))).toBe("CROSS_ORIGIN");
  });

  it("leaves reads alone, and requests no browser page made (no Origin, no Sec-Fetch-Site)", () => {
    expect(refusedCode(request("GET", { "sec-fetch-site": "cross-site" }))).toBeNull();
    expect(refusedCode(request("POST", {}))).toBeNull();
  });

  it("compares with the forwarded host behind a proxy", () => {
    expect(
      refusedCode(
        request("POST", { origin: "https://console.example.org", "x-forwarded-host": "console.example.org" }),
      ),
    ).toBeNull();
  });
});
