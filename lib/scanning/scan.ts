import "server-only";
import { fileReports } from "@/lib/cases/intake/intake";
import { reasonForCategories } from "@/lib/cases/intake/reasons";
import { detect, findingFields, type Finding } from "@/lib/detection/detect";
import type { ThreadContext } from "@/lib/detection/types";
import { contextFor, loadPredecessors, loadThreadPeople } from "@/lib/scanning/thread-context";
import { cuid } from "@/lib/db/ids";
import { countFindings } from "@/lib/metrics/prometheus";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingCategory } from "@/lib/generated/prisma/enums";

export interface ScanOutcome {
  findings: number;
  violations: number;
  reported: boolean;
  /** The case the automatic report is in (null when nothing violates). */
  caseId: string | null;
}

/**
 * Runs the detector on a stored message and stores what it found with the
 * message (the UI highlights these stored spans and never re-guesses). A
 * violation files one automatic report per message into the case of the
 * message's thread, so all the detector's hits in a conversation gather in
 * one case next to what users reported about it.
 */
export async function scanMessage(
  tx: Prisma.TransactionClient,
  messageId: string,
  now = new Date(),
): Promise<ScanOutcome> {
  const outcome = (await scanMessages(tx, [messageId], now)).get(messageId);
  if (!outcome) throw new Error(`Message ${messageId} does not exist.`);
  return outcome;
}

/**
 * The same as scanMessage for many messages at once, with a fixed number of
 * queries whatever the batch size (rescans and demo data).
 */
export async function scanMessages(
  tx: Prisma.TransactionClient,
  messageIds: string[],
  now = new Date(),
): Promise<Map<string, ScanOutcome>> {
  if (messageIds.length === 0) return new Map();
  const messages = await tx.message.findMany({
    where: { id: { in: messageIds } },
    select: { id: true, body: true, contractActive: true, threadId: true, sentAt: true, authorId: true },
  });
  const [people, predecessors] = await Promise.all([
    loadThreadPeople(tx, [...new Set(messages.map((m) => m.threadId))]),
    loadPredecessors(
      tx,
      messages.map((m) => m.id),
    ),
  ]);
  await tx.finding.deleteMany({ where: { messageId: { in: messages.map((m) => m.id) } } });
  await tx.message.updateMany({
    where: { id: { in: messages.map((m) => m.id) } },
    data: { detectorVersion: DETECTOR_VERSION, scannedAt: now },
  });
  return storeScan(
    tx,
    messages.map((message) => ({
      message,
      findings: detectIn(
        message,
        contextFor(message, people.get(message.threadId), predecessors.get(message.id) ?? []),
      ),
    })),
    now,
  );
}

export interface ScannableMessage {
  id: string;
  body: string;
  contractActive: boolean;
  threadId: string;
  sentAt: Date;
}

/** The detector's findings for a message, given the contract state it was sent in and its thread. */
export function detectIn(
  message: Pick<ScannableMessage, "body" | "contractActive">,
  thread?: ThreadContext,
): Finding[] {
  return detect(message.body, { contractActive: message.contractActive, thread });
}

/**
 * Stores detector results for messages that have no findings yet and are
 * already stamped with DETECTOR_VERSION and scannedAt: ingestion detects
 * before inserting, so a new message costs no extra query of its own. A
 * violation files one automatic report per message into the case of the
 * message's thread; reports are filed in thread order, so two batches
 * touching the same threads take the per-subject locks in the same order.
 */
export async function storeScan(
  tx: Prisma.TransactionClient,
  scanned: { message: ScannableMessage; findings: Finding[] }[],
  now = new Date(),
): Promise<Map<string, ScanOutcome>> {
  const outcomes = new Map<string, ScanOutcome>();
  const rows = scanned.flatMap(({ message, findings }) =>
    findings.map((f) => ({
      id: cuid(),
      messageId: message.id,
      ...findingFields(f),
    })),
  );
  // One statement with one parameter, however many findings: a batch's
  // findings cost the same query as one message's.
  if (rows.length) {
    await tx.$executeRaw`
      INSERT INTO "Finding" ("id", "messageId", "category", "ruleId", "start", "end", "value", "violation", "severity", "explanation", "createdAt")
      SELECT f."id", f."messageId", f."category"::"FindingCategory", f."ruleId", f."start", f."end", f."value", f."violation", f."severity"::"Severity", f."explanation",
             ${now.toISOString()}::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS f(
        "id" text, "messageId" text, "category" text, "ruleId" text, "start" int, "end" int, "value" text, "violation" boolean, "severity" text, "explanation" text)`;
  }

  // Counted as stored; a batch rolled back later (a conflict) would be counted too, which is rare.
  countFindings(rows);
  for (const { message, findings } of scanned) {
    outcomes.set(message.id, { findings: findings.length, violations: 0, reported: false, caseId: null });
  }
  const violating = scanned
    .map(({ message, findings }) => ({ message, findings, violations: findings.filter((f) => f.violation) }))
    .filter((s) => s.violations.length > 0)
    .sort((a, b) =>
      a.message.threadId < b.message.threadId
        ? -1
        : a.message.threadId > b.message.threadId
          ? 1
          : a.message.sentAt.getTime() - b.message.sentAt.getTime(),
    );
  const filed = await fileReports(
    tx,
    violating.map(({ message, violations }) => {
      const categories = [...new Set(violations.map((f) => f.category as FindingCategory))];
      return {
        externalId: `auto:${message.id}`,
        source: "AUTOMATIC" as const,
        reporterId: null,
        reason: reasonForCategories(categories),
        comment: null,
        categories,
        subject: { type: "THREAD" as const, threadId: message.threadId },
        createdAt: message.sentAt > now ? now : message.sentAt,
      };
    }),
  );
  violating.forEach(({ message, findings, violations }, i) =>
    outcomes.set(message.id, reportedOutcome(findings, violations, filed[i]!)),
  );
  return outcomes;
}

/** A scanned item's outcome once its violations have been filed as an automatic report. */
export function reportedOutcome(
  findings: readonly unknown[],
  violations: readonly unknown[],
  filed: { duplicate: boolean; caseId: string },
): ScanOutcome {
  return { findings: findings.length, violations: violations.length, reported: !filed.duplicate, caseId: filed.caseId };
}
