import "server-only";
import type { ThreadContext } from "@/lib/detection/types";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How many earlier messages of the thread the detector is given as context. */
export const PREVIOUS_MESSAGES = 5;

export interface ThreadMessage {
  id: string;
  authorId: string;
  body: string;
  sentAt: Date;
}

export interface ThreadPeople {
  kind: string;
  participants: { handle: string; displayName: string | null; accountId: string }[];
}

/**
 * The detector's context for one message: the thread's participants (a job thread's client and
 * freelancer; a forum topic's: the authors of the messages around it) and the few messages before it,
 * oldest first, marked when the same author wrote them. Pure: callers load the rows.
 */
export function contextFor(
  message: Pick<ThreadMessage, "id" | "authorId" | "sentAt">,
  people: ThreadPeople | undefined,
  around: readonly (ThreadMessage & { handle?: string; displayName?: string | null })[],
): ThreadContext {
  const before = around
    .filter((m) => m.sentAt < message.sentAt || (m.sentAt.getTime() === message.sentAt.getTime() && m.id < message.id))
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || (a.id < b.id ? -1 : 1))
    .slice(-PREVIOUS_MESSAGES);
  const participants =
    people && people.kind === "JOB_MESSAGES"
      ? people.participants.map(({ handle, displayName }) => ({ handle, displayName }))
      : [
          ...new Map(
            around.filter((m) => m.handle).map((m) => [m.handle!, { handle: m.handle!, displayName: m.displayName }]),
          ).values(),
        ];
  return {
    participants,
    previous: before.map((m) => ({ text: m.body, sameAuthor: m.authorId === message.authorId })),
  };
}

/** Participants of threads, one query. */
export async function loadThreadPeople(
  tx: Prisma.TransactionClient,
  threadIds: readonly string[],
): Promise<Map<string, ThreadPeople>> {
  if (threadIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; kind: string; people: ThreadPeople["participants"] }[]>`
    SELECT t."id", t."kind"::text AS "kind",
      COALESCE((SELECT json_agg(json_build_object('handle', a."handle", 'displayName', a."displayName", 'accountId', a."id"))
        FROM "Account" a WHERE a."id" IN (t."clientId", t."freelancerId")), '[]'::json) AS "people"
    FROM "Thread" t WHERE t."id" = ANY(${[...threadIds]}::text[])`;
  return new Map(rows.map((r) => [r.id, { kind: r.kind, participants: r.people }]));
}

/** A stored message of a thread with its author's handle and display name. */
type AuthoredMessage = ThreadMessage & { handle: string; displayName: string | null };

/**
 * For stored messages (scan, rescan): each message's few predecessors in its thread, with their
 * authors' handles, one query whatever the batch size.
 */
export async function loadPredecessors(
  tx: Prisma.TransactionClient,
  messageIds: readonly string[],
): Promise<Map<string, AuthoredMessage[]>> {
  if (messageIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<(AuthoredMessage & { of: string })[]>`
    SELECT m."id" AS "of", p."id", p."authorId", p."body", p."sentAt", a."handle", a."displayName"
    FROM "Message" m
    CROSS JOIN LATERAL (
      SELECT q."id", q."authorId", q."body", q."sentAt" FROM "Message" q
      WHERE q."threadId" = m."threadId" AND (q."sentAt", q."id") < (m."sentAt", m."id")
      ORDER BY q."sentAt" DESC, q."id" DESC LIMIT ${PREVIOUS_MESSAGES}) p
    JOIN "Account" a ON a."id" = p."authorId"
    WHERE m."id" = ANY(${[...messageIds]}::text[])`;
  const out = new Map<string, AuthoredMessage[]>();
  for (const { of, ...row } of rows) out.set(of, [...(out.get(of) ?? []), row]);
  return out;
}

/** For a batch arriving from the platform: the latest stored messages of each thread, one query. */
export async function loadRecentMessages(
  tx: Prisma.TransactionClient,
  threadIds: readonly string[],
): Promise<Map<string, AuthoredMessage[]>> {
  if (threadIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<(AuthoredMessage & { threadId: string })[]>`
    SELECT t."id" AS "threadId", p."id", p."authorId", p."body", p."sentAt", a."handle", a."displayName"
    FROM "Thread" t
    CROSS JOIN LATERAL (
      SELECT q."id", q."authorId", q."body", q."sentAt" FROM "Message" q WHERE q."threadId" = t."id"
      ORDER BY q."sentAt" DESC, q."id" DESC LIMIT 20) p
    JOIN "Account" a ON a."id" = p."authorId"
    WHERE t."id" = ANY(${[...threadIds]}::text[])`;
  const out = new Map<string, AuthoredMessage[]>();
  for (const { threadId, ...row } of rows) out.set(threadId, [...(out.get(threadId) ?? []), row]);
  return out;
}
