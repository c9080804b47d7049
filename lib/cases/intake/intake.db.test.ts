import { describe, expect, it } from "vitest";
import { fileReport, fileReports, type IntakeResult, type ReportInput } from "@/lib/cases/intake/intake";
import { prisma } from "@/lib/db/prisma";
import { makeAccount, makeJob, uid } from "@/tests/support/fixtures";

function userReport(jobId: string, reporterId: string, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    externalId: `test:${uid()}`,
    source: "USER",
    reporterId,
    reason: "SCAM_JOB",
    subject: { type: "JOB", jobId },
    ...extra,
  };
}

describe("fileReport", () => {
  it("gathers reports on one subject into one case and counts distinct reporters", async () => {
    const job = await makeJob();
    const [a, b] = [await makeAccount({ kind: "FREELANCER" }), await makeAccount({ kind: "FREELANCER" })];
    const r1 = await prisma.$transaction((tx) => fileReport(tx, userReport(job.id, a.id)));
    const r2 = await prisma.$transaction((tx) => fileReport(tx, userReport(job.id, b.id)));
    const r3 = await prisma.$transaction((tx) =>
      fileReport(
        tx,
        userReport(job.id, a.id, { reason: "OFF_PLATFORM_PAYMENT", categories: ["OFF_PLATFORM_PAYMENT"] }),
      ),
    );
    expect(r1.caseOpened).toBe(true);
    expect(r2.caseId).toBe(r1.caseId);
    expect(r3.caseId).toBe(r1.caseId);
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: r1.caseId } });
    expect(kase.reportCount).toBe(3);
    expect(kase.reporterCount).toBe(2);
    expect(kase.categories).toEqual(["OFF_PLATFORM_PAYMENT"]);
    expect(kase.priority).toBeGreaterThan(0);
    const events = await prisma.auditEvent.findMany({ where: { caseId: r1.caseId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "CASE_OPENED",
      "REPORT_RECEIVED",
      "REPORT_RECEIVED",
      "REPORT_RECEIVED",
    ]);
  });

  it("stores a report sent twice once", async () => {
    const job = await makeJob();
    const reporter = await makeAccount();
    const input = userReport(job.id, reporter.id);
    const first = await prisma.$transaction((tx) => fileReport(tx, input));
    const again = await prisma.$transaction((tx) => fileReport(tx, input));
    expect(again).toEqual({ reportId: first.reportId, caseId: first.caseId, duplicate: true, caseOpened: false });
    expect(await prisma.report.count({ where: { caseId: first.caseId } })).toBe(1);
  });

  it("opens a new case, linked to the old one, when the subject's case was closed", async () => {
    const job = await makeJob();
    const reporter = await makeAccount();
    const first = await prisma.$transaction((tx) => fileReport(tx, userReport(job.id, reporter.id)));
    await prisma.case.update({ where: { id: first.caseId }, data: { status: "DISMISSED", closedAt: new Date() } });
    const next = await prisma.$transaction((tx) => fileReport(tx, userReport(job.id, reporter.id)));
    expect(next.caseId).not.toBe(first.caseId);
    expect(next.caseOpened).toBe(true);
    const opened = await prisma.auditEvent.findFirstOrThrow({ where: { caseId: next.caseId, action: "CASE_OPENED" } });
    expect(opened.data).toMatchObject({ previousCaseId: first.caseId });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: first.caseId } })).status).toBe("DISMISSED");
  });

  it("never opens two cases for one subject when reports arrive at once", async () => {
    const job = await makeJob();
    const reporters = await Promise.all(Array.from({ length: 20 }, () => makeAccount({ kind: "FREELANCER" })));
    const results = await Promise.all(
      // Twenty transactions queue for a pool of ten, serialised by the subject's lock: give the last
      // of them longer than the default 2 s to get a connection on a busy machine.
      reporters.map((r) =>
        prisma.$transaction((tx) => fileReport(tx, userReport(job.id, r.id)), { maxWait: 30_000, timeout: 30_000 }),
      ),
    );
    expect(new Set(results.map((r) => r.caseId)).size).toBe(1);
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: results[0]!.caseId } });
    expect(kase.reportCount).toBe(20);
    expect(kase.reporterCount).toBe(20);
    expect(results.filter((r) => r.caseOpened)).toHaveLength(1);
  });
});

