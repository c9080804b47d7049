import { redact, requireDatabaseUrl } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";
import { runCli } from "@/scripts/lib/cli";

await runCli(async () => {
  const url = requireDatabaseUrl();
  console.log(`Migrating ${redact(url)}`);
  const result = await migrate(url, { log: (line) => console.log(`  ${line}`) });
  console.log(
    result.applied.length
      ? `Done: ${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already in place.`
      : `Up to date: ${result.alreadyApplied.length} migration(s) already in place.`,
  );
});
