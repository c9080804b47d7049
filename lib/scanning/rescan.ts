import "server-only";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { prisma } from "@/lib/db/prisma";
import { scanMessage } from "@/lib/scanning/scan";
import { scanJobs } from "@/lib/scanning/scan-job";

export interface RescanOptions {
  batchSize?: number;
  /** Rescan every message, not only those scanned by another detector version. */
  all?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface RescanResult {
  scanned: number;
  newReports: number;
  resumedFrom: string | null;
}

/**
 * Rescans stored messages after the rules change, in batches ordered by id.
 * Each batch commits together with the cursor, so a stopped rescan resumes
 * where it left off and never scans a message twice for one version.
 */
export async function rescanMessages(options: RescanOptions = {}): Promise<RescanResult> {
  const batchSize = options.batchSize ?? 200;
  const cursorName = `detect-rescan:${DETECTOR_VERSION}${options.all ? ":all" : ""}`;
  const cursor = await prisma.jobCursor.findUnique({ where: { name: cursorName } });
  const resumedFrom = cursor?.position ?? null;
  const pending = (after: string | null) => ({
    ...(options.all ? {} : { OR: [{ detectorVersion: null }, { detectorVersion: { not: DETECTOR_VERSION } }] }),
    ...(after ? { id: { gt: after } } : {}),
  });

  const total = await prisma.message.count({ where: pending(resumedFrom) });
  let after = resumedFrom;
  let scanned = 0;
  let newReports = 0;
  options.onProgress?.(0, total);
  for (;;) {
    const batch = await prisma.message.findMany({
      where: pending(after),
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (batch.length === 0) break;
    const last = batch[batch.length - 1]!.id;
    await prisma.$transaction(
      async (tx) => {
        for (const { id } of batch) {
          const outcome = await scanMessage(tx, id);
          if (outcome.reported) newReports++;
        }
        await tx.jobCursor.upsert({
          where: { name: cursorName },
          create: { name: cursorName, position: last },
          update: { position: last },
        });
      },
      { timeout: 120_000 },
    );
    after = last;
    scanned += batch.length;
    options.onProgress?.(scanned, total);
  }
  // Finished: the next rescan of this version starts from the beginning.
  await prisma.jobCursor.deleteMany({ where: { name: cursorName } });
  return { scanned, newReports, resumedFrom };
}

/**
 * The same for job postings (title and description): outdated or, with
 * `all`, every job, in resumable batches ordered by id, each committed with
 * its cursor. A job whose text already filed an automatic report does not
 * file another (the report is keyed by the text).
 */
export async function rescanJobs(options: RescanOptions = {}): Promise<RescanResult> {
  const batchSize = options.batchSize ?? 200;
  const cursorName = `detect-rescan-jobs:${DETECTOR_VERSION}${options.all ? ":all" : ""}`;
  const cursor = await prisma.jobCursor.findUnique({ where: { name: cursorName } });
  const resumedFrom = cursor?.position ?? null;
  const pending = (after: string | null) => ({
    ...(options.all ? {} : { OR: [{ detectorVersion: null }, { detectorVersion: { not: DETECTOR_VERSION } }] }),
    ...(after ? { id: { gt: after } } : {}),
  });

  const total = await prisma.jobPosting.count({ where: pending(resumedFrom) });
  let after = resumedFrom;
  let scanned = 0;
  let newReports = 0;
  options.onProgress?.(0, total);
  for (;;) {
    const batch = await prisma.jobPosting.findMany({
      where: pending(after),
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (batch.length === 0) break;
    const last = batch[batch.length - 1]!.id;
    await prisma.$transaction(
      async (tx) => {
        const outcomes = await scanJobs(
          tx,
          batch.map((j) => j.id),
        );
        for (const outcome of outcomes.values()) if (outcome.reported) newReports++;
        await tx.jobCursor.upsert({
          where: { name: cursorName },
          create: { name: cursorName, position: last },
          update: { position: last },
        });
      },
      { timeout: 120_000 },
    );
    after = last;
    scanned += batch.length;
    options.onProgress?.(scanned, total);
  }
  await prisma.jobCursor.deleteMany({ where: { name: cursorName } });
  return { scanned, newReports, resumedFrom };
}
