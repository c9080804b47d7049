import { describe, expect, it } from "vitest";
import { POST as postContracts } from "@/app/api/v1/contracts/route";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { prisma } from "@/lib/db/prisma";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { detectIn, scanMessage } from "@/lib/scanning/scan";
import { call, platformWorld, tokenAndWorld } from "@/tests/support/api";

const VIOLATION = "Add me on telegram @design_pro_77 so we can talk faster.";

function firstBatch(w: ReturnType<typeof platformWorld>) {
  return w.batch(
    w.message("m1", "client", "Hi, thanks for applying! Can you start Monday?", "2026-11-02T09:00:00Z"),
    w.message("m2", "freelancer", VIOLATION, "2026-11-02T09:05:00Z"),
  );
}

async function countRows(prefix: string) {
  const [accounts, jobs, threads, messages] = await Promise.all([
    prisma.account.count({ where: { externalId: { startsWith: prefix } } }),
    prisma.jobPosting.count({ where: { externalId: { startsWith: prefix } } }),
    prisma.thread.count({ where: { externalId: { startsWith: prefix } } }),
    prisma.message.count({ where: { externalId: { startsWith: prefix } } }),
  ]);
  return { accounts, jobs, threads, messages };
}

describe("POST /api/v1/messages", () => {
  it("stores a batch with its thread, job and authors and scans every message in the same request", async () => {
    const { token, w } = await tokenAndWorld();
    const res = await call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) });
    expect(res.status).toBe(201);
    expect(res.body.accounts).toEqual([
      { id: w.client.id, status: "created" },
      { id: w.freelancer.id, status: "created" },
    ]);
    expect(res.body.jobs).toEqual([{ id: w.job.id, status: "created" }]);
    expect(res.body.threads).toEqual([{ id: w.thread.id, status: "created" }]);
    const [innocent, violating] = res.body.messages;
    expect(innocent).toMatchObject({
      id: `${w.prefix}-m1`,
      status: "created",
      contractActive: false,
      violations: 0,
      caseId: null,
    });
    expect(violating).toMatchObject({ id: `${w.prefix}-m2`, status: "created", contractActive: false });
    expect(violating.violations).toBeGreaterThan(0);

    const stored = await prisma.message.findUniqueOrThrow({
      where: { externalId: `${w.prefix}-m2` },
      include: { findings: true, thread: true, author: true },
    });
    expect(stored.detectorVersion).toBe(DETECTOR_VERSION);
    expect(stored.scannedAt).not.toBeNull();
    expect(stored.findings.length).toBe(violating.findings);
    expect(stored.author.externalId).toBe(w.freelancer.id);
    const client = await prisma.account.findUniqueOrThrow({ where: { externalId: w.client.id } });
    expect(stored.thread.clientId).toBe(client.id);
    expect(client).toMatchObject({ handle: w.client.handle, kind: "CLIENT", paymentVerified: true, country: "DE" });

    // The detector's automatic report joined the thread's case.
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: violating.caseId }, include: { reports: true } });
    expect(kase.subjectType).toBe("THREAD");
    expect(kase.threadId).toBe(stored.threadId);
    expect(kase.reports).toEqual([expect.objectContaining({ source: "AUTOMATIC", externalId: `auto:${stored.id}` })]);
  });

  it("changes nothing when the same batch is sent again, and says so", async () => {
    const { token, w } = await tokenAndWorld();
    const first = await call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) });
    const findingsBefore = await prisma.finding.count({ where: { message: { externalId: { startsWith: w.prefix } } } });
    const eventsBefore = await prisma.auditEvent.count();

    const again = await call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) });
    expect(again.status).toBe(200);
    expect(again.body.messages.map((m: { status: string }) => m.status)).toEqual(["unchanged", "unchanged"]);
    expect(again.body.accounts.map((a: { status: string }) => a.status)).toEqual(["unchanged", "unchanged"]);
    expect(again.body.jobs[0].status).toBe("unchanged");
    expect(again.body.threads[0].status).toBe("unchanged");
    // The replay reports what the first scan found, without scanning again.
    expect(again.body.messages).toEqual(first.body.messages.map((m: object) => ({ ...m, status: "unchanged" })));
    expect(await countRows(w.prefix)).toEqual({ accounts: 2, jobs: 1, threads: 1, messages: 2 });
    expect(await prisma.finding.count({ where: { message: { externalId: { startsWith: w.prefix } } } })).toBe(
      findingsBefore,
    );
    expect(await prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it("updates an account or job that changed on the platform", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) });
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        accounts: [{ ...w.client, displayName: "Casey C.", badges: ["top-rated"] }, w.freelancer],
        jobs: [{ ...w.job, title: "Landing page redesign (urgent)" }],
        messages: [w.message("m3", "client", "Great, see you Monday.", "2026-11-02T10:00:00Z")],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.accounts).toEqual([
      { id: w.client.id, status: "updated" },
      { id: w.freelancer.id, status: "unchanged" },
    ]);
    expect(res.body.jobs).toEqual([{ id: w.job.id, status: "updated" }]);
    const client = await prisma.account.findUniqueOrThrow({ where: { externalId: w.client.id } });
    expect(client.displayName).toBe("Casey C.");
    expect(client.badges).toEqual(["top-rated"]);
  });

  it("computes contractActive from the thread's contracts at each message's sentAt", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) });
    await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-c`, threadId: w.thread.id, event: "started", at: "2026-11-03T12:00:00Z" },
    });
    await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-c`, threadId: w.thread.id, event: "ended", at: "2026-11-10T12:00:00Z" },
    });
    const msg = (n: number, sentAt: string) => ({
      id: `${w.prefix}-late-${n}`,
      threadId: w.thread.id,
      authorId: w.freelancer.id,
      body: "My WhatsApp is +44 7911 123456",
      sentAt,
    });
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        messages: [
          msg(1, "2026-11-03T11:59:59Z"),
          msg(2, "2026-11-03T12:00:00Z"),
          msg(3, "2026-11-09T08:00:00+02:00"),
          msg(4, "2026-11-10T12:00:00Z"),
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.messages.map((m: { contractActive: boolean }) => m.contractActive)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    // Sharing a phone number is fine under a contract, a violation before it.
    expect(res.body.messages[0].violations).toBeGreaterThan(0);
    expect(res.body.messages[1].violations).toBe(0);
  });

  it("refuses unknown references with 422 naming each place, and writes nothing", async () => {
    const { token, w } = await tokenAndWorld();
    const before = await countRows(w.prefix);
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        accounts: [w.client],
        jobs: [w.job],
        threads: [w.thread],
        messages: [
          w.message("m1", "client", "ok", "2026-11-02T09:00:00Z"),
          {
            id: `${w.prefix}-m2`,
            threadId: "no-such-thread",
            authorId: "no-such-account",
            body: "ok",
            sentAt: "2026-11-02T09:00:00Z",
          },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.contentType).toBe("application/problem+json");
    const byField = Object.fromEntries(
      res.body.errors.map((e: { field: string; detail: string }) => [e.field, e.detail]),
    );
    expect(byField["threads[0].freelancerId"]).toContain(`Unknown account "${w.freelancer.id}"`);
    expect(byField["messages[1].authorId"]).toContain('Unknown account "no-such-account"');
    expect(byField["messages[1].threadId"]).toContain('Unknown thread "no-such-thread"');
    expect(await countRows(w.prefix)).toEqual(before);
  });

  it("is all or nothing: a bad item found while writing rolls back the whole batch", async () => {
    const { token, w } = await tokenAndWorld();
    const stranger = { ...platformWorld().freelancer };
    const batch = firstBatch(w);
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        ...batch,
        accounts: [...batch.accounts, stranger],
        messages: [
          ...batch.messages,
          {
            id: `${w.prefix}-m9`,
            threadId: w.thread.id,
            authorId: stranger.id,
            body: "I am not in this thread",
            sentAt: "2026-11-02T09:10:00Z",
          },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "messages[2].authorId", detail: expect.stringContaining("not a participant") }),
    ]);
    expect(await countRows(w.prefix)).toEqual({ accounts: 0, jobs: 0, threads: 0, messages: 0 });
    expect(await prisma.account.count({ where: { externalId: stranger.id } })).toBe(0);
  });

  it("refuses the same message id with different content (409), keeping the stored one", async () => {
    const { token, w } = await tokenAndWorld();
    const batch = firstBatch(w);
    await call(postMessages, "/api/v1/messages", { token, body: batch });
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        messages: [
          { ...batch.messages[0]!, id: `${w.prefix}-new` },
          { ...batch.messages[1]!, body: "edited" },
        ],
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].field).toBe("messages[1]");
    expect((await prisma.message.findUniqueOrThrow({ where: { externalId: `${w.prefix}-m2` } })).body).toBe(VIOLATION);
    expect(await prisma.message.count({ where: { externalId: `${w.prefix}-new` } })).toBe(0);
  });

  it("refuses a job moving to another client (409)", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) });
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: { jobs: [{ ...w.job, clientId: w.freelancer.id }], messages: [firstBatch(w).messages[0]] },
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ field: "jobs[0].clientId" });
  });

  it("stores a batch sent twice at the same time once, without errors", async () => {
    const { token, w } = await tokenAndWorld();
    const results = await Promise.all(
      [1, 2, 3].map(() => call(postMessages, "/api/v1/messages", { token, body: firstBatch(w) })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(await countRows(w.prefix)).toEqual({ accounts: 2, jobs: 1, threads: 1, messages: 2 });
    expect(
      await prisma.report.count({ where: { source: "AUTOMATIC", message: null, thread: { externalId: w.thread.id } } }),
    ).toBe(1);
  });

  it("accepts forum topics, whose posts anyone may write", async () => {
    const { token, w } = await tokenAndWorld();
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: {
        accounts: [w.freelancer],
        threads: [{ id: `${w.prefix}-topic`, kind: "FORUM_TOPIC", title: "Tips for a first contract" }],
        messages: [
          {
            id: `${w.prefix}-post`,
            threadId: `${w.prefix}-topic`,
            authorId: w.freelancer.id,
            body: "Keep everything in the platform's messages.",
            sentAt: "2026-11-02T09:00:00Z",
          },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.threads).toEqual([{ id: `${w.prefix}-topic`, status: "created" }]);
  });
});

describe("the thread as the detector's context", () => {
  it("reads an answer to a request for contact details as sharing them, on ingest and on rescan", async () => {
    const { token, w } = await tokenAndWorld();
    const batch = w.batch(
      w.message("q", "client", "What's your telegram?", "2026-11-02T09:00:00Z"),
      w.message("a", "freelancer", "it's zoe_copy_77", "2026-11-02T09:01:00Z"),
    );
    // Alone, the answer says nothing the detector can act on.
    expect(detectIn({ body: "it's zoe_copy_77", contractActive: false })).toEqual([]);

    const res = await call(postMessages, "/api/v1/messages", { token, body: batch });
    expect(res.status).toBe(201);
    const answer = await prisma.message.findUniqueOrThrow({
      where: { externalId: `${w.prefix}-a` },
      include: { findings: true },
    });
    expect(answer.findings.map((f) => f.ruleId)).toContain("contact.thread-reply");

    // A rescan of the stored message gives it the same context (its predecessors in the thread).
    await prisma.$transaction((tx) => scanMessage(tx, answer.id));
    const rescanned = await prisma.finding.findMany({ where: { messageId: answer.id } });
    expect(rescanned.map((f) => f.ruleId)).toContain("contact.thread-reply");
  });
});
