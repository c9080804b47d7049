import { redact, requireDatabaseUrl } from "@/lib/db/database-url";
import { disconnectPrisma } from "@/lib/db/prisma";
import { DETECTOR_VERSION } from "@/lib/detection/policy";
import { rescanJobs, rescanMessages } from "@/lib/scanning/rescan";
import { runCli } from "@/scripts/lib/cli";
import { stepProgress } from "@/scripts/lib/progress";

// Usage: npm run detect:rescan [-- --all] [-- --batch 500]
await runCli(async () => {
  const url = requireDatabaseUrl();
  const all = process.argv.includes("--all");
  const batchArg = process.argv.indexOf("--batch");
  const batchSize = batchArg > 0 ? Number(process.argv[batchArg + 1]) : 200;
  console.log(
    `Rescanning ${all ? "all" : "outdated"} messages and job postings in ${redact(url)} with detector ${DETECTOR_VERSION}`,
  );
  const progress = stepProgress();
  const started = Date.now();
  try {
    const result = await rescanMessages({
      all,
      batchSize,
      onProgress: (done, total) => progress.update("messages", done, Math.max(total, 1)),
    });
    const jobs = await rescanJobs({
      all,
      batchSize,
      onProgress: (done, total) => progress.update("job postings", done, Math.max(total, 1)),
    });
    progress.stop();
    if (result.resumedFrom) console.log(`Resumed after message ${result.resumedFrom}.`);
    if (jobs.resumedFrom) console.log(`Resumed after job posting ${jobs.resumedFrom}.`);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Done: ${result.scanned.toLocaleString("en")} message(s) and ${jobs.scanned.toLocaleString("en")} job posting(s) scanned in ${seconds.toFixed(1)} s, ${result.newReports + jobs.newReports} new automatic report(s).`,
    );
  } finally {
    progress.stop();
    await disconnectPrisma();
  }
});
