import { z } from "@/lib/zod";

/**
 * The version a client last saw of a row (a case, a template): what makes a stale write fail.
 * Versions are PostgreSQL integers; a larger number would fail the query instead of being refused.
 */
export const PG_INT_MAX = 2_147_483_647;

export const versionSchema = z.number().int().positive().max(PG_INT_MAX, "Not a version this console wrote.");
