import "server-only";
import { fieldErrorAt, fieldsError, type FieldError } from "@/lib/http/problem";
import type { MessageBatch, MessageBatchResult } from "@/lib/api/schemas/messages";
import { cuid } from "@/lib/db/ids";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { detectIn, storeScan, type ScanOutcome } from "@/lib/scanning/scan";
import { contextFor, loadRecentMessages, loadThreadPeople } from "@/lib/scanning/thread-context";
import { upsertEntities } from "@/lib/platform/entities";
import { inTransaction } from "@/lib/platform/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A message as stored, before it has an id. */
export interface NewMessage {
  externalId: string;
  threadId: string;
  authorId: string;
  body: string;
  sentAt: Date;
  contractActive: boolean;
}

interface StoredMessage extends NewMessage {
  id: string;
}

interface ContractSpan {
  startedAt: Date;
  endedAt: Date | null;
}

/** Whether a contract was in force at `at`: started at or before it and not yet ended. */
export function contractActiveAt(contracts: readonly ContractSpan[], at: Date): boolean {
  const t = at.getTime();
  return contracts.some((c) => c.startedAt.getTime() <= t && (c.endedAt === null || c.endedAt.getTime() > t));
}

/**
 * Stores a batch of messages with the threads, jobs and accounts they refer
 * to, and scans each new message in the same transaction: either the whole
 * batch is stored and scanned, or nothing is. A message sent again (same
 * platform id, same content) is reported `unchanged` and not scanned again;
 * the same id with different content is a 409, because a stored message is
 * evidence and is never rewritten.
 */
