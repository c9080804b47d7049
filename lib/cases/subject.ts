import type { SubjectType } from "@/lib/generated/prisma/enums";

export type Subject =
  | { type: "JOB"; jobId: string }
  | { type: "ACCOUNT"; accountId: string }
  | { type: "THREAD"; threadId: string }
  | { type: "MESSAGE"; messageId: string };

/** The key reports are grouped by: one open case per key. */
export function subjectKey(subject: Subject): string {
  switch (subject.type) {
    case "JOB":
      return `JOB:${subject.jobId}`;
    case "ACCOUNT":
      return `ACCOUNT:${subject.accountId}`;
    case "THREAD":
      return `THREAD:${subject.threadId}`;
    case "MESSAGE":
      return `MESSAGE:${subject.messageId}`;
  }
}

/** The typed foreign-key columns a report or case stores for its subject. */
export function subjectColumns(subject: Subject): {
  subjectType: SubjectType;
  jobId: string | null;
  accountId: string | null;
  threadId: string | null;
  messageId: string | null;
} {
  return {
    subjectType: subject.type,
    jobId: subject.type === "JOB" ? subject.jobId : null,
    accountId: subject.type === "ACCOUNT" ? subject.accountId : null,
    threadId: subject.type === "THREAD" ? subject.threadId : null,
    messageId: subject.type === "MESSAGE" ? subject.messageId : null,
  };
}
