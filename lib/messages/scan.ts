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
}

/**
 * Runs the detector on a stored message and stores what it found with the
 * message (the UI highlights these stored spans and never re-guesses). A
 * violation files one automatic report per message into the case of the
 * message's thread, so all the detector's hits in a conversation gather in
 * one case next to what users reported about it.
 */
export async function scanMessage(tx: Prisma.TransactionClient, messageId: string, now = new Date()): Promise<ScanOutcome> {
  const message = await tx.message.findUniqueOrThrow({
    where: { id: messageId },
    select: { id: true, body: true, contractActive: true, threadId: true, sentAt: true },
  });
  const findings = detect(message.body, { contractActive: message.contractActive });

  await tx.finding.deleteMany({ where: { messageId } });
  if (findings.length) {
    await tx.finding.createMany({
      data: findings.map((f) => ({
        messageId,
        category: f.category,
        ruleId: f.ruleId,
        start: f.start,
        end: f.end,
        value: f.value,
        violation: f.violation,
        severity: f.severity,
        explanation: f.explanation,
      })),
    });
  }
  await tx.message.update({ where: { id: messageId }, data: { detectorVersion: DETECTOR_VERSION, scannedAt: now } });

  const violations = findings.filter((f) => f.violation);
  if (violations.length === 0) return { findings: findings.length, violations: 0, reported: false };
  const categories = [...new Set(violations.map((f) => f.category as FindingCategory))];
  const result = await fileReport(tx, {
    externalId: `auto:${messageId}`,
    source: "AUTOMATIC",
    reporterId: null,
    reason: reasonForCategories(categories),
    comment: null,
    categories,
    subject: { type: "THREAD", threadId: message.threadId },
    createdAt: message.sentAt > now ? now : message.sentAt,
  });
  return { findings: findings.length, violations: violations.length, reported: !result.duplicate };
}
