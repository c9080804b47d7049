import { describe, expect, it } from "vitest";
import { GET as getCase } from "@/app/api/v1/cases/[id]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { POST as postAck } from "@/app/api/v1/outbox/ack/route";
import { GET as getOutbox } from "@/app/api/v1/outbox/route";
import { POST as postReports } from "@/app/api/v1/reports/route";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";
import { call, makeApiToken, platformWorld, expectNotFound } from "@/tests/support/api";
import { makeConsoleUser } from "@/tests/support/fixtures";

async function reportedCase(token: string) {
  const w = platformWorld();
  const res = await call(postReports, "/api/v1/reports", {
    token,
    body: w.jobReport("r1", w.client.id, { accounts: [w.client], jobs: [w.job] }),
  });
  expect(res.status).toBe(201);
  return { w, caseId: res.body.caseId as string, caseNumber: res.body.caseNumber as number };
}

// Dated far back so they head the outbox whatever other tests queue meanwhile.
let queued = 0;
async function queueReply(caseId: string, recipientExternalId: string, subject = "Thanks for your report") {
  const sender = await makeConsoleUser("SUPPORT");
  const recipient = await prisma.account.findUniqueOrThrow({ where: { externalId: recipientExternalId } });
  return prisma.reply.create({
    data: {
      caseId,
      recipientId: recipient.id,
      audience: "REPORTER",
      subject,
      body: "The job was taken down.",
      senderId: sender.id,
      createdAt: new Date(Date.UTC(2000, 0, 1) + queued++ * 1000),
    },
  });
}

describe("GET /api/v1/cases/{id}", () => {
  it("returns the case's status, reports and decisions, without console internals", async () => {
    const { token } = await makeApiToken();
    const { w, caseId, caseNumber } = await reportedCase(token);
    const moderator = await makeConsoleUser("MODERATOR");
    await prisma.$transaction(async (tx) => {
      await recordAudit(tx, { action: "CLAIMED", actorId: moderator.id, caseId });
      await recordAudit(tx, { action: "NOTE_ADDED", actorId: moderator.id, caseId, reason: "internal note" });
      await recordAudit(tx, {
        action: "JOB_TAKEN_DOWN",
        actorId: moderator.id,
        caseId,
        reason: "Scam: asks for a fee",
        data: { jobId: w.job.id, enforcementId: "e1" },
      });
      await recordAudit(tx, { action: "RESOLVED", actorId: moderator.id, caseId });
      await tx.case.update({
        where: { id: caseId },
        data: { status: "RESOLVED", closedAt: new Date("2026-11-21T10:00:00Z") },
      });
    });

    const res = await call(getCase, `/api/v1/cases/${caseId}`, { token, params: { id: caseId } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: caseId,
      number: caseNumber,
      status: "RESOLVED",
      subject: { type: "JOB", id: w.job.id },
      closedAt: "2026-11-21T10:00:00.000Z",
      reportCount: 1,
      reports: [{ id: `${w.prefix}-r1`, source: "USER", reason: "SCAM_JOB" }],
    });
    expect(res.body.decisions.map((d: { action: string }) => d.action)).toEqual(["JOB_TAKEN_DOWN", "RESOLVED"]);
    expect(res.body.decisions[0]).toMatchObject({ reason: "Scam: asks for a fee", details: { jobId: w.job.id } });
    expect(JSON.stringify(res.body)).not.toContain(moderator.id);
    expect(JSON.stringify(res.body)).not.toContain("internal note");
    expect(res.body.decisions[0].details).not.toHaveProperty("enforcementId");
  });

  it("answers 404 problem+json for an unknown case", async () => {
    const { token } = await makeApiToken();
    expectNotFound(await call(getCase, "/api/v1/cases/nope", { token, params: { id: "nope" } }), "nope");
  });
});

