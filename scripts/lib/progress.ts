import cliProgress from "cli-progress";

/**
 * A progress reporter for long command-line jobs: one bar per named step on
 * a terminal, a plain line per step otherwise (CI logs stay readable).
 */
export function stepProgress(stream: NodeJS.WriteStream = process.stderr) {
  let bar: cliProgress.SingleBar | null = null;
  let current = "";
  const interactive = stream.isTTY && !process.env.CI;
  return {
    update(step: string, done: number, total: number) {
      if (step !== current) {
        bar?.stop();
        current = step;
        if (interactive) {
          bar = new cliProgress.SingleBar(
            { format: `  ${step.padEnd(14)} {bar} {value}/{total}`, stream, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0);
        } else {
          stream.write(`  ${step}: ${total}\n`);
        }
      }
      bar?.update(done);
      if (done >= total && bar) {
        bar.stop();
        bar = null;
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
