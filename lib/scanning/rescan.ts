import "server-only";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scanMessages } from "@/lib/scanning/scan";
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

/** What differs between rescanning messages and job postings; the batching, cursor and progress do not. */
interface RescanTarget {
  cursorPrefix: string;
  count(where: PendingWhere): Promise<number>;
  ids(where: PendingWhere, take: number): Promise<{ id: string }[]>;
  /** Scans one batch in the transaction; answers how many new automatic reports it filed. */
  scan(tx: Prisma.TransactionClient, ids: string[]): Promise<number>;
}

type PendingWhere = {
  OR?: ({ detectorVersion: null } | { detectorVersion: { not: string } })[];
  id?: { gt: string };
};

/**
 * Rescans stored items after the rules change, in batches ordered by id.
 * Each batch commits together with the cursor, so a stopped rescan resumes
 * where it left off and never scans an item twice for one version.
 */
async function rescanInBatches(target: RescanTarget, options: RescanOptions): Promise<RescanResult> {
  const batchSize = options.batchSize ?? 200;
  const cursorName = `${target.cursorPrefix}:${DETECTOR_VERSION}${options.all ? ":all" : ""}`;
  const cursor = await prisma.jobCursor.findUnique({ where: { name: cursorName } });
  const resumedFrom = cursor?.position ?? null;
  const pending = (after: string | null): PendingWhere => ({
    ...(options.all ? {} : { OR: [{ detectorVersion: null }, { detectorVersion: { not: DETECTOR_VERSION } }] }),
    ...(after ? { id: { gt: after } } : {}),
  });

  const total = await target.count(pending(resumedFrom));
  let after = resumedFrom;
  let scanned = 0;
  let newReports = 0;
  options.onProgress?.(0, total);
  for (;;) {
    const batch = await target.ids(pending(after), batchSize);
    if (batch.length === 0) break;
    const last = batch[batch.length - 1]!.id;
    await prisma.$transaction(
      async (tx) => {
        newReports += await target.scan(
          tx,
          batch.map((b) => b.id),
        );
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

const reported = (outcomes: Map<string, { reported: boolean }>) =>
  [...outcomes.values()].filter((o) => o.reported).length;

/** Stored messages, a batch at a time through scanMessages (a fixed number of queries per batch). */
export function rescanMessages(options: RescanOptions = {}): Promise<RescanResult> {
  return rescanInBatches(
    {
      cursorPrefix: "detect-rescan",
      count: (where) => prisma.message.count({ where }),
      ids: (where, take) => prisma.message.findMany({ where, orderBy: { id: "asc" }, take, select: { id: true } }),
      scan: async (tx, ids) => reported(await scanMessages(tx, ids)),
    },
    options,
  );
}

/**
 * Job postings (title and description). A job whose text already filed an
 * automatic report does not file another (the report is keyed by the text).
 */
export function rescanJobs(options: RescanOptions = {}): Promise<RescanResult> {
  return rescanInBatches(
    {
      cursorPrefix: "detect-rescan-jobs",
      count: (where) => prisma.jobPosting.count({ where }),
      ids: (where, take) => prisma.jobPosting.findMany({ where, orderBy: { id: "asc" }, take, select: { id: true } }),
      scan: async (tx, ids) => reported(await scanJobs(tx, ids)),
    },
    options,
  );
}
