import { describe, expect, it } from "vitest";
import { isStorableDay, isStorableInstant } from "@/lib/dates";

describe("storable dates", () => {
  it("accepts instants whose UTC year has four digits, and nothing past them", () => {
    expect(isStorableInstant("2026-11-20T14:03:00Z")).toBe(true);
    expect(isStorableInstant("0001-01-01T00:00:00Z")).toBe(true);
    expect(isStorableInstant("9999-12-31T23:59:59Z")).toBe(true);
    expect(isStorableInstant("0000-01-01T00:00:00Z")).toBe(false);
    // Year 10000 once in UTC: Prisma would write it in a form PostgreSQL misreads.
    expect(isStorableInstant("9999-12-31T23:59:59-12:00")).toBe(false);
    expect(isStorableInstant("+275760-09-13T00:00:00Z")).toBe(false);
  });

  it("accepts days that exist", () => {
    expect(isStorableDay("2026-11-22")).toBe(true);
    expect(isStorableDay("2028-02-29")).toBe(true);
    expect(isStorableDay("2026-02-30")).toBe(false);
    expect(isStorableDay("2026-13-01")).toBe(false);
    expect(isStorableDay("0000-01-01")).toBe(false);
  });
});
