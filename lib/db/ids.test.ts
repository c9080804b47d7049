import { describe, expect, it } from "vitest";
import { cuid } from "@/lib/db/ids";

describe("cuid", () => {
  it("makes unique 25-character ids shaped like Prisma's cuid()", () => {
    const ids = Array.from({ length: 10_000 }, cuid);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });
});
