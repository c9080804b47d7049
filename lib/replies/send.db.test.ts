import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/prisma";
import { fileTestReport } from "@/tests/support/cases";
import { loadReplyComposer } from "@/lib/replies/composer";
import { loadCaseReplyContext } from "@/lib/replies/recipients";
import type { SendReplyInput } from "@/lib/replies/schemas";
import { sendReply } from "@/lib/replies/send";
import { createTemplate } from "@/lib/replies/templates";
import { renderTemplate } from "@/lib/replies/text";
import { variableValues } from "@/lib/replies/variables";
import { makeAccount, makeConsoleUser, makeJob, uid } from "@/tests/support/fixtures";

/** A job case reported by one freelancer, with the job taken down. */
async function jobCase() {
  const client = await makeAccount({ kind: "CLIENT" });
  const reporter = await makeAccount({ kind: "FREELANCER" });
  const bystander = await makeAccount({ kind: "FREELANCER" });
  const job = await makeJob(client.id);
  const { caseId } = await fileTestReport({
    reporterId: reporter.id,
    reason: "OFF_PLATFORM_CONTACT",
    categories: ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"],
    subject: { type: "JOB", jobId: job.id },
  });
  await prisma.jobPosting.update({ where: { id: job.id }, data: { status: "TAKEN_DOWN" } });
  return { caseId, client, reporter, bystander, job };
}

const draft = (
  over: Partial<SendReplyInput> & Pick<SendReplyInput, "caseId" | "recipientId" | "audience">,
): SendReplyInput => ({
  templateId: null,
  subject: "Thanks for your report",
  body: "The job posting was taken down.",
  requestId: `req-${uid()}`,
  ...over,
});

describe("who can be answered from a case", () => {
  it("offers the reporters and the reported accounts, with what the case knows about them", async () => {
    const { caseId, client, reporter } = await jobCase();
    const context = await loadCaseReplyContext(prisma, caseId);
    expect(context!.recipients.map((r) => [r.accountId, r.audience, r.roleLabel])).toEqual([
      [reporter.id, "REPORTER", "Filed a report in this case"],
      [client.id, "REPORTED", "Client who posted the job"],
    ]);
    expect(context!.facts).toMatchObject({
      jobTitle: "Test job",
      jobTakenDown: true,
      caseCategories: ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"],
    });
  });

  it("gives the composer every variable filled from the case", async () => {
    const { caseId, reporter } = await jobCase();
    const agent = await makeConsoleUser("SUPPORT");
    const data = await loadReplyComposer(caseId, agent);
    const recipient = data!.recipients.find((r) => r.accountId === reporter.id)!;
    const text = renderTemplate(
      "{{recipient_name}} · {{job_title}} · {{case_reference}} · {{action_taken}} · {{agent_name}}",
      variableValues(data!.facts, recipient, []),
    );
    const number = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).number;
    expect(text).toBe(`${reporter.displayName} · Test job · C-${number} · the job posting was taken down · Tester`);
  });
});

/** A template for `audience`, named uniquely, written by a staff member of its own. */
async function staffTemplate(audience: "REPORTER" | "REPORTED", subject: string, body: string) {
  const staff = await makeConsoleUser("STAFF");
  return createTemplate(staff, { name: `${subject} ${uid()}`, audience, categories: [], subject, body });
}

