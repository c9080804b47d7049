/** Latency figures for a benchmark phase. */
export interface LatencyStats {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  perSecond: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The figures of one phase from its call timings (sorted in place). */
function summarise(timings: number[], seconds: number): LatencyStats {
  timings.sort((a, b) => a - b);
  return {
    runs: timings.length,
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    p99Ms: round(percentile(timings, 0.99)),
    perSecond: Math.round(timings.length / seconds),
  };
}

/**
 * Runs `task` in `workers` closed loops (each starts its next call when the
 * last one ends, like a moderator waiting for the screen) for `seconds`,
 * after a warm-up whose timings are thrown away, and times every call.
 */
/**
 * A timed call. It may return a function: work that follows the call but is
 * not part of it (e.g. deciding the case claim-next handed out), run
 * untimed before the loop goes on.
 */
export type Task = (worker: number) => Promise<unknown>;

async function runUntimed(result: unknown): Promise<void> {
  if (typeof result === "function") await (result as () => Promise<unknown>)();
}

export async function closedLoop(
  workers: number,
  seconds: number,
  task: Task,
  warmupSeconds = 1,
): Promise<LatencyStats> {
  const timings: number[] = [];
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < end) {
        const start = performance.now();
        const result = await task(worker);
        const finished = performance.now();
        if (start >= warmupEnd) timings.push(finished - start);
        await runUntimed(result);
      }
    }),
  );
  return summarise(timings, seconds);
}

export function describeStats(name: string, stats: LatencyStats): string {
  return `${name.padEnd(34)} p50 ${stats.p50Ms.toFixed(2).padStart(7)} ms   p95 ${stats.p95Ms.toFixed(2).padStart(7)} ms   p99 ${stats.p99Ms.toFixed(2).padStart(7)} ms   ${String(stats.perSecond).padStart(5)}/s`;
}

/**
 * Open loop at a fixed pace: each of `workers` fires `task` every
 * `intervalMs` (starting at a random offset), whether or not its last call
 * has finished, the way a page polls on a timer. Slow answers therefore
 * cannot slow the load down and hide themselves (no coordinated omission).
 */
export async function paced(workers: number, seconds: number, intervalMs: number, task: Task): Promise<LatencyStats> {
  const timings: number[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      let next = start + Math.random() * intervalMs;
      while (next < end) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
        const t0 = performance.now();
        inFlight.push(
          task(worker).then(async (result) => {
            timings.push(performance.now() - t0);
            await runUntimed(result);
          }),
        );
        next += intervalMs;
      }
    }),
  );
  await Promise.all(inFlight);
  return summarise(timings, seconds);
}
