import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "@/lib/audit/filters";

describe("parseAuditFilter", () => {
  it("refuses days that do not exist or cannot be stored, one error each, and text no query can hold", () => {
    expect(parseAuditFilter({ from: "2026-11-01", to: "2026-11-30" }).error).toBeNull();
    expect(parseAuditFilter({ to: "2026-02-30" }).error).toMatch(/^to: A day that exists/);
    expect(parseAuditFilter({ from: "0000-01-01" }).error).toMatch(/^from: A day that exists/);
    expect(parseAuditFilter({ from: "01/11/2026" }).error).toBe("from: Use a date like 2026-11-22.");
    expect(parseAuditFilter({ actor: "a\u0000" }).error).toMatch(/NUL/);
    expect(parseAuditFilter({ before: "99999999999999999999" }).error).toMatch(/^before:/);
  });
});
