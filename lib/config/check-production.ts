import { serverEnv } from "@/lib/config/env";
import { authSecret } from "@/lib/auth/secret";
import { parseDatabaseUrl } from "@/lib/db/database-url";

/**
 * A production server refuses to start without its session secret or a
 * usable DATABASE_URL, instead of failing later on the first request.
 */
export function checkProductionConfig(): void {
  try {
    serverEnv();
    authSecret();
    parseDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
