import "server-only";
import { serverEnv } from "@/lib/config/env";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/db/database-url";

/** Raw statements starting with this are prepared once per connection (see preparedName). */
export const PREPARED_MARK = "/* prepared */";

/**
 * Hot raw statements (the queue page, claim-next) opt in to named prepared
 * statements by starting with PREPARED_MARK: PostgreSQL then plans them once
 * per connection instead of on every poll. Opt-in, because every distinct
 * text becomes a statement kept on each connection, so only statements
 * whose set of texts is small should use it.
 */
function preparedName(query: { sql: string }): string {
  if (!query.sql.startsWith(PREPARED_MARK)) return undefined as unknown as string;
  return `p_${createHash("sha1").update(query.sql).digest("hex").slice(0, 24)}`;
}

function createPrismaClient(): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: requireDatabaseUrl(),
      max: serverEnv().DATABASE_POOL_SIZE,
    },
    { statementNameGenerator: preparedName },
  );
  return new PrismaClient({ adapter });
}

// Development reloads modules on every change; caching the client on
// globalThis keeps one pool instead of leaking a new one per reload.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client. Created on first use, not on import, so that
 * `next build` can load server modules without a database.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export async function disconnectPrisma(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}
