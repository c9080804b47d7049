import { describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/platform/transaction";

describe("inTransaction", () => {
  it("retries a transaction PostgreSQL aborted to break a deadlock, so both requests succeed", async () => {
    const [a, b] = [Math.floor(Math.random() * 1e9), Math.floor(Math.random() * 1e9)];
    let attempts = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    let holding = 0;
    const lockBoth = (first: number, second: number) =>
      inTransaction(async (tx) => {
        attempts++;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${first}::bigint)`;
        if (++holding === 2) release();
        await bothHoldOne;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${second}::bigint)`;
        return first;
      });
    // Opposite order: a textbook deadlock; PostgreSQL aborts one of them.
    const results = await Promise.all([lockBoth(a, b), lockBoth(b, a)]);
    expect(results).toEqual([a, b]);
    expect(attempts).toBe(3);
  });
});