describe("sendReply", () => {
  it("queues the reply in the outbox and records REPLY_SENT on the case timeline", async () => {
    const { caseId, reporter } = await jobCase();
    const agent = await makeConsoleUser("SUPPORT");
    const template = await staffTemplate("REPORTER", "Thanks", "Hi {{recipient_name}}");
    const { reply, duplicate } = await sendReply(
      agent,
      draft({ caseId, recipientId: reporter.id, audience: "REPORTER", templateId: template.id }),
    );
    expect(duplicate).toBe(false);
    expect(reply).toMatchObject({
      status: "QUEUED",
      senderId: agent.id,
      recipientId: reporter.id,
      templateId: template.id,
      audience: "REPORTER",
      body: "The job posting was taken down.",
    });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "REPLY_SENT", caseId } });
    expect(event).toMatchObject({
      actorId: agent.id,
      subjectType: "ACCOUNT",
      subjectId: reporter.id,
      reason: `To @${reporter.handle} (reporter): Thanks for your report`,
    });
    expect(event.data).toMatchObject({
      replyId: reply.id,
      recipientHandle: reporter.handle,
      templateName: template.name,
      templateVersion: 1,
    });
  });

  it("blocks a reply with a placeholder left to fill, and stores nothing", async () => {
    const { caseId, reporter } = await jobCase();
    const agent = await makeConsoleUser("SUPPORT");
    await expect(
      sendReply(
        agent,
        draft({ caseId, recipientId: reporter.id, audience: "REPORTER", body: "We found that [[reason]]." }),
      ),
    ).rejects.toThrow(/Fill in \[\[reason\]\] at line 1, column 15 before sending\./);
    await expect(
      sendReply(
        agent,
        draft({ caseId, recipientId: reporter.id, audience: "REPORTER", subject: "About {{case_reference}}" }),
      ),
    ).rejects.toThrow(/would reach the recipient as written/);
    expect(await prisma.reply.count({ where: { caseId } })).toBe(0);
  });

  it("only sends to the people of the case, in their role", async () => {
    const { caseId, reporter, bystander } = await jobCase();
    const agent = await makeConsoleUser("SUPPORT");
    await expect(sendReply(agent, draft({ caseId, recipientId: bystander.id, audience: "REPORTER" }))).rejects.toThrow(
      "That account is not a reporter in this case. Choose the recipient again.",
    );
    await expect(sendReply(agent, draft({ caseId, recipientId: reporter.id, audience: "REPORTED" }))).rejects.toThrow(
      /not a reported user in this case/,
    );
    expect(await prisma.reply.count({ where: { caseId } })).toBe(0);
  });

  it("refuses a template written for the other kind of recipient", async () => {
    const { caseId, reporter } = await jobCase();
    const staff = await makeConsoleUser("STAFF");
    const template = await staffTemplate("REPORTED", "Warning", "Please stop.");
    await expect(
      sendReply(staff, draft({ caseId, recipientId: reporter.id, audience: "REPORTER", templateId: template.id })),
    ).rejects.toThrow(/is written for reported users, not for a reporter/);
  });

  it("is refused to roles without reply:send", async () => {
    const { caseId, reporter } = await jobCase();
    for (const role of ["MODERATOR", "ADMIN"] as const) {
      const user = await makeConsoleUser(role);
      await expect(sendReply(user, draft({ caseId, recipientId: reporter.id, audience: "REPORTER" }))).rejects.toThrow(
        /may not do this \(needs reply:send\)/,
      );
    }
    expect(await prisma.reply.count({ where: { caseId } })).toBe(0);
  });

  it("stores a draft sent twice only once", async () => {
    const { caseId, reporter } = await jobCase();
    const agent = await makeConsoleUser("SUPPORT");
    const input = draft({ caseId, recipientId: reporter.id, audience: "REPORTER" });
    const [a, b] = await Promise.all([sendReply(agent, input), sendReply(agent, input)]);
    expect(a.reply.id).toBe(b.reply.id);
    expect(await prisma.reply.count({ where: { caseId } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "REPLY_SENT", caseId } })).toBe(1);
  });

  it("writes the reply and its audit event in one transaction: a failed audit leaves no reply", async () => {
    const { caseId, reporter } = await jobCase();
    const agent = await makeConsoleUser("SUPPORT");
    // Another event already holds this request id, so the REPLY_SENT insert fails after the reply insert ran.
    const requestId = `taken-${uid()}`;
    await prisma.$transaction((tx) => recordAudit(tx, { action: "NOTE_ADDED", actorId: agent.id, caseId, requestId }));
    await expect(
      sendReply(agent, draft({ caseId, recipientId: reporter.id, audience: "REPORTER", requestId })),
    ).rejects.toThrow();
    expect(await prisma.reply.count({ where: { caseId } })).toBe(0);
  });
});
