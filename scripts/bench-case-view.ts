/**
 * `npm run bench:case-view`: how long the case page's data takes for a
 * 500-message thread, on a large database.
 *
 * Uses DATABASE_URL, by default the database `npm run bench:queue -- --keep`
 * leaves behind (console_bench_queue: 1M messages, 50k open cases), so the
 * figure is taken at scale. Adds one
 * case with a 500-message thread (scanned by the real detector), then times
 * loadCaseView against a baseline in the same run: the thread's messages and
 * findings read with one raw SQL query. Prints p50/p95 and ends with one JSON
 * line. Target: p95 < 150 ms.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadCaseView } from "@/lib/cases/view/load";
import { parseDatabaseUrl, redact } from "@/lib/db/database-url";
import { disconnectPrisma, prisma } from "@/lib/db/prisma";
import { runCli } from "@/scripts/lib/cli";
import { stepProgress } from "@/scripts/lib/progress";
import { createJobThread, daysAgo, openThreadCase, storeScannedMessages } from "@/tests/support/thread-case";

const MESSAGES = 500;
const RUNS = 100;

const LINES = [
  "Thanks for the update, the spreadsheet looks good.",
  "Can you send the next batch by Friday?",
  "I pushed the fix to the staging branch, version 2.4.1.",
  "Let's continue on WhatsApp +44 7700 900 123, easier for me",
  "Payment will be done via PayPal to skip the fees",
  "My email is bench.client@gmail.com if you need it",
  "Invoice INV-2026-0042 is attached here.",
];

await runCli(async () => {
  const url = parseDatabaseUrl(
    process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/console_bench_queue",
  ).toString();
  process.env.DATABASE_URL = url;
  console.error(`Case view benchmark on ${redact(url)}`);
  const sizes = await prisma.$queryRaw<{ messages: bigint; cases: bigint }[]>`
    SELECT (SELECT count(*) FROM "Message") AS messages, (SELECT count(*) FROM "Case") AS cases`;
  console.error(
    `Database holds ${Number(sizes[0]!.messages).toLocaleString("en")} messages and ${Number(sizes[0]!.cases).toLocaleString("en")} cases.`,
  );

  const caseId = await makeCase();
  await loadCaseView(caseId); // warm up

  const progress = stepProgress();
  const viewTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const view = await loadCaseView(caseId);
    viewTimes.push(performance.now() - t0);
    if (view?.thread?.messages.length !== MESSAGES) throw new Error("The case view did not load the whole thread.");
    progress.update("case view", i + 1, RUNS);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const threadId = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).threadId!;
  const rawTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await client.query(
      `SELECT m.*, f.* FROM "Message" m LEFT JOIN "Finding" f ON f."messageId" = m."id" WHERE m."threadId" = $1 ORDER BY m."sentAt", m."id"`,
      [threadId],
    );
    rawTimes.push(performance.now() - t0);
    progress.update("raw SQL", i + 1, RUNS);
  }
  progress.stop();
  await client.end();

  const view = summarise(viewTimes);
  const raw = summarise(rawTimes);
  console.error(
    `case view data, ${MESSAGES}-message thread: p50 ${view.p50.toFixed(1)} ms, p95 ${view.p95.toFixed(1)} ms`,
  );
  console.error(
    `baseline, thread + findings in one raw SQL query: p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms`,
  );
  console.error(`target p95 < 150 ms: ${view.p95 < 150 ? "met" : "MISSED"}`);
  console.log(
    JSON.stringify({
      bench: "case-view",
      threadMessages: MESSAGES,
      databaseMessages: Number(sizes[0]!.messages),
      p50Ms: round(view.p50),
      p95Ms: round(view.p95),
      rawSqlP50Ms: round(raw.p50),
      rawSqlP95Ms: round(raw.p95),
      targetMet: view.p95 < 150,
    }),
  );
  await disconnectPrisma();
});

async function makeCase(): Promise<string> {
  const tag = randomBytes(4).toString("hex");
  const now = Date.now();
  const { client, freelancer, thread } = await createJobThread(prisma, {
    prefix: "bench",
    tag,
    client: { handle: `bench_client_${tag}`, displayName: "Bench Client", joinedAt: daysAgo(5, now) },
    freelancer: { handle: `bench_freelancer_${tag}`, displayName: "Bench Freelancer", joinedAt: daysAgo(500, now) },
    job: { title: "Bench job", description: "bench", postedAt: daysAgo(1, now) },
  });
  const where = { id: thread.id, prefix: "bench", tag };
  const { findings } = await storeScannedMessages(
    prisma,
    where,
    Array.from({ length: MESSAGES }, (_, i) => ({
      authorId: i % 2 ? freelancer.id : client.id,
      body: `${LINES[i % LINES.length]} (#${i})`,
      sentAt: new Date(now - (MESSAGES - i) * 60_000),
      contractActive: i > MESSAGES / 2,
    })),
  );
  const kase = await openThreadCase(
    prisma,
    where,
    { reportCount: 1, priority: 10 },
    { source: "AUTOMATIC", reason: "OFF_PLATFORM_CONTACT" },
  );
  console.error(`Added a case with a ${MESSAGES}-message thread (${findings.length} findings).`);
  return kase.id;
}

function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function round(x: number) {
  return Math.round(x * 100) / 100;
}
