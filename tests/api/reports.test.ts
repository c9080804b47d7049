import { describe, expect, it } from "vitest";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { POST as postReports } from "@/app/api/v1/reports/route";
import { prisma } from "@/lib/db/prisma";
import { call, makeApiToken, tokenAndWorld } from "@/tests/support/api";
import { uid } from "@/tests/support/fixtures";

function reporter(prefix: string, n: number) {
  return {
    id: `${prefix}-rep${n}`,
    handle: `${prefix}_rep${n}`,
    displayName: `Reporter ${n}`,
    kind: "FREELANCER" as const,
    joinedAt: "2025-01-01T00:00:00Z",
  };
}

describe("POST /api/v1/reports", () => {
  it("files a report on a job sent with it, opening a case, and the next report joins that case", async () => {
    const { token, w } = await tokenAndWorld();
    const first = await call(postReports, "/api/v1/reports", {
      token,
      body: w.jobReport("r1", `${w.prefix}-rep1`, {
        comment: "Asks for a 'registration fee' via Wise",
        reportedAt: "2026-11-20T10:00:00Z",
        accounts: [w.client, reporter(w.prefix, 1)],
        jobs: [w.job],
      }),
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: `${w.prefix}-r1`,
      status: "created",
      caseOpened: true,
      caseNumber: expect.any(Number),
    });
    expect(first.body.accounts).toEqual([
      { id: w.client.id, status: "created" },
      { id: `${w.prefix}-rep1`, status: "created" },
    ]);

    const second = await call(postReports, "/api/v1/reports", {
      token,
      body: w.jobReport("r2", `${w.prefix}-rep2`, { accounts: [reporter(w.prefix, 2)] }),
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ caseId: first.body.caseId, caseOpened: false });

    const kase = await prisma.case.findUniqueOrThrow({
      where: { id: first.body.caseId },
      include: { reports: { orderBy: { createdAt: "asc" } } },
    });
    expect(kase).toMatchObject({ subjectType: "JOB", reportCount: 2, reporterCount: 2, status: "OPEN" });
    expect(kase.reports[0]).toMatchObject({
      source: "USER",
      reason: "SCAM_JOB",
      comment: "Asks for a 'registration fee' via Wise",
    });
    expect(kase.reports[0]!.createdAt.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    const events = await prisma.auditEvent.findMany({ where: { caseId: kase.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorKind])).toEqual([
      ["CASE_OPENED", "PLATFORM"],
      ["REPORT_RECEIVED", "PLATFORM"],
      ["REPORT_RECEIVED", "PLATFORM"],
    ]);
  });

  it("changes nothing when the same report is sent again, and says so", async () => {
    const { token, w } = await tokenAndWorld();
    const body = {
      id: `${w.prefix}-r1`,
      reason: "SPAM",
      subject: { type: "ACCOUNT", id: w.client.id },
      accounts: [w.client],
    };
    const first = await call(postReports, "/api/v1/reports", { token, body });
    const events = await prisma.auditEvent.count({ where: { caseId: first.body.caseId } });
    const again = await call(postReports, "/api/v1/reports", { token, body });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: "unchanged",
      reportId: first.body.reportId,
      caseId: first.body.caseId,
      caseOpened: false,
    });
    expect(again.body.accounts).toEqual([{ id: w.client.id, status: "unchanged" }]);
    expect(await prisma.report.count({ where: { caseId: first.body.caseId } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { caseId: first.body.caseId } })).toBe(events);
  });

  it("refuses the same report id for a different report (409)", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postReports, "/api/v1/reports", {
      token,
      body: {
        id: `${w.prefix}-r1`,
        reason: "SPAM",
        subject: { type: "ACCOUNT", id: w.client.id },
        accounts: [w.client],
      },
    });
    const res = await call(postReports, "/api/v1/reports", {
      token,
      body: { id: `${w.prefix}-r1`, reason: "HARASSMENT", subject: { type: "ACCOUNT", id: w.client.id } },
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].field).toBe("id");
  });

  it("reports a message and a thread sent earlier", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", {
      token,
      body: w.batch(w.message("m1", "client", "Send me your ID scan", "2026-11-02T09:00:00Z")),
    });
    const onMessage = await call(postReports, "/api/v1/reports", {
      token,
      body: {
        id: `${w.prefix}-r1`,
        reason: "PHISHING",
        reporterId: w.freelancer.id,
        subject: { type: "MESSAGE", id: `${w.prefix}-m1` },
      },
    });
    expect(onMessage.status).toBe(201);
    const report = await prisma.report.findUniqueOrThrow({ where: { externalId: `${w.prefix}-r1` } });
    expect(report).toMatchObject({ subjectType: "MESSAGE", categories: ["PERSONAL_DATA_REQUEST"] });
    const onThread = await call(postReports, "/api/v1/reports", {
      token,
      body: { id: `${w.prefix}-r2`, reason: "OTHER", subject: { type: "THREAD", id: w.thread.id } },
    });
    expect(onThread.status).toBe(201);
  });

  it("refuses an unknown subject or reporter with 422 naming the field, and writes nothing", async () => {
    const { token } = await makeApiToken();
    const id = `r-${uid()}`;
    const job = await call(postReports, "/api/v1/reports", {
      token,
      body: { id, reason: "SCAM_JOB", reporterId: "ghost", subject: { type: "JOB", id: "no-such-job" } },
    });
    expect(job.status).toBe(422);
    expect(job.contentType).toBe("application/problem+json");
    expect(job.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["reporterId", "subject.id"]);
    expect(job.body.errors.find((e: { field: string }) => e.field === "subject.id").detail).toContain(
      'Unknown job "no-such-job"',
    );

    const message = await call(postReports, "/api/v1/reports", {
      token,
      body: { id, reason: "SPAM", subject: { type: "MESSAGE", id: "no-such-message" } },
    });
    expect(message.status).toBe(422);
    expect(message.body.errors[0]).toMatchObject({
      field: "subject.id",
      pointer: "/subject/id",
      detail: expect.stringContaining("POST /api/v1/messages"),
    });
    expect(await prisma.report.count({ where: { externalId: id } })).toBe(0);
  });

  it("validates the reason, comment length and date", async () => {
    const { token } = await makeApiToken();
    const res = await call(postReports, "/api/v1/reports", {
      token,
      body: { id: "r", reason: "RUDE", comment: "x".repeat(2001), subject: { type: "JOB" }, reportedAt: "2026-13-45" },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "comment",
      "reason",
      "reportedAt",
      "subject.id",
    ]);

    const future = await call(postReports, "/api/v1/reports", {
      token,
      body: {
        id: `r-${uid()}`,
        reason: "SPAM",
        subject: { type: "JOB", id: "j" },
        reportedAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe("reportedAt");
  });
});
