import { caseReference } from "@/lib/cases/labels";

/** How a case's subject is named in lists and headers. */
export function subjectLabelOf(kase: {
  job?: { title: string } | null;
  account?: { handle: string } | null;
  thread?: { title: string | null; job?: { title: string } | null } | null;
  message?: { author: { handle: string } } | null;
  appeal?: { case: { number: number }; account: { handle: string } } | null;
}): string {
  if (kase.job) return kase.job.title;
  if (kase.account) return `@${kase.account.handle}`;
  if (kase.thread) return kase.thread.title ?? kase.thread.job?.title ?? "Conversation";
  if (kase.message) return `Message by @${kase.message.author.handle}`;
  if (kase.appeal) return `Appeal of ${caseReference(kase.appeal.case.number)} by @${kase.appeal.account.handle}`;
  return "Unknown subject";
}
