import { isStorableInstant } from "@/lib/dates";
import { searchableText } from "@/lib/unicode";
import { z } from "@/lib/zod";
import type { EnforcedReason } from "@/lib/cases/labels";
import {
  CaseStatus,
  FindingCategory,
  SubjectType,
  type AccountStatus,
  type ConsoleRole,
} from "@/lib/generated/prisma/enums";
import { versionSchema } from "@/lib/version";

/**
 * The queue's inputs and outputs, shared by the route handlers, the server
 * page and the client, so a filter means the same thing on both sides.
 */

export const QUEUE_TABS = ["unassigned", "mine", "open", "escalated", "appeals", "resolved"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_SORTS = ["priority", "sla", "oldest", "newest", "closed"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_AGES = ["lt1h", "lt24h", "gt24h", "gt7d"] as const;
export type QueueAge = (typeof QUEUE_AGES)[number];

export const QUEUE_SOURCES = ["user", "automatic"] as const;
export type QueueSource = (typeof QUEUE_SOURCES)[number];

export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_MAX_PAGE_SIZE = 100;
/** Tab counts stop here ("1,000+"): exact counts of a long queue cost a scan each poll. */
export const QUEUE_COUNT_CAP = 1000;

// Console user ids are cuids; anything else is not an assignee.
const userId = z.string().regex(/^[a-z0-9]{8,40}$/i, "Not a console user id.");

export const assigneeFilterSchema = z.union([z.enum(["any", "none", "me"]), userId]);
export type AssigneeFilter = z.infer<typeof assigneeFilterSchema>;

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const queueParamsSchema = z.object({
  tab: z.enum(QUEUE_TABS).default("unassigned"),
  category: z.preprocess(emptyToUndefined, z.enum(FindingCategory).optional()),
  source: z.preprocess(emptyToUndefined, z.enum(QUEUE_SOURCES).optional()),
  subject: z.preprocess(emptyToUndefined, z.enum(SubjectType).optional()),
  age: z.preprocess(emptyToUndefined, z.enum(QUEUE_AGES).optional()),
  assignee: z.preprocess(emptyToUndefined, assigneeFilterSchema.default("any")),
  // NUL cannot reach PostgreSQL and a lone surrogate is not text: both are dropped from a search.
  q: z.preprocess(
    (v) => emptyToUndefined(typeof v === "string" ? searchableText(v) : v),
    z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  ),
  sort: z.preprocess(emptyToUndefined, z.enum(QUEUE_SORTS).optional()),
  cursor: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  limit: z.coerce.number().int().min(1).max(QUEUE_MAX_PAGE_SIZE).default(QUEUE_PAGE_SIZE),
});

export type QueueParams = z.infer<typeof queueParamsSchema>;
/** The params that pick a list (everything but the page position). */
export type QueueFilters = Omit<QueueParams, "cursor" | "limit">;

export const DEFAULT_QUEUE_FILTERS: QueueFilters = { tab: "unassigned", assignee: "any" };

/** The sort a tab uses: closed cases have no priority left to rank by, open ones no closing time. */
export function effectiveSort(filters: Pick<QueueFilters, "tab" | "sort">): QueueSort {
  // A closed case has no deadline left to breach either.
  if (filters.tab === "resolved")
    return filters.sort && filters.sort !== "priority" && filters.sort !== "sla" ? filters.sort : "closed";
  return filters.sort && filters.sort !== "closed" ? filters.sort : "priority";
}

/** Which assignee filter applies: two tabs are defined by who holds the case. */
export function effectiveAssignee(filters: Pick<QueueFilters, "tab" | "assignee">): AssigneeFilter {
  if (filters.tab === "unassigned") return "none";
  if (filters.tab === "mine") return "me";
  if (filters.tab === "resolved") return "any";
  return filters.assignee;
}

/** URL query string for the filters (defaults left out, so links stay short). */
export function filtersToSearchParams(filters: QueueFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.tab !== "unassigned") out.set("tab", filters.tab);
  for (const key of ["category", "source", "subject", "age", "q", "sort"] as const) {
    const value = filters[key];
    if (value) out.set(key, value);
  }
  if (filters.assignee !== "any") out.set("assignee", filters.assignee);
  return out;
}

/** Parses a URL's query; a hand-edited bad value falls back to the default instead of an error page. */
export function filtersFromSearchParams(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): QueueFilters {
  const raw: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") raw[key] = first;
  }
  const filters: Record<string, unknown> = {};
  const shape = queueParamsSchema.shape;
  for (const key of ["tab", "category", "source", "subject", "age", "assignee", "q", "sort"] as const) {
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  return { ...DEFAULT_QUEUE_FILTERS, ...filters } as QueueFilters;
}

// ───────────── keyset cursor ─────────────

/**
 * Where a page ends: the sort key and id of its last row. The next page
 * starts strictly after it, so rows never repeat or go missing when cases
 * are added or claimed in between (which OFFSET cannot promise).
 */
export const cursorSchema = z.object({
  s: z.enum(QUEUE_SORTS),
  k: z.union([z.number().int(), z.iso.datetime({ abort: true }).refine(isStorableInstant)]),
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[\x21-\x7E]+$/),
});
export type QueueCursor = z.infer<typeof cursorSchema>;

