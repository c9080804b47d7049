import { describe, expect, it } from "vitest";
import { loadCaseView } from "@/lib/cases/view/load";
import { prisma } from "@/lib/db/prisma";
import { scanJobs } from "@/lib/scanning/scan-job";
import { makeAccount, uid } from "@/tests/support/fixtures";

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
    expect(view!.summary.counts.CONTACT_SHARING).toBe(
      violations.filter((f) => f.category === "CONTACT_SHARING").length,
    );
    expect(view!.summary.counts.OFF_PLATFORM_PAYMENT).toBeGreaterThan(0);
    expect(view!.summary.firstViolation).toMatchObject({ messageId: null, authorHandle: client.handle });
    expect(view!.thread).toBeNull();
  });
});
