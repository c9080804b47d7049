import "server-only";
import { serverEnv } from "@/lib/config/env";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl, requireDatabaseUrl } from "@/lib/db/database-url";

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

function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: serverEnv().DATABASE_POOL_SIZE,
    },
    { statementNameGenerator: preparedName },
  );
  return new PrismaClient({ adapter });
}

// Development reloads modules on every change; caching the client on
// globalThis keeps one pool instead of leaking a new one per reload.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.prisma;
}

/** The replica's client when DATABASE_REPLICA_URL is set, else the primary's. */
function replicaClient(): PrismaClient {
  const url = serverEnv().DATABASE_REPLICA_URL;
  if (!url) return client();
  globalForPrisma.replica ??= createPrismaClient(parseDatabaseUrl(url, "DATABASE_REPLICA_URL").toString());
  return globalForPrisma.replica;
}

function lazyClient(pick: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const value = Reflect.get(pick(), property);
      return typeof value === "function" ? value.bind(pick()) : value;
    },
  });
}

/**
 * The one Prisma client. Created on first use, not on import, so that
 * `next build` can load server modules without a database.
 */
export const prisma: PrismaClient = lazyClient(client);

/**
 * The client for pages that only read and can bear a replica's lag of a
 * fraction of a second: the queue list and counts, the case view, the
 * account page. It is the read replica when DATABASE_REPLICA_URL is set and
 * the primary otherwise. Writes, claims, decisions and anything read inside
 * a transaction that then writes stay on `prisma`: the kernel's checks must
 * see the primary's rows. The lag is safe for the checks themselves, as the
 * kernel refuses a decision made on a stale case version with a message.
 */
export const readPrisma: PrismaClient = lazyClient(replicaClient);

export async function disconnectPrisma(): Promise<void> {
  await Promise.all([globalForPrisma.prisma?.$disconnect(), globalForPrisma.replica?.$disconnect()]);
  globalForPrisma.prisma = undefined;
  globalForPrisma.replica = undefined;
}