// The cursor is ASCII JSON (ids, numbers, ISO times), so btoa/atob suffice
// in both Node and the browser.
export function encodeCursor(cursor: QueueCursor): string {
  return btoa(JSON.stringify(cursor)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(token: string): QueueCursor | null {
  try {
    const json = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const parsed = cursorSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// ───────────── what the queue returns ─────────────

export interface Assignee {
  id: string;
  name: string;
  role: ConsoleRole;
}

export interface QueueClaim {
  userId: string;
  name: string;
  expiresAt: string;
}

export interface QueueItem {
  id: string;
  number: number;
  status: CaseStatus;
  version: number;
  subjectType: SubjectType;
  /** Job title, forum topic title or the job a thread/message belongs to. */
  title: string | null;
  /** The account the case is mostly about (the subject, the job's client, the message's author). */
  handle: string | null;
  /** The other party of a thread (its freelancer). */
  otherHandle: string | null;
  /** The account behind `handle` (for its page and for grouping rows by account). */
  accountId: string | null;
  otherAccountId: string | null;
  /** Its standing now, so a suspended or restricted subject shows on the row. */
  accountStatus: AccountStatus | null;
  restrictedUntil: string | null;
  /** The subject is already fully enforced (lib/cases/enforced-subject.ts): claim-next skips it and it sinks. */
  enforced: EnforcedReason | null;
  priority: number;
  priorityBreakdown: Record<string, number>;
  categories: FindingCategory[];
  reportCount: number;
  reporterCount: number;
  hasAutomaticReport: boolean;
  firstReportedAt: string;
  /** When it breaches its target time to decision (lib/cases/sla.ts). */
  slaDueAt: string;
  lastReportedAt: string;
  closedAt: string | null;
  /** Null when nobody holds it, including when the holder's claim has lapsed. */
  claim: QueueClaim | null;
}

export type QueueCounts = Record<QueueTab, number>;

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  generatedAt: string;
}

/** Tab counts travel separately: rows must be fresh within 2 s, counts may lag a few seconds. */
export interface QueueCountsResponse {
  counts: QueueCounts;
  generatedAt: string;
}

// ───────────── actions ─────────────

export const assignSchema = z.object({
  // null takes the case away from whoever holds it.
  assigneeId: userId.nullable(),
});

const caseRef = z.object({ caseId: z.string().min(1).max(40), version: versionSchema });

export const BULK_MAX = 100;

export const bulkActionSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("dismiss"),
    cases: z.array(caseRef).min(1, "Select at least one case.").max(BULK_MAX, `Select at most ${BULK_MAX} cases.`),
    reason: z.string().trim().min(5, "Say in a few words why these cases need no action.").max(1000),
    /**
     * Chosen by the client per submit: sending the same request again
     * dismisses nothing twice. Optional for older clients (the server then
     * picks one, and a repeat is not recognised).
     */
    requestId: z.string().uuid().optional(),
  }),
  z.object({
    action: z.literal("assign"),
    cases: z.array(caseRef).min(1, "Select at least one case.").max(BULK_MAX, `Select at most ${BULK_MAX} cases.`),
    assigneeId: userId.nullable(),
  }),
]);
export type BulkActionInput = z.infer<typeof bulkActionSchema>;

export interface BulkOutcome {
  caseId: string;
  number: number | null;
  ok: boolean;
  error?: string;
}

export interface BulkResult {
  message: string;
  outcomes: BulkOutcome[];
}

export interface ClaimResult {
  caseId: string;
  number: number;
  version: number;
  claim: QueueClaim | null;
  message: string;
  /** Claim-next only: the cases it passed over because their subject is already fully enforced, by reason. */
  skipped?: Partial<Record<EnforcedReason, number>>;
  /** Claim-next only: the case it would take after this one (a prediction, to prefetch its page). */
  nextId?: string | null;
}
