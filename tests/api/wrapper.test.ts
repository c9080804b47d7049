import { afterEach, describe, expect, it } from "vitest";
import { GET as unknownPath } from "@/app/api/v1/[[...path]]/route";
import { GET as getCase } from "@/app/api/v1/cases/[id]/route";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { POST as postReports } from "@/app/api/v1/reports/route";
import { revokeApiToken } from "@/lib/admin/api-tokens/service";
import { prisma } from "@/lib/db/prisma";
import { call, makeApiToken, tokenAndWorld } from "@/tests/support/api";

const PROBLEM = "application/problem+json";

afterEach(() => {
  delete process.env.API_RATE_LIMIT;
  delete process.env.API_RATE_LIMIT_WINDOW;
  delete process.env.API_MAX_BODY_BYTES;
});

describe("API token authentication", () => {
  it("refuses a request without a token with 401 problem+json and a Bearer challenge", async () => {
    const res = await call(getCase, "/api/v1/cases/x", { params: { id: "x" } });
    expect(res.status).toBe(401);
    expect(res.contentType).toBe(PROBLEM);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ type: "urn:tsc:problem:unauthenticated", status: 401, title: expect.any(String) });
    expect(res.body.detail).toContain("Authorization: Bearer");
  });

  it("refuses malformed, unknown and revoked tokens", async () => {
    const malformed = await call(getCase, "/api/v1/cases/x", {
      headers: { authorization: "Token abc" },
      params: { id: "x" },
    });
    expect(malformed.status).toBe(401);
    const notOurs = await call(getCase, "/api/v1/cases/x", { token: "ghp_abcdef", params: { id: "x" } });
    expect(notOurs.status).toBe(401);
    const unknown = await call(getCase, "/api/v1/cases/x", { token: `tsc_${"A".repeat(43)}`, params: { id: "x" } });
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toContain("not known");

    const { token, id, admin } = await makeApiToken();
    expect((await call(getCase, "/api/v1/cases/x", { token, params: { id: "x" } })).status).toBe(404);
    await revokeApiToken({ id: admin.id, email: admin.email, name: admin.name, role: admin.role }, { tokenId: id });
    const revoked = await call(getCase, "/api/v1/cases/x", { token, params: { id: "x" } });
    expect(revoked.status).toBe(401);
    expect(revoked.contentType).toBe(PROBLEM);
    expect(revoked.body.detail).toContain("revoked");
  });

  it("records when a token was last used", async () => {
    const { token, id } = await makeApiToken();
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    const before = Date.now();
    await call(getCase, "/api/v1/cases/x", { token, params: { id: "x" } });
    const used = (await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(used?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After once a token exceeds its limit, counted in the database", async () => {
    process.env.API_RATE_LIMIT = "3";
    process.env.API_RATE_LIMIT_WINDOW = "60";
    const { token, id } = await makeApiToken();
    const other = await makeApiToken();
    for (let i = 0; i < 3; i++) {
      const res = await call(getCase, "/api/v1/cases/x", { token, params: { id: "x" } });
      expect(res.status).toBe(404);
      expect(res.headers.get("ratelimit-remaining")).toBe(String(2 - i));
    }
    const limited = await call(getCase, "/api/v1/cases/x", { token, params: { id: "x" } });
    expect(limited.status).toBe(429);
    expect(limited.contentType).toBe(PROBLEM);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body).toMatchObject({ status: 429, type: "urn:tsc:problem:rate-limited" });
    // The counter lives in PostgreSQL, so every app instance sees the same count.
    const windows = await prisma.apiRateLimit.findMany({ where: { tokenId: id } });
    expect(windows).toHaveLength(1);
    expect(windows[0]!.count).toBe(4);
    // Another token has its own allowance.
    expect((await call(getCase, "/api/v1/cases/x", { token: other.token, params: { id: "x" } })).status).toBe(404);
  });

  it("holds under concurrent requests: exactly the limit gets through", async () => {
    process.env.API_RATE_LIMIT = "5";
    const { token } = await makeApiToken();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => call(getCase, "/api/v1/cases/x", { token, params: { id: "x" } })),
    );
    expect(results.filter((r) => r.status === 404)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(7);
  });
});

