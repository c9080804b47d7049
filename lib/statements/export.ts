import "server-only";
import { daySchema } from "@/lib/audit/filters";
import { readPrisma } from "@/lib/db/prisma";
import { toDsa, type DsaStatement } from "@/lib/statements/dsa";
import { z } from "@/lib/zod";

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** A page boundary: the last row's issue time and id, so ties on the time neither repeat nor skip. */
const cursorSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "Use the `next` value of the previous page.", abort: true })
  .transform((v, ctx) => {
    try {
      const [at, id] = JSON.parse(Buffer.from(v, "base64url").toString("utf8")) as [string, string];
      const issuedAt = new Date(at);
      if (typeof id !== "string" || Number.isNaN(issuedAt.getTime())) throw new Error("bad");
      return { issuedAt, id };
    } catch {
      ctx.addIssue({ code: "custom", message: "Use the `next` value of the previous page." });
      return z.NEVER;
    }
  });

export const statementExportQuery = z.object({
  from: optional(daySchema),
  to: optional(daySchema),
  format: optional(z.enum(["json", "csv"])),
  after: optional(cursorSchema),
  limit: optional(z.coerce.number().int("Must be a whole number.").min(1, "At least 1.").max(1000, "At most 1000.")),
});

export type StatementExportQuery = z.infer<typeof statementExportQuery>;

function encodeCursor(issuedAt: Date, id: string) {
  return Buffer.from(JSON.stringify([issuedAt.toISOString(), id])).toString("base64url");
}

const DAY = 86_400_000;

/** Statements issued from `from` (00:00 UTC) through `to` (its whole day), oldest first. */
export async function statementsPage(
  q: StatementExportQuery,
): Promise<{ statements: DsaStatement[]; next: string | null }> {
  const limit = q.limit ?? 500;
  const issuedAt = {
    ...(q.from ? { gte: new Date(`${q.from}T00:00:00Z`) } : {}),
    ...(q.to ? { lt: new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY) } : {}),
  };
  const rows = await readPrisma.statementOfReasons.findMany({
    where: {
      issuedAt,
      ...(q.after
        ? { OR: [{ issuedAt: { gt: q.after.issuedAt } }, { issuedAt: q.after.issuedAt, id: { gt: q.after.id } }] }
        : {}),
    },
    orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    statements: page.map(toDsa),
    next: rows.length > limit && last ? encodeCursor(last.issuedAt, last.id) : null,
  };
}

/** Every page of the range, for the CSV download (one query per page, never the whole range in memory). */
export async function* allStatements(q: StatementExportQuery): AsyncGenerator<DsaStatement> {
  let after = q.after;
  for (;;) {
    const { statements, next } = await statementsPage({ ...q, after, limit: 500 });
    yield* statements;
    if (!next) return;
    after = cursorSchema.parse(next);
  }
}
