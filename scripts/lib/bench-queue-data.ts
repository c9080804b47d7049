import type pg from "pg";

/**
 * Fills a database for the queue benchmark with SQL generate_series: a
 * marketplace with many accounts, jobs, threads and messages, detector
 * findings with reused contact values, cases (most open, some closed,
 * a few claimed, some claims lapsed) and the reports filed into them.
 * Deterministic (no random()), so every run benchmarks the same data.
 */
export interface BenchSize {
  accounts: number;
  jobs: number;
  threads: number;
  messages: number;
  openCases: number;
  closedCases: number;
  reports: number;
  moderators: number;
}

export const DEFAULT_SIZE: BenchSize = {
  accounts: 100_000,
  jobs: 60_000,
  threads: 150_000,
  messages: 1_000_000,
  openCases: 50_000,
  closedCases: 20_000,
  reports: 200_000,
  moderators: 20,
};

export type Step = (label: string, sql: string, params?: unknown[]) => Promise<void>;

export async function generate(db: pg.Client, size: BenchSize, passwordHash: string, step: Step): Promise<void> {
  const clients = Math.floor(size.accounts * 0.3);
  const freelancers = size.accounts - clients;
  const cases = size.openCases + size.closedCases;

  await step(
    "console users",
    `INSERT INTO "ConsoleUser" ("id", "email", "name", "role", "passwordHash", "updatedAt")
     SELECT 'benchmod' || g, 'mod' || g || '@bench.test', 'Bench Moderator ' || g, 'MODERATOR'::"ConsoleRole", $2, now()
     FROM generate_series(1, $1::int) g
     UNION ALL SELECT 'benchstaff1', 'staff1@bench.test', 'Bench Staff', 'STAFF'::"ConsoleRole", $2, now()`,
    [size.moderators, passwordHash],
  );

  await step(
    "accounts",
    `INSERT INTO "Account" ("id", "externalId", "handle", "displayName", "kind", "country", "joinedAt", "paymentVerified", "updatedAt")
     SELECT 'acc' || g, 'bench:acc:' || g,
            (ARRAY['nova','bright','swift','hr','atlas','pixel','lumen','quantum','delta','orbit'])[1 + g % 10] || '_' ||
            (ARRAY['desk','studio','works','media','labs','hiring','group','hub'])[1 + (g / 10) % 8] || '_' || g,
            'Bench account ' || g,
            (CASE WHEN g <= $2 THEN 'CLIENT' ELSE 'FREELANCER' END)::"AccountKind",
            (ARRAY['US','GB','IN','PH','NG','DE','BR','CA'])[1 + g % 8],
            now() - make_interval(days => (g * 37) % 2000), g % 3 <> 0, now()
     FROM generate_series(1, $1::int) g`,
    [size.accounts, clients],
  );

  await step(
    "jobs",
    `INSERT INTO "JobPosting" ("id", "externalId", "clientId", "title", "description", "postedAt", "updatedAt")
     SELECT 'job' || g, 'bench:job:' || g, 'acc' || (1 + (g * 31) % $2),
            (ARRAY['Data entry assistant','Virtual assistant','Product tester','Chat support agent','Logo designer',
                   'WordPress developer','Bookkeeper','Transcriptionist','Social media manager','React developer',
                   'Copywriter','Video editor'])[1 + g % 12] || ' – ' ||
            (ARRAY['remote','part time','$45/hr','weekly pay','no experience','urgent','long term','flexible hours'])[1 + (g / 12) % 8] || ' #' || g,
            'Bench job', now() - make_interval(days => g % 90), now()
     FROM generate_series(1, $1::int) g`,
    [size.jobs, clients],
  );

  // Thread t belongs to job 1 + t % jobs, between its client and a freelancer.
  await step(
    "threads",
    `INSERT INTO "Thread" ("id", "externalId", "kind", "jobId", "clientId", "freelancerId", "createdAt")
     SELECT 'thr' || g, 'bench:thr:' || g, 'JOB_MESSAGES', 'job' || j, 'acc' || (1 + (j * 31) % $3),
            'acc' || ($3 + 1 + (g * 7) % $4), now() - make_interval(days => g % 60)
     FROM (SELECT g, 1 + g % $2 AS j FROM generate_series(1, $1::int) g) s`,
    [size.threads, size.jobs, clients, freelancers],
  );

  // Messages in batches, for progress; every 20th shares a phone number from
  // a small pool, every 50th a Telegram handle (scammers reuse them).
  const batch = 200_000;
  for (let from = 1; from <= size.messages; from += batch) {
    const to = Math.min(size.messages, from + batch - 1);
    await step(
      `messages ${from.toLocaleString("en")}–${to.toLocaleString("en")}`,
      `INSERT INTO "Message" ("id", "externalId", "threadId", "authorId", "body", "sentAt", "detectorVersion", "scannedAt")
       SELECT 'msg' || g, 'bench:msg:' || g, 'thr' || t,
              CASE WHEN g % 2 = 0 THEN 'acc' || (1 + ((1 + t % $4) * 31) % $5) ELSE 'acc' || ($5 + 1 + (t * 7) % $6) END,
              CASE
                WHEN g % 20 = 0 THEN 'Text me on WhatsApp +1 415 555 ' || lpad(((g / 20) % 5000)::text, 4, '0') || ' for the details'
                WHEN g % 50 = 7 THEN 'Add me on telegram @tg_' || (g % 3000) || ' so we talk faster'
                ELSE (ARRAY['Thanks for the update, the header looks cleaner.','I pushed the fix, can you check staging?',
                            'Milestone 2 is done, source files attached.','Could you clarify the date format?',
                            'Draft ready by Thursday afternoon.'])[1 + g % 5]
              END,
              now() - make_interval(mins => g % 100000), 'bench', now()
       FROM (SELECT g, 1 + g % $3 AS t FROM generate_series($1::int, $2::int) g) s`,
      [from, to, size.threads, size.jobs, clients, freelancers],
    );
  }

  await step(
    "findings",
    `INSERT INTO "Finding" ("id", "messageId", "category", "ruleId", "start", "end", "value", "violation", "severity", "explanation")
     SELECT 'fnd' || g, 'msg' || g, 'CONTACT_SHARING'::"FindingCategory", 'contact.phone', 21, 36,
            '+1415555' || lpad(((g / 20) % 5000)::text, 4, '0'), true, 'HIGH'::"Severity", 'A phone number shared before a contract.'
     FROM generate_series(20, $1::int, 20) g
     UNION ALL
     SELECT 'fnd' || g, 'msg' || g, 'CONTACT_SHARING'::"FindingCategory", 'contact.messaging-handle', 21, 30,
            '@tg_' || (g % 3000), true, 'HIGH'::"Severity", 'A Telegram username shared before a contract.'
     FROM generate_series(7, $1::int, 50) g`,
    [size.messages],
  );

  // Cases: 4 in 10 on jobs, 3 on threads, 2 on messages, 1 on accounts, each
  // subject used once. The first openCases are open (2% escalated, a few
  // claimed, some of those claims lapsed), the rest closed. Priority is the
  // sum of a breakdown shaped like computePriority's, with many ties.
  await step(
    "cases",
    `INSERT INTO "Case" ("id", "subjectType", "subjectKey", "jobId", "threadId", "messageId", "accountId", "status",
                         "priority", "priorityBreakdown", "categories", "firstReportedAt", "lastReportedAt", "closedAt",
                         "claimedById", "claimedAt", "claimExpiresAt", "escalatedAt", "updatedAt")
     SELECT 'case' || g, s.type::"SubjectType", s.type || ':' || s.subject,
            CASE WHEN s.type = 'JOB' THEN s.subject END, CASE WHEN s.type = 'THREAD' THEN s.subject END,
            CASE WHEN s.type = 'MESSAGE' THEN s.subject END, CASE WHEN s.type = 'ACCOUNT' THEN s.subject END,
            (CASE WHEN g > $1 THEN (CASE WHEN g % 3 = 0 THEN 'DISMISSED' ELSE 'RESOLVED' END)
                  WHEN g % 50 = 0 THEN 'ESCALATED'
                  WHEN g % 250 = 1 THEN 'IN_REVIEW' ELSE 'OPEN' END)::"CaseStatus",
            p.severity + p.reporters + p.waiting + p.newaccount + p.payment,
            jsonb_build_object('severity', p.severity, 'reporters', p.reporters, 'waiting', p.waiting,
                               'newAccount', p.newaccount, 'payment', p.payment),
            (CASE g % 6 WHEN 0 THEN '{CONTACT_SHARING}' WHEN 1 THEN '{OFF_PLATFORM_PAYMENT}'
                        WHEN 2 THEN '{CONTACT_SHARING,OFF_PLATFORM_COMMUNICATION}' WHEN 3 THEN '{PERSONAL_DATA_REQUEST}'
                        WHEN 4 THEN '{OFF_PLATFORM_COMMUNICATION}' ELSE '{}' END)::"FindingCategory"[],
            now() - make_interval(hours => g % 240), now() - make_interval(hours => g % 24),
            CASE WHEN g > $1 THEN now() - make_interval(mins => g % 10000) END,
            CASE WHEN g <= $1 AND g % 250 = 1 THEN 'benchmod' || (1 + g % $3) END,
            CASE WHEN g <= $1 AND g % 250 = 1 THEN now() - interval '20 minutes' END,
            CASE WHEN g <= $1 AND g % 250 = 1 THEN now() + (CASE WHEN g % 500 = 1 THEN interval '10 minutes' ELSE interval '-5 minutes' END) END,
            CASE WHEN g <= $1 AND g % 50 = 0 THEN now() - interval '1 hour' END,
            now()
     FROM generate_series(1, $2::int) g
     CROSS JOIN LATERAL (
       SELECT CASE WHEN g % 10 < 4 THEN 'JOB' WHEN g % 10 < 7 THEN 'THREAD' WHEN g % 10 < 9 THEN 'MESSAGE' ELSE 'ACCOUNT' END AS type,
              CASE WHEN g % 10 < 4 THEN 'job' || ((g / 10) * 4 + g % 10 + 1)
                   WHEN g % 10 < 7 THEN 'thr' || ((g / 10) * 3 + g % 10 - 3)
                   WHEN g % 10 < 9 THEN 'msg' || (((g / 10) * 2 + g % 10 - 6) * 50)
                   ELSE 'acc' || (g / 10 + 1) END AS subject
     ) s
     CROSS JOIN LATERAL (
       SELECT (ARRAY[0, 5, 15, 30, 45])[1 + g % 5] AS severity, 12 + (g * 7) % 30 AS reporters, (g / 7) % 26 AS waiting,
              (ARRAY[0, 0, 8, 15])[1 + (g / 3) % 4] AS newaccount, CASE WHEN g % 7 = 0 THEN 15 ELSE 0 END AS payment
     ) p`,
    [size.openCases, cases, size.moderators],
  );

  // Every case gets one report, the rest spread unevenly (hashing the report
  // number), a seventh of them from the detector.
  await step(
    "reports",
    `INSERT INTO "Report" ("id", "externalId", "source", "reporterId", "reason", "categories", "subjectType",
                           "jobId", "threadId", "messageId", "accountId", "caseId", "createdAt")
     SELECT 'rep' || r, 'bench:rep:' || r,
            (CASE WHEN r % 7 = 0 THEN 'AUTOMATIC' ELSE 'USER' END)::"ReportSource",
            CASE WHEN r % 7 = 0 THEN NULL ELSE 'acc' || ($3 + 1 + (r * 13) % $4) END,
            (ARRAY['OFF_PLATFORM_CONTACT','OFF_PLATFORM_PAYMENT','PHISHING','SCAM_JOB','SPAM','HARASSMENT','OTHER'])[1 + r % 7]::"ReportReason",
            c."categories", c."subjectType", c."jobId", c."threadId", c."messageId", c."accountId", c."id",
            c."firstReportedAt" + make_interval(mins => r % 600)
     FROM generate_series(1, $1::int) r
     JOIN "Case" c ON c."id" = 'case' || (CASE WHEN r <= $2 THEN r ELSE 1 + (r::bigint * 2654435761 % $2) END)`,
    [size.reports, cases, clients, freelancers],
  );

  await step(
    "case counters",
    `UPDATE "Case" c SET "reportCount" = a.reports, "reporterCount" = a.reporters, "hasAutomaticReport" = a.automatic,
                         "firstReportedAt" = a.first, "lastReportedAt" = a.last
     FROM (SELECT "caseId", count(*)::int AS reports, count(DISTINCT "reporterId")::int AS reporters,
                  bool_or("source" = 'AUTOMATIC') AS automatic, min("createdAt") AS first, max("createdAt") AS last
           FROM "Report" GROUP BY "caseId") a
     WHERE c."id" = a."caseId"`,
  );
}
