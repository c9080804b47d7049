import { describe, expect, it } from "vitest";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { POST as postReports } from "@/app/api/v1/reports/route";
import { prisma } from "@/lib/db/prisma";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { call, platformWorld, tokenAndWorld } from "@/tests/support/api";

const SCAM_DESCRIPTION =
  "Paid weekly. After applying, write to our HR manager on Telegram @jobs_desk_amy to get the onboarding form. A training fee of $40 is paid before you start.";
const CLEAN_DESCRIPTION = "Two pages in Next.js, CMS later. Please share examples of similar work in your proposal.";

function batchWithJob(w: ReturnType<typeof platformWorld>, description: string, title = w.job.title) {
  return {
    accounts: [w.client, w.freelancer],
    jobs: [{ ...w.job, title, description }],
    threads: [w.thread],
    messages: [w.message("m1", "freelancer", "Hello, I am interested in this job.", "2026-11-02T09:00:00Z")],
  };
}

async function storedJob(externalId: string) {
  return prisma.jobPosting.findUniqueOrThrow({
    where: { externalId },
    include: { findings: { orderBy: [{ field: "asc" }, { start: "asc" }] } },
  });
}

/** A new world whose job has `description`, sent once: stored (201) and scanned by this detector. */
async function sendJob(description: string) {
  const { token, w } = await tokenAndWorld();
  const res = await call(postMessages, "/api/v1/messages", { token, body: batchWithJob(w, description) });
  expect(res.status).toBe(201);
  const job = await storedJob(w.job.id);
  expect(job.detectorVersion).toBe(DETECTOR_VERSION);
  return { token, w, job };
}

describe("job postings are scanned on ingest", () => {
  it("stores a violating job's findings with spans into its description and files one automatic report into the job's case", async () => {
    const { token, w, job } = await sendJob(SCAM_DESCRIPTION);
    expect(job.scannedAt).not.toBeNull();
    const telegram = job.findings.find((f) => f.value === "@jobs_desk_amy");
    expect(telegram).toMatchObject({ field: "DESCRIPTION", category: "CONTACT_SHARING", violation: true });
    expect(SCAM_DESCRIPTION.slice(telegram!.start, telegram!.end)).toBe("@jobs_desk_amy");
    expect(job.findings.some((f) => f.category === "OFF_PLATFORM_PAYMENT" && f.violation)).toBe(true);
    // Nothing in the title.
    expect(job.findings.filter((f) => f.field === "TITLE")).toEqual([]);

    const reports = await prisma.report.findMany({ where: { jobId: job.id, source: "AUTOMATIC" } });
    expect(reports).toHaveLength(1);
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: reports[0]!.caseId } });
    expect(kase).toMatchObject({ subjectType: "JOB", jobId: job.id, status: "OPEN" });
    expect(kase.categories).toEqual(expect.arrayContaining(["CONTACT_SHARING", "OFF_PLATFORM_PAYMENT"]));
    expect(reports[0]!.reason).toBe("OFF_PLATFORM_PAYMENT");
    // The job's worst finding counts in the case's priority.
    expect((kase.priorityBreakdown as Record<string, number>).severity ?? 0).toBeGreaterThan(0);

    // The same job sent again: unchanged, not rescanned, no second report.
    const again = await call(postMessages, "/api/v1/messages", { token, body: batchWithJob(w, SCAM_DESCRIPTION) });
    expect(again.status).toBe(200);
    expect(again.body.jobs).toEqual([{ id: w.job.id, status: "unchanged" }]);
    expect(await prisma.report.count({ where: { jobId: job.id, source: "AUTOMATIC" } })).toBe(1);
    const after = await storedJob(w.job.id);
    expect(after.findings.map((f) => f.id)).toEqual(job.findings.map((f) => f.id));
  });

  it("a clean job is scanned and stamped, with no findings and no report", async () => {
    const { job } = await sendJob(CLEAN_DESCRIPTION);
    expect(job.findings).toEqual([]);
    expect(await prisma.report.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("rescans a job whose text changed, in the same transaction as an audit event keeping the old text", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", { token, body: batchWithJob(w, CLEAN_DESCRIPTION) });
    const before = await storedJob(w.job.id);
    expect(before.findings).toEqual([]);

    // The scammer edits the posting: the platform sends the job with its new text.
    const edited = await call(postMessages, "/api/v1/messages", {
      token,
      body: batchWithJob(w, SCAM_DESCRIPTION, "Landing page redesign – contact HR on WhatsApp"),
    });
    expect(edited.status).toBe(200);
    expect(edited.body.jobs).toEqual([{ id: w.job.id, status: "updated" }]);
    const job = await storedJob(w.job.id);
    expect(job.description).toBe(SCAM_DESCRIPTION);
    expect(job.findings.some((f) => f.field === "TITLE" && f.category === "OFF_PLATFORM_COMMUNICATION")).toBe(true);
    expect(job.findings.some((f) => f.field === "DESCRIPTION" && f.value === "@jobs_desk_amy")).toBe(true);
    expect(await prisma.report.count({ where: { jobId: job.id, source: "AUTOMATIC" } })).toBe(1);

    const audit = await prisma.auditEvent.findMany({ where: { action: "JOB_TEXT_CHANGED", subjectId: job.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorKind).toBe("PLATFORM");
    expect(audit[0]!.data).toMatchObject({
      jobExternalId: w.job.id,
      fields: ["title", "description"],
      before: { title: w.job.title, description: CLEAN_DESCRIPTION },
      after: { description: SCAM_DESCRIPTION },
    });

    // Edited back to a clean text: the findings go, the report stays as filed.
    await call(postMessages, "/api/v1/messages", { token, body: batchWithJob(w, CLEAN_DESCRIPTION) });
    const cleaned = await storedJob(w.job.id);
    expect(cleaned.findings).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { action: "JOB_TEXT_CHANGED", subjectId: job.id } })).toBe(2);
    expect(await prisma.report.count({ where: { jobId: job.id, source: "AUTOMATIC" } })).toBe(1);
  });

  it("a change of only the posting time is not a text change: no audit of text, no rescan", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", { token, body: batchWithJob(w, SCAM_DESCRIPTION) });
    const first = await storedJob(w.job.id);
    const moved = batchWithJob(w, SCAM_DESCRIPTION);
    moved.jobs[0]!.postedAt = "2026-11-01T10:00:00Z";
    const res = await call(postMessages, "/api/v1/messages", { token, body: moved });
    expect(res.body.jobs).toEqual([{ id: w.job.id, status: "updated" }]);
    const job = await storedJob(w.job.id);
    expect(job.findings.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
    expect(await prisma.auditEvent.count({ where: { action: "JOB_TEXT_CHANGED", subjectId: job.id } })).toBe(0);
  });

  it("a job sent with a user's report is scanned too, and both reports land in one case", async () => {
    const { token, w } = await tokenAndWorld();
    const res = await call(postReports, "/api/v1/reports", {
      token,
      body: w.jobReport("r1", w.freelancer.id, {
        accounts: [w.client, w.freelancer],
        jobs: [{ ...w.job, description: SCAM_DESCRIPTION }],
      }),
    });
    expect(res.status).toBe(201);
    const job = await storedJob(w.job.id);
    expect(job.findings.length).toBeGreaterThan(0);
    const reports = await prisma.report.findMany({ where: { jobId: job.id } });
    expect(reports.map((r) => r.source).sort()).toEqual(["AUTOMATIC", "USER"]);
    expect(new Set(reports.map((r) => r.caseId)).size).toBe(1);
  });
});
