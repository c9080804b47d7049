import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { rescanMessages } from "@/lib/scanning/rescan";
import { makeThread, uid } from "@/tests/support/fixtures";

async function storeUnscanned(threadId: string, authorId: string, body: string) {
  return prisma.message.create({ data: { externalId: `test:${uid()}`, threadId, authorId, body, sentAt: new Date() } });
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
