import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The reported text of a subject, as one JSON object: a job's title and
 * description, a message's body, a topic's title, an account's handle and
 * display name. Intake stores it on each report as it arrives
 * ("subjectSnapshot"), and the case page computes it again to see whether the
 * platform changed the text since. One expression for both, so the two
 * always compare like with like. `r` names a row with the report's subject
 * columns ("subjectType", "jobId", "messageId", "threadId", "accountId").
 */
export function subjectTextSql(r: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${r}."${name}"`);
  return Prisma.sql`CASE ${col("subjectType")}::text
    WHEN 'JOB' THEN (SELECT jsonb_build_object('title', j."title", 'description', j."description") FROM "JobPosting" j WHERE j."id" = ${col("jobId")})
    WHEN 'MESSAGE' THEN (SELECT jsonb_build_object('body', m."body") FROM "Message" m WHERE m."id" = ${col("messageId")})
    WHEN 'THREAD' THEN (SELECT jsonb_build_object('title', t."title") FROM "Thread" t WHERE t."id" = ${col("threadId")})
    WHEN 'ACCOUNT' THEN (SELECT jsonb_build_object('handle', a."handle", 'displayName', a."displayName") FROM "Account" a WHERE a."id" = ${col("accountId")})
  END`;
}
