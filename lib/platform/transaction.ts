import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

const RETRIES = 3;

const RETRYABLE_SQLSTATES = new Set(["40P01", "40001"]); // deadlock detected, serialization failure

function isRetryable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  };
  // Prisma reports them as P2034 from its own queries, and as P2010 (raw
  // query failed) with the driver's SQLSTATE from raw ones.
  return (
    code === "P2034" ||
    (code === "P2010" && RETRYABLE_SQLSTATES.has(String(meta?.driverAdapterError?.cause?.originalCode)))
  );
}

/**
 * One API request = one transaction: it commits whole or not at all. A
 * deadlock or serialization failure (another request touched the same rows
 * in between) is retried a few times; nothing of a failed attempt remains.
 * Batches are bigger than a console decision, hence the longer timeouts.
 */
export async function inTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, { maxWait: 20_000, timeout: 60_000 });
    } catch (error) {
      if (attempt >= RETRIES || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
