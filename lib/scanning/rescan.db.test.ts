import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { rescanJobs, rescanMessages } from "@/lib/scanning/rescan";
import { makeJob, makeThread, makeMessage } from "@/tests/support/fixtures";

async function storeUnscanned(threadId: string, authorId: string, body: string) {
  return makeMessage(threadId, authorId, body);
}

describe("rescanMessages", () => {
  it("scans outdated messages, stores findings and files one automatic report per violating message", async () => {
    const { thread, client } = await makeThread();
    const bad = await storeUnscanned(thread.id, client.id, "Let's move to WhatsApp, my number is +44 7911 123456");
    const fine = await storeUnscanned(thread.id, client.id, "Thanks for the proposal, when can you start?");
    await prisma.message.update({ where: { id: fine.id }, data: { detectorVersion: "0.0.1-old" } });

    const result = await rescanMessages({ batchSize: 1 });
    expect(result.scanned).toBeGreaterThanOrEqual(2);
    const findings = await prisma.finding.findMany({ where: { messageId: bad.id } });
    expect(findings.some((f) => f.category === "CONTACT_SHARING" && f.violation)).toBe(true);
    for (const m of [bad, fine]) {
      expect((await prisma.message.findUniqueOrThrow({ where: { id: m.id } })).detectorVersion).toBe(DETECTOR_VERSION);
    }
    const auto = await prisma.report.findMany({ where: { externalId: `auto:${bad.id}` } });
    expect(auto).toHaveLength(1);
    expect(auto[0]!.source).toBe("AUTOMATIC");

    // A second run finds nothing left to do and files nothing new.
    const again = await rescanMessages();
    expect(again.newReports).toBe(0);
    expect(await prisma.report.count({ where: { externalId: `auto:${bad.id}` } })).toBe(1);
  });

  it("resumes after the last committed batch", async () => {
    const { thread, client } = await makeThread();
    const messages = [];
    for (let i = 0; i < 3; i++) messages.push(await storeUnscanned(thread.id, client.id, `update ${i}`));
    const sorted = [...messages].sort((a, b) => (a.id < b.id ? -1 : 1));
    // As if an earlier run stopped after the first of these messages.
    await prisma.jobCursor.create({ data: { name: `detect-rescan:${DETECTOR_VERSION}`, position: sorted[0]!.id } });
    const result = await rescanMessages();
    expect(result.resumedFrom).toBe(sorted[0]!.id);
    expect((await prisma.message.findUniqueOrThrow({ where: { id: sorted[0]!.id } })).detectorVersion).toBeNull();
    expect((await prisma.message.findUniqueOrThrow({ where: { id: sorted[2]!.id } })).detectorVersion).toBe(
      DETECTOR_VERSION,
    );
    expect(await prisma.jobCursor.count({ where: { name: `detect-rescan:${DETECTOR_VERSION}` } })).toBe(0);
  });
});

describe("rescanJobs", () => {
  it("scans outdated job postings in resumable batches, stores findings and files one automatic report per violating text", async () => {
    const scam = await makeJob();
    await prisma.jobPosting.update({
      where: { id: scam.id },
      data: { description: "Message our recruiter on WhatsApp +44 7700 900456 to pay the $50 registration fee." },
    });
    const fine = await makeJob();
    await prisma.jobPosting.update({ where: { id: fine.id }, data: { detectorVersion: "0.0.1-old" } });

    const progress: [number, number][] = [];
    const result = await rescanJobs({ batchSize: 1, onProgress: (done, total) => progress.push([done, total]) });
    expect(result.scanned).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    for (const j of [scam, fine]) {
      expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: j.id } })).detectorVersion).toBe(
        DETECTOR_VERSION,
      );
    }
    const findings = await prisma.jobFinding.findMany({ where: { jobId: scam.id } });
    expect(findings.some((f) => f.field === "DESCRIPTION" && f.value === "+447700900456" && f.violation)).toBe(true);
    expect(await prisma.jobFinding.count({ where: { jobId: fine.id } })).toBe(0);
    const auto = await prisma.report.findMany({ where: { jobId: scam.id, source: "AUTOMATIC" } });
    expect(auto).toHaveLength(1);
    expect(auto[0]!.subjectType).toBe("JOB");

    // --all rescans the same text again: findings replaced, no second report.
    const again = await rescanJobs({ all: true });
    expect(again.scanned).toBeGreaterThanOrEqual(2);
    expect(await prisma.report.count({ where: { jobId: scam.id, source: "AUTOMATIC" } })).toBe(1);
    expect(await prisma.jobFinding.count({ where: { jobId: scam.id } })).toBe(findings.length);
  });

  it("resumes job postings after the last committed batch", async () => {
    const jobs = [await makeJob(), await makeJob(), await makeJob()].sort((a, b) => (a.id < b.id ? -1 : 1));
    // Everything before the first of these is up to date, as if an earlier run stopped there.
    await prisma.jobPosting.updateMany({
      where: { id: { lte: jobs[0]!.id }, detectorVersion: null },
      data: { detectorVersion: DETECTOR_VERSION },
    });
    await prisma.jobPosting.update({ where: { id: jobs[0]!.id }, data: { detectorVersion: null } });
    const name = `detect-rescan-jobs:${DETECTOR_VERSION}`;
    await prisma.jobCursor.create({ data: { name, position: jobs[0]!.id } });
    const result = await rescanJobs();
    expect(result.resumedFrom).toBe(jobs[0]!.id);
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: jobs[0]!.id } })).detectorVersion).toBeNull();
    expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: jobs[2]!.id } })).detectorVersion).toBe(
      DETECTOR_VERSION,
    );
    expect(await prisma.jobCursor.count({ where: { name } })).toBe(0);
  });
});
