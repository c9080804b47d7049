import "server-only";
import type { ScanRequest, ScanResult } from "@/lib/api/schemas/scan";
import { prisma } from "@/lib/db/prisma";
import { detect, findingFields } from "@/lib/detection/detect";
import type { ThreadContext } from "@/lib/detection/types";
import { fieldErrorAt, fieldsError } from "@/lib/http/problem";
import { contextFor, PREVIOUS_MESSAGES, type ThreadPeople } from "@/lib/scanning/thread-context";
import { verdictOf } from "@/lib/scanning/verdict";

interface ThreadRow {
  kind: "JOB_MESSAGES" | "FORUM_TOPIC";
  clientId: string | null;
  freelancerId: string | null;
  client: { handle: string; displayName: string } | null;
  freelancer: { handle: string; displayName: string } | null;
  author: { id: string } | null;
  previous: { id: string; body: string; authorId: string; sentAt: string; handle: string; displayName: string }[];
}

/** The message being checked is not stored: it comes after every message of the thread. */
const NOT_YET_SENT = { id: "\uffff", sentAt: new Date(8.64e15) };

/**
 * The pre-send check: the detector's findings for a message about to be
 * sent and what the platform should do with it (verdictOf). Reads the
 * thread for context when one is named; stores nothing.
 */
export async function preSendScan(input: ScanRequest): Promise<ScanResult> {
  const thread = input.threadId ? await threadContext(input.threadId, input.authorId) : undefined;
  const findings = detect(input.text, { contractActive: input.contractActive, thread }).map(findingFields);
  return { verdict: verdictOf(findings, input.contractActive), findings };
}

/**
 * The thread as the detector's context, in one query: both parties' handles
 * and display names (a forum topic's: the authors of its last posts) and
 * the last few messages, oldest first, marked when the author wrote them
 * (shaped by contextFor, as for stored messages).
 * An unknown thread, or an author who is not a participant, is a 422.
 */
async function threadContext(threadId: string, authorId: string | undefined): Promise<ThreadContext> {
  const rows = await prisma.$queryRaw<ThreadRow[]>`
    SELECT t."kind"::text AS "kind", t."clientId", t."freelancerId",
      (SELECT json_build_object('handle', a."handle", 'displayName', a."displayName") FROM "Account" a WHERE a."id" = t."clientId") AS "client",
      (SELECT json_build_object('handle', a."handle", 'displayName', a."displayName") FROM "Account" a WHERE a."id" = t."freelancerId") AS "freelancer",
      (SELECT json_build_object('id', a."id") FROM "Account" a WHERE a."externalId" = ${authorId ?? null}::text) AS "author",
      (SELECT COALESCE(json_agg(json_build_object('id', p."id", 'body', p."body", 'authorId', p."authorId", 'sentAt', p."sentAt", 'handle', p."handle", 'displayName', p."displayName") ORDER BY p."sentAt", p."id"), '[]'::json)
       FROM (SELECT m."id", m."body", m."authorId", m."sentAt", a."handle", a."displayName" FROM "Message" m JOIN "Account" a ON a."id" = m."authorId"
             WHERE m."threadId" = t."id" ORDER BY m."sentAt" DESC, m."id" DESC LIMIT ${PREVIOUS_MESSAGES}) p) AS "previous"
    FROM "Thread" t WHERE t."externalId" = ${threadId}`;
  const row = rows[0];
  if (!row)
    throw fieldsError("INVALID", "The thread is not known to the console; see `errors`.", [
      fieldErrorAt(["threadId"], `Unknown thread "${threadId}": send it with POST /messages first.`),
    ]);
  let author: string | null = null;
  if (authorId !== undefined) {
    if (!row.author)
      throw fieldsError("INVALID", "The author is not known to the console; see `errors`.", [
        fieldErrorAt(["authorId"], `Unknown account "${authorId}": send it with POST /messages first.`),
      ]);
    author = row.author.id;
    if (row.kind === "JOB_MESSAGES" && author !== row.clientId && author !== row.freelancerId)
      throw fieldsError("INVALID", "The author does not write in this thread; see `errors`.", [
        fieldErrorAt(
          ["authorId"],
          `Account "${authorId}" is not a participant of thread "${threadId}" (only its job's client and its freelancer write there).`,
        ),
      ]);
  }
  // The same context the stored scan builds (contextFor), from this one query's rows.
  const people: ThreadPeople = {
    kind: row.kind,
    participants: [
      row.client && { ...row.client, accountId: row.clientId ?? "" },
      row.freelancer && { ...row.freelancer, accountId: row.freelancerId ?? "" },
    ].filter((p) => p !== null),
  };
  const around = row.previous.map((p) => ({ ...p, sentAt: new Date(p.sentAt) }));
  return contextFor({ ...NOT_YET_SENT, authorId: author ?? "" }, people, around);
}
