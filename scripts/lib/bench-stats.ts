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

/**
 * Runs `task` in `workers` closed loops (each starts its next call when the
 * last one ends, like a moderator waiting for the screen) for `seconds`,
 * after a warm-up whose timings are thrown away, and times every call.
 */
export async function closedLoop(
  workers: number,
  seconds: number,
  task: (worker: number) => Promise<unknown>,
  warmupSeconds = 1,
): Promise<LatencyStats> {
  const timings: number[] = [];
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < end) {
        const start = performance.now();
        await task(worker);
        const finished = performance.now();
        if (start >= warmupEnd) timings.push(finished - start);
      }
    }),
  );
  timings.sort((a, b) => a - b);
  return {
    runs: timings.length,
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    p99Ms: round(percentile(timings, 0.99)),
    perSecond: Math.round(timings.length / seconds),
  };
}

export function describeStats(name: string, stats: LatencyStats): string {
  return `${name.padEnd(34)} p50 ${stats.p50Ms.toFixed(2).padStart(7)} ms   p95 ${stats.p95Ms.toFixed(2).padStart(7)} ms   p99 ${stats.p99Ms.toFixed(2).padStart(7)} ms   ${String(stats.perSecond).padStart(5)}/s`;
}
