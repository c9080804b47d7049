import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import pg from "pg";

/**
 * Cases made for one spec, straight in the end-to-end database, so a spec
 * works on its own rows (found through the search box by a unique title)
 * and leaves the demo queue as it was for the other specs.
 */
export interface E2ECase {
  id: string;
  number: number;
  ref: string;
}

function client() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the end-to-end tests through `npm test`.");
  return new pg.Client({ connectionString: url });
}

export async function createCases(title: string, count: number, priority = 1): Promise<E2ECase[]> {
  const db = client();
  await db.connect();
  try {
    const tag = randomBytes(4).toString("hex");
    const accountId = `e2e-acc-${tag}`;
    await db.query(
      `INSERT INTO "Account" ("id", "externalId", "handle", "displayName", "kind", "joinedAt", "updatedAt")
       VALUES ($1, $1, $2, 'E2E client', 'CLIENT', now() - interval '3 days', now())`,
      [accountId, `e2e_client_${tag}`],
    );
    const { rows } = await db.query<{ id: string; number: number }>(
      `WITH jobs AS (
         INSERT INTO "JobPosting" ("id", "externalId", "clientId", "title", "description", "postedAt", "updatedAt")
         SELECT 'e2e-job-' || $1 || '-' || g, 'e2e-job-' || $1 || '-' || g, $2, $3 || ' ' || g, 'E2E', now(), now()
         FROM generate_series(1, $4::int) g
         RETURNING "id"
       )
       INSERT INTO "Case" ("id", "subjectType", "subjectKey", "jobId", "priority", "priorityBreakdown", "categories",
                           "reportCount", "reporterCount", "firstReportedAt", "lastReportedAt", "updatedAt")
       SELECT 'e2e-case-' || "id", 'JOB', 'JOB:' || "id", "id", $5, jsonb_build_object('reporters', $5::int),
              ARRAY['OFF_PLATFORM_PAYMENT']::"FindingCategory"[], 2, 2, now() - interval '2 hours', now() - interval '1 hour', now()
       FROM jobs
       RETURNING "id", "number"`,
      [tag, accountId, title, count, priority],
    );
    return rows.sort((a, b) => a.number - b.number).map((r) => ({ id: r.id, number: r.number, ref: `C-${r.number}` }));
  } finally {
    await db.end();
  }
}

/** Closes a spec's cases afterwards (audit rows are append-only, so cases are closed, never deleted). */
export async function closeCases(cases: E2ECase[]): Promise<void> {
  if (cases.length === 0) return;
  const db = client();
  await db.connect();
  try {
    await db.query(
      `UPDATE "Case" SET "status" = 'RESOLVED', "closedAt" = now(), "claimedById" = NULL, "claimedAt" = NULL, "claimExpiresAt" = NULL
       WHERE "id" = ANY($1) AND "status" IN ('OPEN', 'IN_REVIEW', 'ESCALATED')`,
      [cases.map((c) => c.id)],
    );
  } finally {
    await db.end();
  }
}

/** A row of the queue table by case reference ("C-12" must not match "C-123"). */
export function rowName(ref: string): RegExp {
  return new RegExp(`${ref}(?!\\d)`);
}

export const uniqueTitle = (what: string) => `E2E ${what} ${randomBytes(3).toString("hex")}`;

/**
 * The cases of one spec file: made on demand under a unique title (so the
 * search box finds only them), closed after the file's last test. Call it
 * once at the top of the file.
 */
export function specCases() {
  const made: E2ECase[] = [];
  test.afterAll(async () => {
    await closeCases(made);
  });
  return async function casesFor(what: string, count = 1) {
    const title = uniqueTitle(what);
    const cases = await createCases(title, count);
    made.push(...cases);
    return { title, cases, kase: cases[0]! };
  };
}