describe("the outbox", () => {
  it("lists queued replies oldest first, and acknowledgements take them out, audited", async () => {
    const { token, id: tokenId } = await makeApiToken();
    const { w, caseId, caseNumber } = await reportedCase(token);
    const first = await queueReply(caseId, w.client.id, "first");
    const second = await queueReply(caseId, w.client.id, "second");

    const outbox = await call(getOutbox, "/api/v1/outbox?limit=1", { token });
    expect(outbox.status).toBe(200);
    expect(outbox.body).toEqual({
      replies: [
        {
          id: first.id,
          caseId,
          caseNumber,
          recipientId: w.client.id,
          audience: "REPORTER",
          subject: "first",
          body: "The job was taken down.",
          queuedAt: first.createdAt.toISOString(),
          statementId: null,
        },
      ],
      more: true,
    });

    const ack = await call(postAck, "/api/v1/outbox/ack", {
      token,
      body: {
        acks: [
          { id: first.id, status: "DELIVERED" },
          { id: second.id, status: "FAILED", reason: "Recipient's inbox is closed" },
        ],
      },
    });
    expect(ack.status).toBe(200);
    expect(ack.body.acks).toEqual([
      { id: first.id, status: "updated", deliveryStatus: "DELIVERED" },
      { id: second.id, status: "updated", deliveryStatus: "FAILED" },
    ]);
    expect(await prisma.reply.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "DELIVERED",
      deliveredAt: expect.any(Date),
    });
    expect(await prisma.reply.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "FAILED",
      failureReason: "Recipient's inbox is closed",
    });
    const events = await prisma.auditEvent.findMany({
      where: { caseId, action: { in: ["REPLY_DELIVERED", "REPLY_FAILED"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorKind, e.reason])).toEqual([
      ["REPLY_DELIVERED", "PLATFORM", null],
      ["REPLY_FAILED", "PLATFORM", "Recipient's inbox is closed"],
    ]);
    expect(events[0]!.data).toMatchObject({ replyId: first.id, tokenId });
    const left = await call(getOutbox, "/api/v1/outbox?limit=500", { token });
    expect(left.body.replies.map((r: { id: string }) => r.id)).not.toContain(first.id);
    expect(left.body.replies.map((r: { id: string }) => r.id)).not.toContain(second.id);

    // The same acknowledgement again changes nothing and says so.
    const again = await call(postAck, "/api/v1/outbox/ack", {
      token,
      body: { acks: [{ id: first.id, status: "DELIVERED" }] },
    });
    expect(again.body.acks).toEqual([{ id: first.id, status: "unchanged", deliveryStatus: "DELIVERED" }]);
    expect(await prisma.auditEvent.count({ where: { caseId, action: "REPLY_DELIVERED" } })).toBe(1);

    // A failed reply may be delivered later (the platform retried)…
    const retried = await call(postAck, "/api/v1/outbox/ack", {
      token,
      body: { acks: [{ id: second.id, status: "DELIVERED" }] },
    });
    expect(retried.body.acks).toEqual([{ id: second.id, status: "updated", deliveryStatus: "DELIVERED" }]);
    expect(await prisma.reply.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "DELIVERED",
      failureReason: null,
    });

    // …but "failed" after "delivered" contradicts it: a conflict.
    const contra = await call(postAck, "/api/v1/outbox/ack", {
      token,
      body: { acks: [{ id: first.id, status: "FAILED", reason: "bounced" }] },
    });
    expect(contra.status).toBe(409);
    expect(contra.body.errors[0].field).toBe("acks[0].status");
  });

  it("is all or nothing: an unknown reply id writes nothing (422)", async () => {
    const { token } = await makeApiToken();
    const { w, caseId } = await reportedCase(token);
    const reply = await queueReply(caseId, w.client.id);
    const res = await call(postAck, "/api/v1/outbox/ack", {
      token,
      body: {
        acks: [
          { id: reply.id, status: "DELIVERED" },
          { id: "no-such-reply", status: "DELIVERED" },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "acks[1].id", detail: expect.stringContaining("no-such-reply") }),
    ]);
    expect((await prisma.reply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe("QUEUED");
  });

  it("validates acknowledgements and the limit", async () => {
    const { token } = await makeApiToken();
    const noReason = await call(postAck, "/api/v1/outbox/ack", {
      token,
      body: {
        acks: [
          { id: "r1", status: "FAILED" },
          { id: "r1", status: "LOST" },
        ],
      },
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "acks[0].reason",
      "acks[1].status",
    ]);
    const limit = await call(getOutbox, "/api/v1/outbox?limit=0", { token });
    expect(limit.status).toBe(422);
    expect(limit.body.errors).toEqual([{ field: "limit", in: "query", detail: "At least 1." }]);
    expect((await call(getOutbox, "/api/v1/outbox?limit=abc", { token })).status).toBe(422);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every call from the same schemas, without a token", async () => {
    const res = await getOpenApi();
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/accounts/{id}",
      "/appeals",
      "/appeals/{id}",
      "/cases/{id}",
      "/contracts",
      "/messages",
      "/outbox",
      "/outbox/ack",
      "/reports",
      "/scan",
    ]);
    expect(doc.paths["/messages"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/MessageBatch",
    });
    expect(doc.paths["/messages"].post.responses["422"].content).toHaveProperty(["application/problem+json"]);
    expect(doc.paths["/reports"].post.responses["429"].headers).toHaveProperty("Retry-After");
    expect(doc.components.schemas.Message.required).toEqual(["id", "threadId", "authorId", "body", "sentAt"]);
    expect(doc.components.schemas.Report.properties.reason.enum).toContain("SCAM_JOB");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
