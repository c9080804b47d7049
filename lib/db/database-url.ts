/**
 * Reads and checks DATABASE_URL so a typo gives one clear sentence instead
 * of a driver stack trace deep inside the first query.
 */
export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

export function parseDatabaseUrl(raw: string | undefined, name = "DATABASE_URL"): URL {
  if (!raw || raw.trim() === "") {
    throw new DatabaseUrlError(
      `${name} is not set. Set it to a PostgreSQL URL such as postgresql://user:password@localhost:5432/console, or run \`npm start\` without it to use the embedded database.`,
    );
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new DatabaseUrlError(
      `${name} is not a valid URL ("${redact(raw)}"). Expected postgresql://user:password@host:5432/database.`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new DatabaseUrlError(
      `${name} must start with postgresql:// (got "${url.protocol}//"). Only PostgreSQL is supported.`,
    );
  }
  if (!url.hostname) {
    throw new DatabaseUrlError(`${name} has no host. Expected postgresql://user:password@host:5432/database.`);
  }
  if (url.pathname === "" || url.pathname === "/") {
    throw new DatabaseUrlError(
      `${name} names no database. Add one after the host, e.g. postgresql://localhost:5432/console.`,
    );
  }
  return url;
}

export function requireDatabaseUrl(): string {
  return parseDatabaseUrl(process.env.DATABASE_URL).toString();
}

/** The URL without its password, safe to print. */
export function redact(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return raw.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  }
}

/** The same server, another database: used to create and drop test databases. */
export function withDatabase(raw: string, database: string): string {
  const url = parseDatabaseUrl(raw);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseName(raw: string): string {
  return decodeURIComponent(parseDatabaseUrl(raw).pathname.slice(1));
}

/** Local hosts are the only ones demo seeding may reset. */
export function isLocalDatabase(raw: string): boolean {
  const host = parseDatabaseUrl(raw).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
}
