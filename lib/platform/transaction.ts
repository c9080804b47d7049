import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

const RETRIES = 3;

function isRetryable(error: unknown): boolean {
  // P2034: PostgreSQL reported a deadlock (40P01) or a serialization failure (40001).
  return typeof error === "object" && error !== null && "code" in error && (error as { code?: unknown }).code === "P2034";
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
