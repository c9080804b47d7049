import "server-only";
import { canonicalContact, contactKind, isIdentifyingValue, type ContactKind } from "@/lib/accounts/contact";
import { contactVariants } from "@/lib/cases/view/contact-key";
// Read-only: these queries may be served by the read replica (lib/db/prisma.ts, readPrisma).
import { readPrisma as prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountStatus } from "@/lib/generated/prisma/enums";

export interface SharedValue {
  /** One spelling of the contact (lib/accounts/contact.ts). */
  value: string;
  kind: ContactKind;
  /** Messages of the linked account holding it. */
  messages: number;
}

export interface LinkedAccount {
  accountId: string;
  handle: string;
  displayName: string;
  status: AccountStatus;
  restrictedUntil: string | null;
  joinedAt: string;
  /** 1: shares a value with the account itself; 2: with one of the direct links. */
  hop: 1 | 2;
  /** For the second hop: the direct links it shares a value with. */
  via: { accountId: string; handle: string }[];
  shared: SharedValue[];
  messages: number;
  threads: number;
}

export interface LinkedAccounts {
  /** The account's own identifying values, with how many of its messages hold each. */
  values: SharedValue[];
  direct: LinkedAccount[];
  second: LinkedAccount[];
}

/** Enough for a ring; a value thousands reuse would otherwise flood the page. */
const MAX_PER_HOP = 30;
const MAX_ROWS = 5000;

/** One message holding one identifying value (in its canonical spelling). */
interface Use {
  key: string;
  authorId: string;
  threadId: string;
  messageId: string;
  sentAt: Date;
}

/** account -> canonical value -> its messages and threads holding the value */
type Found = Map<string, Map<string, { messages: Set<string>; threads: Set<string> }>>;

/** The identifying values in the messages of these authors, or in any message holding one of these spellings. */
async function uses(where: { authors: string[] } | { spellings: string[] }): Promise<Use[]> {
  const condition =
    "authors" in where
      ? Prisma.sql`m."authorId" = ANY(${where.authors})`
      : Prisma.sql`f."value" = ANY(${where.spellings})`;
  const rows = await prisma.$queryRaw<
    { category: string; value: string; authorId: string; threadId: string; messageId: string; sentAt: Date }[]
  >`
    SELECT DISTINCT f."category"::text AS "category", f."value", m."authorId", m."threadId", m."id" AS "messageId", m."sentAt"
    FROM "Finding" f JOIN "Message" m ON m."id" = f."messageId"
    WHERE ${condition} AND f."value" IS NOT NULL
    LIMIT ${MAX_ROWS}`;
  return rows
    .filter((r) => isIdentifyingValue(r.category, r.value))
    .map((r) => ({ ...r, key: canonicalContact(r.value) }));
}

/** Every stored spelling of these values (index-friendly equality matches). */
function spellingsOf(keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const key of keys) for (const v of contactVariants(key)) out.add(v);
  return [...out];
}

/**
 * Keeps the uses by whoever brought the value into each conversation (the
 * first to write it there): a freelancer who quotes the scammer's handle
 * back ("is @x really your HR?") is not a second scammer.
 */
function introduced(all: Use[]): Use[] {
  const first = new Map<string, Use>();
  for (const u of all) {
    const slot = `${u.key}\u0000${u.threadId}`;
    const seen = first.get(slot);
    if (!seen || u.sentAt < seen.sentAt) first.set(slot, u);
  }
  return all.filter((u) => first.get(`${u.key}\u0000${u.threadId}`)!.authorId === u.authorId);
}

/** The values `authors` brought into conversations, and every account's introduced uses of them. */
async function valuesAndUsers(authors: string[], skip: ReadonlySet<string> = new Set()) {
  const keys = new Set((await uses({ authors })).map((u) => u.key).filter((k) => !skip.has(k)));
  if (keys.size === 0) return { mine: new Map<string, Use[]>(), others: [] as Use[] };
  const all = introduced(await uses({ spellings: spellingsOf(keys) })).filter((u) => keys.has(u.key));
  const authorSet = new Set(authors);
  const mine = new Map<string, Use[]>(); // value -> the authors' own uses
  for (const u of all) if (authorSet.has(u.authorId)) mine.set(u.key, [...(mine.get(u.key) ?? []), u]);
  return { mine, others: all.filter((u) => !authorSet.has(u.authorId) && mine.has(u.key)) };
}