describe("fileReports", () => {
  it("files many reports at once exactly as filing them one by one would", async () => {
    const [batchJob, seqJob] = [await makeJob(), await makeJob()];
    const [a, b] = [await makeAccount({ kind: "FREELANCER" }), await makeAccount({ kind: "FREELANCER" })];
    const pattern = (jobId: string): ReportInput[] => [
      userReport(jobId, a.id),
      userReport(jobId, b.id, { reason: "OFF_PLATFORM_PAYMENT", categories: ["OFF_PLATFORM_PAYMENT"] }),
      {
        externalId: `auto:${uid()}`,
        source: "AUTOMATIC",
        reporterId: null,
        reason: "OFF_PLATFORM_CONTACT",
        categories: ["CONTACT_SHARING"],
        subject: { type: "JOB", jobId },
      },
      userReport(jobId, a.id, { comment: "again" }),
    ];
    const batch = pattern(batchJob.id);
    const filed = await prisma.$transaction((tx) => fileReports(tx, [...batch, batch[0]!]));
    const sequential: IntakeResult[] = [];
    for (const input of pattern(seqJob.id)) sequential.push(await prisma.$transaction((tx) => fileReport(tx, input)));

    expect(filed.map((r) => [r.duplicate, r.caseOpened])).toEqual([
      [false, true],
      [false, false],
      [false, false],
      [false, false],
      [true, false],
    ]);
    expect(filed[4]).toMatchObject({ reportId: filed[0]!.reportId, caseId: filed[0]!.caseId });
    expect(sequential.map((r) => [r.duplicate, r.caseOpened])).toEqual(
      filed.slice(0, 4).map((r) => [r.duplicate, r.caseOpened]),
    );

    const pick = (c: {
      reportCount: number;
      reporterCount: number;
      categories: string[];
      hasAutomaticReport: boolean;
      version: number;
      priority: number;
      status: string;
    }) => ({
      reportCount: c.reportCount,
      reporterCount: c.reporterCount,
      categories: [...c.categories].sort(),
      hasAutomaticReport: c.hasAutomaticReport,
      version: c.version,
      priority: c.priority,
      status: c.status,
    });
    const batchCase = await prisma.case.findUniqueOrThrow({ where: { id: filed[0]!.caseId } });
    const seqCase = await prisma.case.findUniqueOrThrow({ where: { id: sequential[0]!.caseId } });
    expect(pick(batchCase)).toEqual(pick(seqCase));
    expect(pick(batchCase)).toMatchObject({ reportCount: 4, reporterCount: 2, version: 5, hasAutomaticReport: true });

    const events = async (caseId: string) =>
      (await prisma.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } })).map((e) => [
        e.action,
        e.actorKind,
        e.caseVersion,
      ]);
    expect(await events(batchCase.id)).toEqual(await events(seqCase.id));
    expect(await events(batchCase.id)).toEqual([
      ["CASE_OPENED", "PLATFORM", 1],
      ["REPORT_RECEIVED", "PLATFORM", 2],
      ["REPORT_RECEIVED", "PLATFORM", 3],
      ["REPORT_RECEIVED", "SYSTEM", 4],
      ["REPORT_RECEIVED", "PLATFORM", 5],
    ]);
  });

  it("spreads reports over several subjects and links a new case to the closed one", async () => {
    const [j1, j2] = [await makeJob(), await makeJob()];
    const reporter = await makeAccount();
    const first = await prisma.$transaction((tx) => fileReport(tx, userReport(j2.id, reporter.id)));
    await prisma.case.update({ where: { id: first.caseId }, data: { status: "RESOLVED", closedAt: new Date() } });
    const filed = await prisma.$transaction((tx) =>
      fileReports(tx, [userReport(j1.id, reporter.id), userReport(j2.id, reporter.id), userReport(j1.id, reporter.id)]),
    );
    expect(filed[0]!.caseId).toBe(filed[2]!.caseId);
    expect(filed[1]!.caseId).not.toBe(first.caseId);
    expect(filed.map((r) => r.caseOpened)).toEqual([true, true, false]);
    const opened = await prisma.auditEvent.findFirstOrThrow({
      where: { caseId: filed[1]!.caseId, action: "CASE_OPENED" },
    });
    expect(opened.data).toMatchObject({ previousCaseId: first.caseId });
  });
});
