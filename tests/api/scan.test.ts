import { describe, expect, it } from "vitest";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { POST as postScan } from "@/app/api/v1/scan/route";
import { prisma } from "@/lib/db/prisma";
import { SCAN_MAX_BODY_BYTES, SCAN_MAX_TEXT } from "@/lib/api/schemas/scan";
import { revokeApiToken } from "@/lib/admin/api-tokens/service";
import { call, makeApiToken, platformWorld } from "@/tests/support/api";

/** A thread stored through the API, with the messages given (oldest first). */
async function storedThread(token: string, messages: { from: "client" | "freelancer"; body: string }[] = []) {
  const w = platformWorld();
  const res = await call(postMessages, "/api/v1/messages", {
    token,
    body: {
      accounts: [w.client, w.freelancer],
      jobs: [w.job],
      threads: [w.thread],
      messages: messages.map((m, i) => ({
        id: `${w.prefix}-m${i}`,
        threadId: w.thread.id,
        authorId: m.from === "client" ? w.client.id : w.freelancer.id,
        body: m.body,
        sentAt: new Date(Date.UTC(2026, 10, 2, 9, i)).toISOString(),
      })),
    },
  });
  expect(res.status).toBe(201);
  return w;
}

describe("POST /api/v1/scan", () => {
  it("allows a message with nothing against the policy", async () => {
    const { token } = await makeApiToken();
    const res = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "Thanks, I will send the first draft on Friday.", contractActive: false },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ verdict: "allow", findings: [] });
  });

  it("warns for an invitation to another app, with findings in the CLI's shape", async () => {
    const { token } = await makeApiToken();
    const text = "Let's continue on WhatsApp instead";
    const res = await call(postScan, "/api/v1/scan", { token, body: { text, contractActive: false } });
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe("warn");
    expect(res.body.findings).toHaveLength(1);
    const [finding] = res.body.findings;
    expect(Object.keys(finding).sort()).toEqual(
      ["category", "end", "explanation", "ruleId", "severity", "start", "value", "violation"].sort(),
    );
    expect(finding).toMatchObject({ category: "OFF_PLATFORM_COMMUNICATION", violation: true, value: "WhatsApp" });
    expect(text.slice(finding.start, finding.end)).toBe("WhatsApp");
  });

  it("holds contact details before a contract, payment off the platform and personal-data requests; stores nothing", async () => {
    const { token } = await makeApiToken();
    const email = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "my email is lena.ortiz@gmail.com", contractActive: false },
    });
    expect(email.body.verdict).toBe("hold");
    expect(email.body.findings.map((f: { value: string }) => f.value)).toContain("lena.ortiz@gmail.com");
    const payment = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "Pay me via PayPal friends and family, it avoids the fees", contractActive: true },
    });
    expect(payment.body.verdict).toBe("hold");
    const phishing = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "Please send a scan of your passport and your bank login", contractActive: false },
    });
    expect(phishing.body.verdict).toBe("hold");
    // Under a contract the same e-mail is allowed.
    const contract = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "my email is lena.ortiz@gmail.com", contractActive: true },
    });
    expect(contract.body.verdict).toBe("allow");
    expect(contract.body.findings.every((f: { violation: boolean }) => !f.violation)).toBe(true);
    // Nothing was stored: no message, finding or report carries what was checked.
    expect(await prisma.finding.count({ where: { value: "lena.ortiz@gmail.com" } })).toBe(0);
    expect(await prisma.message.count({ where: { body: { contains: "lena.ortiz@gmail.com" } } })).toBe(0);
  });

  it("reads the thread: an @mention of the other party is not a contact handle", async () => {
    const { token } = await makeApiToken();
    const w = await storedThread(token, [{ from: "client", body: "Welcome aboard! Let me know when you are set up." }]);
    const text = `ok @${w.freelancer.handle} I added you on telegram`;
    const alone = await call(postScan, "/api/v1/scan", { token, body: { text, contractActive: false } });
    expect(alone.body.verdict).toBe("hold");
    expect(alone.body.findings.some((f: { ruleId: string }) => f.ruleId === "contact.messaging-handle")).toBe(true);
    const inThread = await call(postScan, "/api/v1/scan", {
      token,
      body: { text, contractActive: false, threadId: w.thread.id, authorId: w.client.id },
    });
    expect(inThread.status).toBe(200);
    expect(inThread.body.findings.some((f: { ruleId: string }) => f.ruleId === "contact.messaging-handle")).toBe(false);
    expect(inThread.body.verdict).not.toBe("hold");
  });

  it("reads the thread: an answer to the other party's request for a handle is contact sharing", async () => {
    const { token } = await makeApiToken();
    const w = await storedThread(token, [
      { from: "freelancer", body: "Happy to help with the redesign." },
      { from: "client", body: "what's your telegram?" },
    ]);
    const text = "same name as my GitHub";
    const alone = await call(postScan, "/api/v1/scan", { token, body: { text, contractActive: false } });
    expect(alone.body.verdict).toBe("allow");
    const answer = await call(postScan, "/api/v1/scan", {
      token,
      body: { text, contractActive: false, threadId: w.thread.id, authorId: w.freelancer.id },
    });
    expect(answer.body.verdict).toBe("hold");
    expect(answer.body.findings.some((f: { category: string }) => f.category === "CONTACT_SHARING")).toBe(true);
    // The request came from the author themself: no answer to read.
    const own = await call(postScan, "/api/v1/scan", {
      token,
      body: { text, contractActive: false, threadId: w.thread.id, authorId: w.client.id },
    });
    expect(own.body.verdict).toBe("allow");
  });

  it("refuses with 422 an author who is not a participant of the thread, an unknown thread or author, and an author without a thread", async () => {
    const { token } = await makeApiToken();
    const w = await storedThread(token, [{ from: "client", body: "Hello" }]);
    const other = await storedThread(token, [{ from: "client", body: "Hello" }]);
    const outsider = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "hi", contractActive: false, threadId: w.thread.id, authorId: other.freelancer.id },
    });
    expect(outsider.status).toBe(422);
    expect(outsider.contentType).toContain("application/problem+json");
    expect(outsider.body.errors).toEqual([
      expect.objectContaining({ field: "authorId", detail: expect.stringContaining("not a participant") }),
    ]);
    const unknownThread = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "hi", contractActive: false, threadId: "thr-does-not-exist" },
    });
    expect(unknownThread.status).toBe(422);
    expect(unknownThread.body.errors[0].field).toBe("threadId");
    const unknownAuthor = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "hi", contractActive: false, threadId: w.thread.id, authorId: "acc-does-not-exist" },
    });
    expect(unknownAuthor.status).toBe(422);
    expect(unknownAuthor.body.errors[0].field).toBe("authorId");
    const noThread = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "hi", contractActive: false, authorId: w.client.id },
    });
    expect(noThread.status).toBe(422);
    expect(noThread.body.errors[0].field).toBe("authorId");
  });

  it("needs a valid token", async () => {
    const body = { text: "hi", contractActive: false };
    const none = await call(postScan, "/api/v1/scan", { body });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const unknown = await call(postScan, "/api/v1/scan", { token: `tsc_${"x".repeat(43)}`, body });
    expect(unknown.status).toBe(401);
    const { token, id } = await makeApiToken();
    expect((await call(postScan, "/api/v1/scan", { token, body })).status).toBe(200);
    const { admin } = await makeApiToken();
    await revokeApiToken({ id: admin.id, email: admin.email, name: admin.name, role: admin.role }, { tokenId: id });
    expect((await call(postScan, "/api/v1/scan", { token, body })).status).toBe(401);
  });

  it("validates the body: types, unknown fields, text length, and a body over the limit is refused before parsing", async () => {
    const { token } = await makeApiToken();
    const missing = await call(postScan, "/api/v1/scan", { token, body: { text: "hi" } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(["contractActive"]);
    const extra = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "hi", contractActive: false, store: true },
    });
    expect(extra.status).toBe(422);
    const long = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "a".repeat(SCAN_MAX_TEXT + 1), contractActive: false },
    });
    expect(long.status).toBe(422);
    expect(long.body.errors[0].field).toBe("text");
    const atLimit = await call(postScan, "/api/v1/scan", {
      token,
      body: { text: "a ".repeat(SCAN_MAX_TEXT / 2), contractActive: false },
    });
    expect(atLimit.status).toBe(200);
    const huge = await call(postScan, "/api/v1/scan", {
      token,
      rawBody: JSON.stringify({ text: "a".repeat(SCAN_MAX_BODY_BYTES), contractActive: false }),
      headers: { "content-type": "application/json" },
    });
    expect(huge.status).toBe(413);
    const malformed = await call(postScan, "/api/v1/scan", {
      token,
      rawBody: "{ not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
  });
});