describe("request bodies", () => {
  it("refuses a body over the limit with 413 before parsing it, declared or streamed", async () => {
    process.env.API_MAX_BODY_BYTES = "2048";
    const { token } = await makeApiToken();
    const big = JSON.stringify({ messages: [{ id: "m", body: "x".repeat(5000) }] });
    const declared = await call(postMessages, "/api/v1/messages", {
      token,
      rawBody: big,
      headers: { "content-type": "application/json" },
    });
    expect(declared.status).toBe(413);
    expect(declared.contentType).toBe(PROBLEM);
    expect(declared.body.detail).toContain("2,048 bytes");

    // No Content-Length (chunked): cut off while reading, and never parsed
    // (this stream is not even valid JSON).
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 100_000) return controller.close();
        sent += 1024;
        controller.enqueue(new TextEncoder().encode("{".repeat(1024)));
      },
    });
    const streamed = await call(postMessages, "/api/v1/messages", {
      token,
      rawBody: stream,
      headers: { "content-type": "application/json" },
    });
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(10_000);
  });

  it("explains malformed JSON (400) and a body that is not JSON (415)", async () => {
    const { token } = await makeApiToken();
    const malformed = await call(postMessages, "/api/v1/messages", {
      token,
      rawBody: '{"messages": [',
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toBe(PROBLEM);
    expect(malformed.body.detail).toContain("not valid JSON");
    const form = await call(postMessages, "/api/v1/messages", {
      token,
      rawBody: "a=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
  });

  it("names every bad field in a 422 problem, with JSON pointers", async () => {
    const { token, w } = await tokenAndWorld();
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        accounts: [{ ...w.client, kind: "ADMIN" }],
        messages: [
          { id: "ok-1", threadId: "t", authorId: "a", body: "hi", sentAt: "2026-11-02T09:00:00Z" },
          { id: "", threadId: "t", authorId: "a", body: 42, sentAt: "yesterday", extra: true },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.contentType).toBe(PROBLEM);
    expect(res.body.type).toBe("urn:tsc:problem:invalid");
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "accounts[0].kind",
        "messages[1].id",
        "messages[1].body",
        "messages[1].sentAt",
        "messages[1]",
      ]),
    );
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain("/messages/1/sentAt");
    const sentAt = res.body.errors.find((e: { field: string }) => e.field === "messages[1].sentAt");
    expect(sentAt.detail).toContain("ISO 8601");
    const extra = res.body.errors.find((e: { field: string }) => e.field === "messages[1]");
    expect(extra.detail).toContain("extra");
  });

  it("rejects an id used twice in one request", async () => {
    const { token } = await makeApiToken();
    const m = { id: "dup", threadId: "t", authorId: "a", body: "hi", sentAt: "2026-11-02T09:00:00Z" };
    const res = await call(postMessages, "/api/v1/messages", { token, body: { messages: [m, m] } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "messages[1].id", detail: expect.stringContaining("Duplicate") }),
    ]);
  });

  it("answers unknown API paths with a 404 problem, not an HTML page", async () => {
    const res = await call(unknownPath, "/api/v1/nope");
    expect(res.status).toBe(404);
    expect(res.contentType).toBe(PROBLEM);
  });

  it("does not let a report's id collide with the detector's automatic ids", async () => {
    const { token } = await makeApiToken();
    const res = await call(postReports, "/api/v1/reports", {
      token,
      body: { id: "auto:x", reason: "SPAM", subject: { type: "JOB", id: "j" } },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe("id");
  });
});

describe("text fields", () => {
  it("refuses NUL characters, which PostgreSQL cannot store, naming the field", async () => {
    const { token } = await makeApiToken();
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        messages: [{ id: "m", threadId: "t", authorId: "a", body: "bad\u0000byte", sentAt: "2026-11-02T09:00:00Z" }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "messages[0].body", detail: expect.stringContaining("NUL") }),
    ]);
  });

  it("refuses a lone surrogate, which is not text, naming the field, and stores nothing of the batch", async () => {
    const { token } = await makeApiToken();
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        messages: [
          { id: "ok-1", threadId: "t-s", authorId: "a-s", body: "fine", sentAt: "2026-11-02T09:00:00Z" },
          { id: "bad-2", threadId: "t-s", authorId: "a-s", body: "half \ud800 emoji", sentAt: "2026-11-02T09:01:00Z" },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "messages[1].body", detail: expect.stringContaining("well-formed") }),
    ]);
  });
});

describe("poison input", () => {
  const message = (sentAt: string) => ({
    messages: [{ id: "m-date", threadId: "t", authorId: "a", body: "hi", sentAt }],
  });

  it("refuses dates PostgreSQL cannot store with one error on the field, a malformed one too", async () => {
    const { token } = await makeApiToken();
    for (const sentAt of ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-12:00", "2026-02-30T10:00:00Z", "soon"]) {
      const res = await call(postMessages, "/api/v1/messages", { token, body: message(sentAt) });
      expect(res.status, sentAt).toBe(422);
      expect(res.body.errors, sentAt).toEqual([expect.objectContaining({ field: "messages[0].sentAt" })]);
    }
  });

  it("refuses NUL and lone surrogates in any field, path parameters included, before the schema", async () => {
    const { token } = await makeApiToken();
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        messages: [{ id: "m\u0000", threadId: "t\ud800", authorId: "a", body: "x", sentAt: "2026-11-02T09:00:00Z" }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      "/messages/0/id",
      "/messages/0/threadId",
    ]);

    const path = await call(getCase, "/api/v1/cases/%00", { token, params: { id: "\u0000" } });
    expect(path.status).toBe(422);
    expect(path.contentType).toBe(PROBLEM);
    expect(path.body.errors).toEqual([expect.objectContaining({ field: "id", in: "path" })]);
  });

  it("answers a method a route does not take with 405 problem+json naming the allowed ones", async () => {
    const { GET } = await import("@/app/api/v1/messages/route");
    const res = await call(GET, "/api/v1/messages");
    expect(res.status).toBe(405);
    expect(res.contentType).toBe(PROBLEM);
    expect(res.headers.get("allow")).toBe("OPTIONS, POST");
    expect(res.body.code).toBe("METHOD_NOT_ALLOWED");
  });
});