export async function ingestMessages(
  batch: MessageBatch,
  now = new Date(),
): Promise<{ result: MessageBatchResult; created: number }> {
  return inTransaction(async (tx) => {
    const entities = await upsertEntities(
      tx,
      batch,
      {
        accounts: batch.messages.map((m, i) => ({ id: m.authorId, path: ["messages", i, "authorId"] })),
        threads: batch.messages.map((m, i) => ({ id: m.threadId, path: ["messages", i, "threadId"] })),
      },
      now,
    );

    const problems: FieldError[] = [];
    batch.messages.forEach((m, i) => {
      const thread = entities.threads.get(m.threadId)!;
      const author = entities.accounts.get(m.authorId)!;
      if (thread.kind === "JOB_MESSAGES" && author !== thread.clientId && author !== thread.freelancerId) {
        problems.push(
          fieldErrorAt(
            ["messages", i, "authorId"],
            `Account "${m.authorId}" is not a participant of thread "${m.threadId}" (only its job's client and its freelancer write there).`,
          ),
        );
      }
    });
    if (problems.length)
      throw fieldsError("INVALID", "Some messages cannot be stored; see `errors`. Nothing was written.", problems);

    const existing = await tx.$queryRaw<StoredMessage[]>`
      SELECT "id", "externalId", "threadId", "authorId", "body", "sentAt", "contractActive" FROM "Message"
      WHERE "externalId" = ANY(${batch.messages.map((m) => m.id)}::text[])`;
    const stored = new Map(existing.map((m) => [m.externalId, m]));
    const conflicts: FieldError[] = [];
    batch.messages.forEach((m, i) => {
      const row = stored.get(m.id);
      if (row && !sameMessage(row, m, entities)) {
        conflicts.push(
          fieldErrorAt(
            ["messages", i],
            `Message "${m.id}" was received before with a different thread, author, body or time; a stored message is never rewritten.`,
          ),
        );
      }
    });
    if (conflicts.length)
      throw fieldsError(
        "CONFLICT",
        "Some messages contradict what was received before; see `errors`. Nothing was written.",
        conflicts,
      );

    const fresh = batch.messages
      .filter((m) => !stored.has(m.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const createdIds = new Set<string>();
    let scans = new Map<string, ScanOutcome>();
    if (fresh.length) {
      const threadIds = [...new Set(fresh.map((m) => entities.threads.get(m.threadId)!.id))];
      const contracts = await tx.$queryRaw<(ContractSpan & { threadId: string })[]>`
        SELECT "threadId", "startedAt", "endedAt" FROM "Contract" WHERE "threadId" = ANY(${threadIds}::text[])`;
      const contractsByThread = new Map<string, ContractSpan[]>();
      for (const c of contracts) contractsByThread.set(c.threadId, [...(contractsByThread.get(c.threadId) ?? []), c]);
      // The thread as context: its participants, and the messages before each new one (stored, or
      // earlier in this batch), so an @mention of the other party is not a handle and an answer to
      // "what's your number?" is read as one.
      const [people, recent] = await Promise.all([loadThreadPeople(tx, threadIds), loadRecentMessages(tx, threadIds)]);
      const incoming = fresh.map((m) => ({
        id: `batch:${m.id}`,
        threadId: entities.threads.get(m.threadId)!.id,
        authorId: entities.accounts.get(m.authorId)!,
        body: m.body,
        sentAt: new Date(m.sentAt),
      }));
      // Detected before inserting, so each message is stored already scanned.
      const prepared = fresh.map((m, i) => {
        const { threadId, sentAt } = incoming[i]!;
        const contractActive = contractActiveAt(contractsByThread.get(threadId) ?? [], sentAt);
        const around = [...(recent.get(threadId) ?? []), ...incoming.filter((x) => x.threadId === threadId)];
        const thread = contextFor(incoming[i]!, people.get(threadId), around);
        return { m, threadId, sentAt, contractActive, findings: detectIn({ body: m.body, contractActive }, thread) };
      });
      const rows = prepared.map(({ m, threadId, sentAt, contractActive }) => ({
        id: cuid(),
        externalId: m.id,
        threadId,
        authorId: entities.accounts.get(m.authorId)!,
        body: m.body,
        sentAt: sentAt.toISOString(),
        contractActive,
      }));
      // One statement with one parameter for the whole batch; ON CONFLICT
      // skips ids a concurrent request stored first (theirs stands).
      const inserted = await tx.$queryRaw<StoredMessage[]>`
        INSERT INTO "Message" ("id", "externalId", "threadId", "authorId", "body", "sentAt", "contractActive", "detectorVersion", "scannedAt", "createdAt")
        SELECT m."id", m."externalId", m."threadId", m."authorId", m."body", m."sentAt", m."contractActive", ${DETECTOR_VERSION}, ${now.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3)
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS m("id" text, "externalId" text, "threadId" text, "authorId" text, "body" text, "sentAt" timestamp(3), "contractActive" boolean)
        ON CONFLICT ("externalId") DO NOTHING
        RETURNING "id", "externalId", "threadId", "authorId", "body", "sentAt", "contractActive"`;
      for (const row of inserted) {
        stored.set(row.externalId, row);
        createdIds.add(row.externalId);
      }
      const findingsOf = new Map(prepared.map((p) => [p.m.id, p.findings]));
      scans = await storeScan(
        tx,
        inserted.map((row) => ({ message: row, findings: findingsOf.get(row.externalId)! })),
        now,
      );

      // Stored by a concurrent request with the same ids after we looked: theirs stands.
      const raced = fresh.filter((m) => !stored.has(m.id)).map((m) => m.id);
      if (raced.length) {
        const rows = await tx.message.findMany({
          where: { externalId: { in: raced } },
          select: {
            id: true,
            externalId: true,
            threadId: true,
            authorId: true,
            body: true,
            sentAt: true,
            contractActive: true,
          },
        });
        for (const row of rows) stored.set(row.externalId, row);
      }
    }

    const replayed = batch.messages.filter((m) => !createdIds.has(m.id)).map((m) => stored.get(m.id)!.id);
    const earlier = replayed.length ? await earlierScans(tx, replayed) : new Map();

    const result: MessageBatchResult = {
      messages: batch.messages.map((m) => {
        const row = stored.get(m.id)!;
        const scan = scans.get(row.id) ?? earlier.get(row.id) ?? { findings: 0, violations: 0, caseId: null };
        return {
          id: m.id,
          status: createdIds.has(m.id) ? ("created" as const) : ("unchanged" as const),
          messageId: row.id,
          contractActive: row.contractActive,
          findings: scan.findings,
          violations: scan.violations,
          caseId: scan.caseId,
        };
      }),
      ...entities.results,
    };
    return { result, created: createdIds.size };
  });
}

function sameMessage(
  row: { threadId: string; authorId: string; body: string; sentAt: Date },
  m: MessageBatch["messages"][number],
  entities: { threads: Map<string, { id: string }>; accounts: Map<string, string> },
): boolean {
  return (
    row.threadId === entities.threads.get(m.threadId)?.id &&
    row.authorId === entities.accounts.get(m.authorId) &&
    row.body === m.body &&
    row.sentAt.getTime() === new Date(m.sentAt).getTime()
  );
}

/** What the detector found when replayed messages were first received. */
async function earlierScans(tx: Prisma.TransactionClient, messageIds: string[]) {
  const [findings, reports] = [
    await tx.finding.groupBy({
      by: ["messageId", "violation"],
      where: { messageId: { in: messageIds } },
      _count: { _all: true },
    }),
    await tx.report.findMany({
      where: { externalId: { in: messageIds.map((id) => `auto:${id}`) } },
      select: { externalId: true, caseId: true },
    }),
  ];
  const out = new Map<string, { findings: number; violations: number; caseId: string | null }>();
  for (const id of messageIds) out.set(id, { findings: 0, violations: 0, caseId: null });
  for (const f of findings) {
    const entry = out.get(f.messageId)!;
    entry.findings += f._count._all;
    if (f.violation) entry.violations += f._count._all;
  }
  for (const r of reports) out.get(r.externalId.slice("auto:".length))!.caseId = r.caseId;
  return out;
}
