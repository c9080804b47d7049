import { describe, expect, it } from "vitest";
import { POST as postContracts } from "@/app/api/v1/contracts/route";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { prisma } from "@/lib/db/prisma";
import { call, tokenAndWorld } from "@/tests/support/api";

async function world() {
  const { token, w } = await tokenAndWorld();
  await call(postMessages, "/api/v1/messages", {
    token,
    body: w.batch(w.message("m1", "freelancer", "Call me on +44 7911 123456", "2026-11-05T09:00:00Z")),
  });
  return { token, w };
}

describe("POST /api/v1/contracts", () => {
  it("records a start and an end; both are idempotent", async () => {
    const { token, w } = await world();
    const started = { id: `${w.prefix}-c1`, threadId: w.thread.id, event: "started", at: "2026-11-04T12:00:00Z" };
    const res = await call(postContracts, "/api/v1/contracts", { token, body: started });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: started.id,
      status: "created",
      threadId: w.thread.id,
      startedAt: "2026-11-04T12:00:00.000Z",
      endedAt: null,
    });
    const again = await call(postContracts, "/api/v1/contracts", { token, body: started });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe("unchanged");

    const ended = { ...started, event: "ended", at: "2026-11-20T12:00:00Z" };
    const end = await call(postContracts, "/api/v1/contracts", { token, body: ended });
    expect(end.status).toBe(200);
    expect(end.body).toMatchObject({ status: "updated", endedAt: "2026-11-20T12:00:00.000Z" });
    expect((await call(postContracts, "/api/v1/contracts", { token, body: ended })).body.status).toBe("unchanged");
    expect(await prisma.contract.count({ where: { externalId: started.id } })).toBe(1);
  });

  it("never rewrites messages already stored", async () => {
    const { token, w } = await world();
    const before = await prisma.message.findUniqueOrThrow({
      where: { externalId: `${w.prefix}-m1` },
      include: { findings: true },
    });
    expect(before.contractActive).toBe(false);
    // A contract reported late, covering the message's time.
    await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-c1`, threadId: w.thread.id, event: "started", at: "2026-11-01T00:00:00Z" },
    });
    const after = await prisma.message.findUniqueOrThrow({
      where: { externalId: `${w.prefix}-m1` },
      include: { findings: true },
    });
    expect(after.contractActive).toBe(false);
    expect(after.findings).toEqual(before.findings);
  });

  it("refuses an end without a start, an end before the start, and an unknown thread (422)", async () => {
    const { token, w } = await world();
    const noStart = await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-cx`, threadId: w.thread.id, event: "ended", at: "2026-11-20T12:00:00Z" },
    });
    expect(noStart.status).toBe(422);
    expect(noStart.body.detail).toContain("has not started");

    await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-c1`, threadId: w.thread.id, event: "started", at: "2026-11-04T12:00:00Z" },
    });
    const early = await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-c1`, threadId: w.thread.id, event: "ended", at: "2026-11-01T12:00:00Z" },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe("at");

    const thread = await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: `${w.prefix}-c2`, threadId: "nope", event: "started", at: "2026-11-04T12:00:00Z" },
    });
    expect(thread.status).toBe(422);
    expect(thread.body.errors[0]).toMatchObject({
      field: "threadId",
      detail: expect.stringContaining('Unknown thread "nope"'),
    });
    expect(await prisma.contract.count({ where: { externalId: { in: [`${w.prefix}-cx`, `${w.prefix}-c2`] } } })).toBe(
      0,
    );
  });

  it("refuses contradicting events (409) and bad input (422)", async () => {
    const { token, w } = await world();
    const started = { id: `${w.prefix}-c1`, threadId: w.thread.id, event: "started", at: "2026-11-04T12:00:00Z" };
    await call(postContracts, "/api/v1/contracts", { token, body: started });
    const restart = await call(postContracts, "/api/v1/contracts", {
      token,
      body: { ...started, at: "2026-11-05T12:00:00Z" },
    });
    expect(restart.status).toBe(409);
    const bad = await call(postContracts, "/api/v1/contracts", {
      token,
      body: { id: "c", threadId: w.thread.id, event: "paused", at: "soon" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["at", "event"]);
  });
});
