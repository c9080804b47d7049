import { databaseName, isLocalDatabase, redact, requireDatabaseUrl } from "@/lib/db/database-url";
import { resetDatabase } from "@/lib/db/reset";
import { migrate } from "@/lib/db/migrate";
import { disconnectPrisma } from "@/lib/db/prisma";
import { seedDemo } from "@/lib/demo/seed";
import { CliError, runCli } from "@/scripts/lib/cli";
import { stepProgress } from "@/scripts/lib/progress";

// Usage: npm run db:seed [-- --reset]
await runCli(async () => {
  const url = requireDatabaseUrl();
  const reset = process.argv.includes("--reset");
  if (reset) {
    if (!isLocalDatabase(url)) {
      throw new CliError(
        `Refusing to reset ${redact(url)}: it is not on this machine. --reset only works on localhost databases.`,
      );
    }
    console.log(`Resetting ${databaseName(url)} (all data is removed)…`);
    await resetDatabase(url);
  }
  await migrate(url);
  console.log(`Seeding demo data into ${redact(url)}`);
  const progress = stepProgress();
  const started = Date.now();
  try {
    await seedDemo(progress.update);
  } finally {
    progress.stop();
    await disconnectPrisma();
  }
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Running it again changes nothing.`);
});
