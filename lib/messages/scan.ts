import "server-only";
import { fileReport } from "@/lib/cases/intake";
import { reasonForCategories } from "@/lib/cases/reasons";
import { detect } from "@/lib/detection/detect";
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
export async function scanMessage(tx: Prisma.TransactionClient, messageId: string, now = new Date()): Promise<ScanOutcome> {
  const outcome = (await scanMessages(tx, [messageId], now)).get(messageId);
  if (!outcome) throw new Error(`Message ${messageId} does not exist.`);
  return outcome;
}

/**
 * The same as scanMessage for many messages at once, with a fixed number of
 * queries for the findings whatever the batch size (ingestion scans whole
 * batches in their transaction). Automatic reports are filed in thread
 * order, so two batches touching the same threads take the per-subject
 * locks in the same order and never deadlock.
 */
export async function scanMessages(tx: Prisma.TransactionClient, messageIds: string[], now = new Date()): Promise<Map<string, ScanOutcome>> {
  const outcomes = new Map<string, ScanOutcome>();
  if (messageIds.length === 0) return outcomes;
  const messages = await tx.message.findMany({
    where: { id: { in: messageIds } },
    select: { id: true, body: true, contractActive: true, threadId: true, sentAt: true },
  });
  const scanned = messages.map((message) => ({ message, findings: detect(message.body, { contractActive: message.contractActive }) }));

  await tx.finding.deleteMany({ where: { messageId: { in: messages.map((m) => m.id) } } });
  const rows = scanned.flatMap(({ message, findings }) =>
    findings.map((f) => ({
      messageId: message.id,
      category: f.category,
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
      value: f.value,
      violation: f.violation,
      severity: f.severity,
      explanation: f.explanation,
    })),
  );
  if (rows.length) await tx.finding.createMany({ data: rows });
  await tx.message.updateMany({ where: { id: { in: messages.map((m) => m.id) } }, data: { detectorVersion: DETECTOR_VERSION, scannedAt: now } });

  const violating = scanned
    .filter(({ findings }) => findings.some((f) => f.violation))
    .sort((a, b) => (a.message.threadId < b.message.threadId ? -1 : a.message.threadId > b.message.threadId ? 1 : a.message.sentAt.getTime() - b.message.sentAt.getTime()));
  for (const { message, findings } of scanned) {
    outcomes.set(message.id, { findings: findings.length, violations: 0, reported: false, caseId: null });
  }
  for (const { message, findings } of violating) {
    const violations = findings.filter((f) => f.violation);
    const categories = [...new Set(violations.map((f) => f.category as FindingCategory))];
    const result = await fileReport(tx, {
      externalId: `auto:${message.id}`,
      source: "AUTOMATIC",
      reporterId: null,
      reason: reasonForCategories(categories),
      comment: null,
      categories,
      subject: { type: "THREAD", threadId: message.threadId },
      createdAt: message.sentAt > now ? now : message.sentAt,
    });
    outcomes.set(message.id, { findings: findings.length, violations: violations.length, reported: !result.duplicate, caseId: result.caseId });
  }
  return outcomes;
}
