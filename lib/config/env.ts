import { z } from "@/lib/zod";
import { DatabaseUrlError, parseDatabaseUrl } from "@/lib/db/database-url";

/**
 * Every environment variable the console reads, validated in one place. `npm start` fills in the
 * database and secret for the embedded default; a production server checks this at boot
 * (`lib/config/check-production.ts`) and refuses to start on a bad value instead of failing on
 * the first request. The README's "Configuration" table lists the same variables.
 *
 * Read on every call (it is cheap): tests and `npm start` set variables after modules load.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: positiveInt(10),
  /**
   * A read replica (a hot standby of DATABASE_URL) for the read-only pages; checked like
   * DATABASE_URL so a typo stops the server at boot, not on the first queue read.
   */
  DATABASE_REPLICA_URL: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      try {
        parseDatabaseUrl(value, "DATABASE_REPLICA_URL");
      } catch (error) {
        if (!(error instanceof DatabaseUrlError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
      }
    }),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters (openssl rand -base64 32)").optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  API_RATE_LIMIT: positiveInt(1200),
  API_RATE_LIMIT_WINDOW: positiveInt(60),
  API_MAX_BODY_BYTES: positiveInt(1024 * 1024),
  /** How long after an enforcement its account may appeal it (POST /api/v1/appeals). */
  APPEAL_DEADLINE_DAYS: positiveInt(14),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /**
   * How many reverse proxies in front of the console append to X-Forwarded-For. 0: the client is the
   * socket's peer and X-Forwarded-For is ignored (a client can write anything there).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PGPORT_EMBEDDED: z.coerce.number().int().min(1).max(65535).default(54329),
});

export type ServerEnv = z.infer<typeof schema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function serverEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (i) => `${i.path.join(".")}: ${i.message} (got "${String(present[String(i.path[0])])}")`,
  );
  throw new EnvError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
}
