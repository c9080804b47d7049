import { describe, expect, it } from "vitest";
import {
  bulkActionSchema,
  decodeCursor,
  effectiveAssignee,
  effectiveSort,
  encodeCursor,
  filtersFromSearchParams,
  filtersToSearchParams,
  queueParamsSchema,
} from "@/lib/cases/queue/schemas";

describe("queue params", () => {
  it("defaults to the Unassigned tab, 50 rows", () => {
    expect(queueParamsSchema.parse({})).toEqual({ tab: "unassigned", assignee: "any", limit: 50 });
  });

  it("refuses unknown values with a message per field (the API answers 422)", () => {
    const result = queueParamsSchema.safeParse({ tab: "everything", category: "SPAM", limit: "1000" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(["category", "limit", "tab"]);
  });

  it("reads a hand-edited URL leniently, keeping the good values", () => {
    const filters = filtersFromSearchParams(new URLSearchParams("tab=mine&category=NOPE&q=%40maria&sort=oldest"));
    expect(filters).toEqual({ tab: "mine", assignee: "any", q: "@maria", sort: "oldest" });
    expect(filtersFromSearchParams(filtersToSearchParams(filters))).toEqual(filters);
    expect(filtersToSearchParams({ tab: "unassigned", assignee: "any" }).toString()).toBe("");
  });
});

describe("sort and assignee per tab", () => {
  it("ranks open tabs by priority and Resolved by closing time unless asked otherwise", () => {
    expect(effectiveSort({ tab: "unassigned" })).toBe("priority");
    expect(effectiveSort({ tab: "resolved" })).toBe("closed");
    expect(effectiveSort({ tab: "unassigned", sort: "closed" })).toBe("priority");
    expect(effectiveSort({ tab: "open", sort: "oldest" })).toBe("oldest");
    expect(effectiveSort({ tab: "open", sort: "sla" })).toBe("sla");
    // A closed case has no deadline left to breach.
    expect(effectiveSort({ tab: "resolved", sort: "sla" })).toBe("closed");
  });

  it("fixes the assignee on the tabs that are defined by it", () => {
    expect(effectiveAssignee({ tab: "unassigned", assignee: "me" })).toBe("none");
    expect(effectiveAssignee({ tab: "mine", assignee: "any" })).toBe("me");
    expect(effectiveAssignee({ tab: "open", assignee: "none" })).toBe("none");
  });
});

describe("cursor", () => {
  it("round-trips and rejects tampering", () => {
    const cursor = { s: "oldest" as const, k: "2026-11-20T10:00:00.000Z", id: "cm1abc" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(encodeCursor({ ...cursor, s: "weird" as "oldest" }))).toBeNull();
  });
});

describe("bulk actions", () => {
  it("need a reason to dismiss and at most 100 cases", () => {
    const cases = [{ caseId: "c1", version: 1 }];
    expect(bulkActionSchema.safeParse({ action: "dismiss", cases, reason: "" }).success).toBe(false);
    expect(bulkActionSchema.safeParse({ action: "dismiss", cases, reason: "Duplicate of C-12" }).success).toBe(true);
    const many = Array.from({ length: 101 }, (_, i) => ({ caseId: `c${i}`, version: 1 }));
    expect(bulkActionSchema.safeParse({ action: "assign", cases: many, assigneeId: null }).success).toBe(false);
  });

  it("drops NUL and lone surrogates from a search instead of failing the query", () => {
    expect(queueParamsSchema.parse({ q: "ma\u0000ria\ud800" }).q).toBe("maria");
    expect(queueParamsSchema.parse({ q: "\u0000" }).q).toBeUndefined();
  });
});
