import type { AccountStatus } from "@/lib/generated/prisma/enums";
import type { QueueItem } from "@/lib/cases/queue/schemas";

export interface AccountGroup {
  key: string;
  accountId: string | null;
  handle: string | null;
  status: AccountStatus | null;
  restrictedUntil: string | null;
  items: QueueItem[];
}

/**
 * The rows by the account each case is mostly about, groups in the order of
 * their most urgent row (the list's own order), rows in list order within a
 * group. Pure and stable, so the keyboard walks the rows as they are shown.
 */
export function accountGroups(items: QueueItem[]): AccountGroup[] {
  const groups = new Map<string, AccountGroup>();
  for (const item of items) {
    const key = item.accountId ?? `case:${item.id}`;
    const group = groups.get(key) ?? {
      key,
      accountId: item.accountId,
      handle: item.handle,
      status: item.accountStatus,
      restrictedUntil: item.restrictedUntil,
      items: [],
    };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The rows in grouped order (what j/k walk when grouping is on). */
export function groupedOrder(items: QueueItem[]): QueueItem[] {
  return accountGroups(items).flatMap((g) => g.items);
}
