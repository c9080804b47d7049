import { DatabaseUrlError } from "@/lib/db/database-url";
import { MigrationError } from "@/lib/db/migrate";

/**
 * Turns the errors people actually hit when pointing the console at a
 * database into one sentence that says what to do. Returns null for errors
 * it does not recognise, which callers should report in full.
 */
export function describeDatabaseError(error: unknown, url?: string): string | null {
  if (error instanceof DatabaseUrlError || error instanceof MigrationError) return error.message;
  const err = error as { code?: string; message?: string; errors?: unknown[] } | null;
  if (!err || typeof err !== "object") return null;
  // AggregateError from node's net module when both IPv4 and IPv6 fail.
  const code = err.code ?? (err.errors?.[0] as { code?: string } | undefined)?.code;
  const where = url ? hostOf(url) : "the database server";
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot connect to PostgreSQL at ${where}: the connection was refused. Is the server running? Start it, or unset DATABASE_URL to use the embedded database.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to PostgreSQL: the host in DATABASE_URL (${where}) could not be found. Check the host name.`;
    case "ETIMEDOUT":
      return `Cannot connect to PostgreSQL at ${where}: the connection timed out. Check the host, port and firewall.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user or password in DATABASE_URL. Check the credentials.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist on ${where}. Create it (createdb <name>) or fix the name.`;
    default:
      return null;
  }
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}`;
  } catch {
    return "the database server";
  }
}
