import "server-only";
import { fieldErrorAt, fieldsError } from "@/lib/http/problem";
import type { ReportInput } from "@/lib/api/schemas/reports";
import { fileReport } from "@/lib/cases/intake/intake";
import { categoriesForReason } from "@/lib/cases/intake/reasons";
import type { Subject } from "@/lib/cases/subject";
import { upsertEntities, type Ref } from "@/lib/platform/entities";
import { inTransaction } from "@/lib/platform/transaction";

// Clocks differ a little; a report "from the future" beyond this is a bug.
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Files a user's report from the platform into the open case of its
 * subject (lib/cases/intake). The same report sent again changes nothing
 * and says so; the same id with a different subject, reporter or reason is
 * a 409 rather than a silent second meaning.
 */
export async function fileApiReport(input: ReportInput, now = new Date()) {
  const reportedAt = input.reportedAt ? new Date(input.reportedAt) : now;
  if (reportedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw fieldsError("INVALID", "The report is dated in the future.", [
      fieldErrorAt(["reportedAt"], `${input.reportedAt} is in the future; send the time the user flagged it.`),
    ]);
  }
  return inTransaction(async (tx) => {
    const subjectPath = ["subject", "id"];
    const ref = (kind: string): Ref[] =>
      input.subject.type === kind ? [{ id: input.subject.id, path: subjectPath }] : [];
    const entities = await upsertEntities(
      tx,
      input,
      {
        accounts: [...(input.reporterId ? [{ id: input.reporterId, path: ["reporterId"] }] : []), ...ref("ACCOUNT")],
        jobs: ref("JOB"),
        threads: ref("THREAD"),
      },
      now,
    );

    let subject: Subject;
    switch (input.subject.type) {
      case "JOB":
        subject = { type: "JOB", jobId: entities.jobs.get(input.subject.id)!.id };
        break;
      case "ACCOUNT":
        subject = { type: "ACCOUNT", accountId: entities.accounts.get(input.subject.id)! };
        break;
      case "THREAD":
        subject = { type: "THREAD", threadId: entities.threads.get(input.subject.id)!.id };
        break;
      case "MESSAGE": {
        const message = await tx.message.findUnique({ where: { externalId: input.subject.id }, select: { id: true } });
        if (!message) {
          throw fieldsError("INVALID", "The reported message is unknown. Nothing was written.", [
            fieldErrorAt(
              subjectPath,
              `Unknown message "${input.subject.id}": send it with POST /api/v1/messages first.`,
            ),
          ]);
        }
        subject = { type: "MESSAGE", messageId: message.id };
        break;
      }
    }
    const reporterId = input.reporterId ? entities.accounts.get(input.reporterId)! : null;

    const earlier = await tx.report.findUnique({
      where: { externalId: input.id },
      select: {
        source: true,
        reason: true,
        reporterId: true,
        subjectType: true,
        jobId: true,
        accountId: true,
        threadId: true,
        messageId: true,
      },
    });
    if (earlier) {
      const sameSubject =
        earlier.subjectType === subject.type &&
        (earlier.jobId ?? earlier.accountId ?? earlier.threadId ?? earlier.messageId) ===
          (subject.type === "JOB"
            ? subject.jobId
            : subject.type === "ACCOUNT"
              ? subject.accountId
              : subject.type === "THREAD"
                ? subject.threadId
                : subject.messageId);
      if (
        earlier.source !== "USER" ||
        !sameSubject ||
        earlier.reason !== input.reason ||
        earlier.reporterId !== reporterId
      ) {
        throw fieldsError(
          "CONFLICT",
          `Report "${input.id}" was received before with a different subject, reporter or reason.`,
          [fieldErrorAt(["id"], "This id is taken by a different report; use a new id for a new report.")],
        );
      }
    }

    const result = await fileReport(tx, {
      externalId: input.id,
      source: "USER",
      reporterId,
      reason: input.reason,
      comment: input.comment ?? null,
      categories: categoriesForReason(input.reason),
      subject,
      createdAt: reportedAt,
    });
    const kase = await tx.case.findUniqueOrThrow({ where: { id: result.caseId }, select: { number: true } });
    return {
      id: input.id,
      status: result.duplicate ? ("unchanged" as const) : ("created" as const),
      reportId: result.reportId,
      caseId: result.caseId,
      caseNumber: kase.number,
      caseOpened: result.caseOpened,
      accounts: entities.results.accounts,
      jobs: entities.results.jobs,
      threads: entities.results.threads,
    };
  });
}
