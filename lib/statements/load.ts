import "server-only";
import { readPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryStatus, EnforcementKind, StatementEnd } from "@/lib/generated/prisma/enums";

/** A statement of reasons as the case and account pages show it (plain serialisable values). */
export interface StatementView {
  id: string;
  kind: EnforcementKind;
  recipient: { id: string; handle: string } | null;
  decision: string;
  facts: string;
  ground: string;
  groundUrl: string;
  automatedDetection: boolean;
  automatedDecision: boolean;
  startsAt: string;
  endsAt: string | null;
  appealBy: string;
  howToAppeal: string;
  issuedAt: string;
  /** The notice in the outbox: queued, delivered or failed (null: no account to tell). */
  delivery: DeliveryStatus | null;
  reversed: boolean;
  /** How the enforcement ended (ran out, reversed, overturned or modified on appeal), as the account was told. */
  ended: { at: string; reason: StatementEnd; note: string; delivery: DeliveryStatus | null } | null;
}

const SELECT = {
  id: true,
  kind: true,
  account: { select: { id: true, handle: true } },
  decision: true,
  facts: true,
  ground: true,
  groundUrl: true,
  automatedDetection: true,
  automatedDecision: true,
  startsAt: true,
  endsAt: true,
  appealBy: true,
  howToAppeal: true,
  issuedAt: true,
  reply: { select: { status: true } },
  enforcement: { select: { reversedAt: true } },
  endedAt: true,
  endReason: true,
  endNote: true,
  endReply: { select: { status: true } },
} satisfies Prisma.StatementOfReasonsSelect;

type Row = Prisma.StatementOfReasonsGetPayload<{ select: typeof SELECT }>;

function view(r: Row): StatementView {
  return {
    id: r.id,
    kind: r.kind,
    recipient: r.account,
    decision: r.decision,
    facts: r.facts,
    ground: r.ground,
    groundUrl: r.groundUrl,
    automatedDetection: r.automatedDetection,
    automatedDecision: r.automatedDecision,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    appealBy: r.appealBy.toISOString(),
    howToAppeal: r.howToAppeal,
    issuedAt: r.issuedAt.toISOString(),
    delivery: r.reply?.status ?? null,
    reversed: r.enforcement.reversedAt !== null,
    ended:
      r.endedAt && r.endReason
        ? {
            at: r.endedAt.toISOString(),
            reason: r.endReason,
            note: r.endNote ?? "",
            delivery: r.endReply?.status ?? null,
          }
        : null,
  };
}

/**
 * The statements of the enforcements decided in a case, those an account was
 * sent, or those of given enforcements (an appeal's appealed one and its
 * replacement); newest first.
 */
export async function statementsOf(
  where: { caseId: string } | { accountId: string } | { enforcementIds: string[] },
): Promise<StatementView[]> {
  const rows = await readPrisma.statementOfReasons.findMany({
    where: "enforcementIds" in where ? { enforcementId: { in: where.enforcementIds } } : where,
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: SELECT,
  });
  return rows.map(view);
}

/** How many statements exist and the span they cover (all time, from the stored rows). */
export async function statementSummary(): Promise<{ count: number; first: string | null; last: string | null }> {
  const agg = await readPrisma.statementOfReasons.aggregate({
    _count: { _all: true },
    _min: { issuedAt: true },
    _max: { issuedAt: true },
  });
  return {
    count: agg._count._all,
    first: agg._min.issuedAt?.toISOString() ?? null,
    last: agg._max.issuedAt?.toISOString() ?? null,
  };
}
