import { describe, expect, it } from "vitest";
import { loadCaseView } from "@/lib/cases/view/load";
import { prisma } from "@/lib/db/prisma";
import { scanJobs } from "@/lib/scanning/scan-job";
import { fileReports } from "@/lib/cases/intake/intake";
import { categoriesForReason } from "@/lib/cases/intake/reasons";
import { makeAccount, makeThread, uid } from "@/tests/support/fixtures";

describe("loadCaseView on a job case", () => {
  it("carries the job posting's findings and counts them in the violation summary", async () => {
    const client = await makeAccount();
    const description = "Apply, then contact our HR on WhatsApp +44 7700 900789. A $30 training fee is paid first.";
    const job = await prisma.jobPosting.create({
      data: {
        externalId: `test:${uid()}`,
        clientId: client.id,
        title: "Remote assistant",
        description,
        postedAt: new Date(),
      },
    });
    const outcome = (await prisma.$transaction((tx) => scanJobs(tx, [job.id]))).get(job.id)!;
    expect(outcome.caseId).not.toBeNull();

    const view = await loadCaseView(outcome.caseId!);
    expect(view?.subjectType).toBe("JOB");
    expect(view?.job?.clientHandle).toBe(client.handle);
    expect(view?.job?.scannedAt).not.toBeNull();
    const phone = view!.job!.findings.find((f) => f.category === "CONTACT_SHARING");
    expect(phone).toMatchObject({ field: "DESCRIPTION", value: "+447700900789", violation: true });
    expect(description.slice(phone!.start, phone!.end)).toBe("+44 7700 900789");

    const violations = view!.job!.findings.filter((f) => f.violation);
    // One per highlighted place, however many findings share it.
    expect(view!.summary.total).toBe(new Set(violations.map((f) => `${f.field}:${f.start}`)).size);
    const tally = new Map(view!.summary.categories.map((t) => [t.category, t]));
    expect(tally.get("CONTACT_SHARING")?.detected).toBe(
      violations.filter((f) => f.category === "CONTACT_SHARING").length,
    );
    expect(tally.get("OFF_PLATFORM_PAYMENT")?.detected).toBeGreaterThan(0);
    // The detector's automatic report named what it found: reported and detected agree here.
    for (const t of view!.summary.categories) expect(t.reported).toBe(t.detected > 0);
    expect(view!.summary.firstViolation).toMatchObject({ messageId: null, authorHandle: client.handle });
    expect(view!.thread).toBeNull();
  });
});

describe("loadCaseView's category tally", () => {
  it("names what a person reported and counts what the detector found, apart (the demo's C-28)", async () => {
    const { thread, client, freelancer } = await makeThread();
    const message = (authorId: string, body: string, at: number) =>
      prisma.message.create({
        data: { externalId: `test:${uid()}`, threadId: thread.id, authorId, body, sentAt: new Date(Date.now() - at) },
      });
    const invite = await message(client.id, "Contact our recruiter, the offer follows.", 3_000);
    const pay = await message(client.id, "Training is paid by Wise transfer first.", 2_000);
    await message(freelancer.id, "ok", 1_000);
    await prisma.finding.createMany({
      data: [pay.id, pay.id].map((messageId, i) => ({
        messageId,
        category: "OFF_PLATFORM_PAYMENT" as const,
        ruleId: `payment.test-${i}`,
        start: 0,
        end: 8,
        violation: true,
        severity: "HIGH" as const,
        explanation: "Asks to pay outside the platform.",
      })),
    });
    const [filed] = await prisma.$transaction((tx) =>
      fileReports(tx, [
        {
          externalId: `test:${uid()}`,
          source: "USER",
          reporterId: freelancer.id,
          reason: "OFF_PLATFORM_CONTACT",
          // As the platform's report route files it (lib/platform/reports.ts).
          categories: categoriesForReason("OFF_PLATFORM_CONTACT"),
          subject: { type: "MESSAGE", messageId: invite.id },
        },
      ]),
    );
    const view = await loadCaseView(filed!.caseId);
    // The queue's chips are the case's stored categories: the reported ones.
    expect(view!.categories).toEqual(["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"]);
    expect(view!.summary.categories).toEqual([
      { category: "CONTACT_SHARING", detected: 0, reported: true },
      { category: "OFF_PLATFORM_COMMUNICATION", detected: 0, reported: true },
      { category: "OFF_PLATFORM_PAYMENT", detected: 2, reported: false },
      { category: "PERSONAL_DATA_REQUEST", detected: 0, reported: false },
    ]);
  });
});
