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

/**
 * PostgreSQL's JIT compiler is switched off on the app's connections. It
 * starts on any statement whose estimated cost passes jit_above_cost, and
 * estimates for the console's correlated subqueries (claim-next's count of
 * the enforced cases it skipped) pass it on a large queue: compiling then
 * took 2 s on every execution of a statement that runs in 8 ms (measured
 * with 50,000 open cases; see the README's queue benchmark). The console's
 * statements are short index lookups, where JIT never pays. Added to any
 * `options` the URL already carries.
 */
export function withoutJit(connectionString: string): string {
  const url = new URL(connectionString);
  const options = url.searchParams.get("options");
  url.searchParams.set("options", [options, "-c jit=off"].filter(Boolean).join(" "));
  return url.toString();
}

function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: withoutJit(connectionString),
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
