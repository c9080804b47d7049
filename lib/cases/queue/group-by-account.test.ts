import { describe, expect, it } from "vitest";
import { accountGroups, groupedOrder } from "@/lib/cases/queue/group-by-account";
import type { QueueItem } from "@/lib/cases/queue/schemas";

const item = (id: string, accountId: string | null, handle: string | null = accountId): QueueItem =>
  ({ id, accountId, handle, accountStatus: accountId ? "ACTIVE" : null, restrictedUntil: null }) as QueueItem;

describe("grouping queue rows by account", () => {
  it("keeps groups in the order of their most urgent row and rows in list order", () => {
    const rows = [
      item("1", "a"),
      item("2", "b"),
      item("3", "a"),
      item("4", null, null),
      item("5", "b"),
      item("6", "a"),
    ];
    expect(accountGroups(rows).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ["a", ["1", "3", "6"]],
      ["b", ["2", "5"]],
      ["case:4", ["4"]],
    ]);
    expect(groupedOrder(rows).map((i) => i.id)).toEqual(["1", "3", "6", "2", "5", "4"]);
  });

  it("changes nothing when every row is another account", () => {
    const rows = [item("1", "a"), item("2", "b"), item("3", "c")];
    expect(groupedOrder(rows)).toEqual(rows);
  });
});
