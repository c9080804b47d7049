import "server-only";
import type { AuditFilter } from "@/lib/audit/filters";
import { CONSOLE_ACCOUNT_ACTIONS, seesConsoleAccounts, type AuditViewer } from "@/lib/audit/visibility";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, SubjectType } from "@/lib/generated/prisma/enums";

const DAY = 86_400_000;

function whereOf(filter: AuditFilter, viewer: AuditViewer): Prisma.AuditEventWhereInput {
  const all = seesConsoleAccounts(viewer);
  const action = filter.action as AuditAction | undefined;
  return {
    ...(filter.actor
      ? {
          actor: {
            // Searching by e-mail would tell a non-admin whose address it is.
            OR: [
              { name: { contains: filter.actor, mode: "insensitive" } },
              ...(all ? [{ email: { contains: filter.actor, mode: "insensitive" as const } }] : []),
            ],
          },
        }
      : {}),
    ...(all
      ? action
        ? { action }
        : {}
      : { action: { ...(action ? { equals: action } : {}), notIn: [...CONSOLE_ACCOUNT_ACTIONS] } }),
    ...(filter.subjectType ? { subjectType: filter.subjectType as SubjectType } : {}),
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY) } : {}),
          },
        }
      : {}),
  };
}

const SELECT = {
  id: true,
  action: true,
  actorKind: true,
  reason: true,
  subjectType: true,
  subjectId: true,
  data: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
  case: { select: { id: true, number: true } },
} satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof SELECT }>;

function toView(e: Row, viewer: AuditViewer) {
  return {
    id: e.id.toString(),
    action: e.action,
    actor: e.actor?.name ?? (e.actorKind === "PLATFORM" ? "Platform" : "System"),
    actorEmail: seesConsoleAccounts(viewer) ? (e.actor?.email ?? null) : null,
    caseId: e.case?.id ?? null,
    caseNumber: e.case?.number ?? null,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    reason: e.reason,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
  };
}

export type AuditRow = ReturnType<typeof toView> & {
  /** The account the event is about (its subject, or the account a decision named), for a link to its page. */
  account?: { id: string; handle: string } | null;
};

/** The account each event concerns: one lookup for the page, not one per row. */
async function withAccounts(rows: AuditRow[]): Promise<AuditRow[]> {
  const idOf = (r: AuditRow): string | null => {
    if (r.subjectType === "ACCOUNT" && r.subjectId) return r.subjectId;
    const data = r.data as Record<string, unknown> | null;
    return data && typeof data === "object" && typeof data.accountId === "string" ? data.accountId : null;
  };
  const ids = [...new Set(rows.map(idOf).filter((id): id is string => !!id))];
  if (ids.length === 0) return rows;
  const accounts = await prisma.account.findMany({ where: { id: { in: ids } }, select: { id: true, handle: true } });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return rows.map((r) => ({ ...r, account: byId.get(idOf(r) ?? "") ?? null }));
}

/** Newest first, keyset-paginated on the id (no OFFSET: pages stay fast however deep). */
export async function listAuditEvents(
  viewer: AuditViewer,
  filter: AuditFilter,
  limit = 50,
): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const events = await prisma.auditEvent.findMany({
    where: { ...whereOf(filter, viewer), ...(filter.before ? { id: { lt: BigInt(filter.before) } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: SELECT,
  });
  const rows = await withAccounts(events.slice(0, limit).map((e) => toView(e, viewer)));
  return { rows, nextBefore: events.length > limit ? rows[rows.length - 1]!.id : null };
}

/** Every matching event, oldest first, in pages: for the CSV export. */
export async function* auditEventsForExport(
  viewer: AuditViewer,
  filter: AuditFilter,
  pageSize = 1000,
): AsyncGenerator<AuditRow> {
  let after: bigint | null = null;
  for (;;) {
    const page: Row[] = await prisma.auditEvent.findMany({
      where: { ...whereOf(filter, viewer), ...(after !== null ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: SELECT,
    });
    for (const e of page) yield toView(e, viewer);
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