function group(list: Use[], exclude: ReadonlySet<string>): Found {
  const out: Found = new Map();
  for (const u of list) {
    if (exclude.has(u.authorId)) continue;
    const perValue = out.get(u.authorId) ?? new Map();
    const entry = perValue.get(u.key) ?? { messages: new Set<string>(), threads: new Set<string>() };
    entry.messages.add(u.messageId);
    entry.threads.add(u.threadId);
    perValue.set(u.key, entry);
    out.set(u.authorId, perValue);
  }
  return out;
}

function ranked(found: Found) {
  return [...found.entries()]
    .map(([accountId, perValue]) => {
      const messages = new Set<string>();
      const threads = new Set<string>();
      const shared: SharedValue[] = [];
      for (const [value, e] of perValue) {
        e.messages.forEach((m) => messages.add(m));
        e.threads.forEach((t) => threads.add(t));
        shared.push({ value, kind: contactKind(value), messages: e.messages.size });
      }
      shared.sort((a, b) => b.messages - a.messages || a.value.localeCompare(b.value));
      return { accountId, shared, messages: messages.size, threads: threads.size };
    })
    .sort(
      (a, b) => b.shared.length - a.shared.length || b.messages - a.messages || a.accountId.localeCompare(b.accountId),
    )
    .slice(0, MAX_PER_HOP);
}

/**
 * Accounts linked to `accountId` by a phone, e-mail, messenger handle or
 * link found in their messages, two hops out, so a ring shows: the direct
 * links (sharing a value with the account), then the links of those (sharing
 * a value with a direct link but not with the account).
 */
export async function loadLinkedAccounts(accountId: string): Promise<LinkedAccounts> {
  const own = await valuesAndUsers([accountId]);
  const values: SharedValue[] = [...own.mine.entries()]
    .map(([value, list]) => ({ value, kind: contactKind(value), messages: new Set(list.map((u) => u.messageId)).size }))
    .sort((a, b) => b.messages - a.messages || a.value.localeCompare(b.value));
  const first = ranked(group(own.others, new Set([accountId])));
  const firstIds = first.map((l) => l.accountId);

  let second: ReturnType<typeof ranked> = [];
  const viaOf = new Map<string, string[]>(); // value -> the direct links that brought it in
  if (firstIds.length) {
    const theirs = await valuesAndUsers(firstIds, new Set(own.mine.keys()));
    for (const [key, list] of theirs.mine) viaOf.set(key, [...new Set(list.map((u) => u.authorId))]);
    second = ranked(group(theirs.others, new Set([accountId, ...firstIds])));
  }

  const ids = [...firstIds, ...second.map((l) => l.accountId)];
  const accounts = ids.length
    ? await prisma.account.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          handle: true,
          displayName: true,
          status: true,
          restrictedUntil: true,
          joinedAt: true,
        },
      })
    : [];
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const view = (l: ReturnType<typeof ranked>[number], hop: 1 | 2): LinkedAccount | null => {
    const a = byId.get(l.accountId);
    if (!a) return null;
    const via =
      hop === 2
        ? [...new Set(l.shared.flatMap((s) => viaOf.get(s.value) ?? []))]
            .map((id) => byId.get(id))
            .filter((v): v is NonNullable<typeof v> => !!v)
            .map((v) => ({ accountId: v.id, handle: v.handle }))
        : [];
    return {
      accountId: a.id,
      handle: a.handle,
      displayName: a.displayName,
      status: a.status,
      restrictedUntil: a.restrictedUntil?.toISOString() ?? null,
      joinedAt: a.joinedAt.toISOString(),
      hop,
      via,
      shared: l.shared,
      messages: l.messages,
      threads: l.threads,
    };
  };
  return {
    values,
    direct: first.map((l) => view(l, 1)).filter((l): l is LinkedAccount => !!l),
    second: second.map((l) => view(l, 2)).filter((l): l is LinkedAccount => !!l),
  };
}
