/**
 * Throughput and latency of the detector on one core.
 *
 *   npm run bench:detect [-- --messages 100000 --seed 42]
 *
 * Human-readable results go to stderr (with a progress bar); stdout gets one
 * JSON summary line, so CI can parse it.
 */
import { SingleBar, Presets } from "cli-progress";
import { detect } from "@/lib/detection/detect";
import { naiveBaseline } from "@/lib/detection/baseline";
import { numberArg } from "@/scripts/lib/args";
import { mulberry32 } from "@/scripts/lib/random";
import { EVERYDAY_MESSAGES, VIOLATING_MESSAGES } from "@/scripts/lib/sample-messages";

const MESSAGES = numberArg("messages", 100_000);
const SEED = numberArg("seed", 42);
const WARMUP = 5_000;
const TARGET_LENGTH = 200;

function makeMessage(random: () => number): string {
  const parts: string[] = [];
  let length = 0;
  const violating = random() < 0.1;
  if (violating) {
    const v = VIOLATING_MESSAGES[Math.floor(random() * VIOLATING_MESSAGES.length)] ?? "";
    parts.push(v);
    length += v.length;
  }
  while (length < TARGET_LENGTH - 40) {
    const s = EVERYDAY_MESSAGES[Math.floor(random() * EVERYDAY_MESSAGES.length)] ?? "";
    parts.splice(Math.floor(random() * (parts.length + 1)), 0, s);
    length += s.length + 1;
  }
  return parts.join(" ");
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function timeOne(text: string, repeats: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeats; i++) detect(text, { contractActive: false });
  return Number(process.hrtime.bigint() - start) / 1e6 / repeats;
}

function repeatToLength(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function main(): void {
  const random = mulberry32(SEED);
  const messages = Array.from({ length: MESSAGES }, () => makeMessage(random));
  const averageLength = messages.reduce((n, m) => n + m.length, 0) / messages.length;

  for (let i = 0; i < WARMUP; i++) detect(messages[i % messages.length] ?? "", { contractActive: false });

  const durations = new Float64Array(MESSAGES);
  const bar = new SingleBar(
    { format: "detect |{bar}| {percentage}% {value}/{total} msgs", stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(MESSAGES, 0);
  let findings = 0;
  // CPU time beside wall time: on a shared machine the wall clock also counts time spent waiting for the core.
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  for (let i = 0; i < MESSAGES; i++) {
    const t0 = process.hrtime.bigint();
    findings += detect(messages[i] ?? "", { contractActive: i % 3 === 0 }).length;
    durations[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i % 2000 === 0) bar.update(i);
  }
  const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  bar.update(MESSAGES);
  bar.stop();

  durations.sort();
  const msgPerSec = Math.round(MESSAGES / (wallMs / 1000));
  const msgPerCpuSec = Math.round(MESSAGES / (cpuMs / 1000));
  const p50Ms = percentile(durations, 0.5);
  const p99Ms = percentile(durations, 0.99);

  // Baseline in the same run: the naive e-mail + phone regex the evaluation
  // compares against, over the same messages, so the cost of doing it right is visible.
  const baselineStart = process.hrtime.bigint();
  const baselineCpuStart = process.cpuUsage();
  for (let i = 0; i < MESSAGES; i++) naiveBaseline(messages[i] ?? "", { contractActive: i % 3 === 0 });
  const baselineMsgPerSec = Math.round(MESSAGES / (Number(process.hrtime.bigint() - baselineStart) / 1e9));
  const baselineCpu = process.cpuUsage(baselineCpuStart);
  const baselineMsgPerCpuSec = Math.round(MESSAGES / ((baselineCpu.user + baselineCpu.system) / 1e6));

  const normalUnit = messages.slice(0, 50).join(" ");
  const ms1KB = timeOne(repeatToLength(normalUnit, 1024), 200);
  const ms100KB = timeOne(repeatToLength(normalUnit, 100 * 1024), 5);
  const adversarial: Record<string, number> = {
    "a@a@a@": timeOne(repeatToLength("a@", 100 * 1024), 3),
    digits: timeOne(repeatToLength("9", 100 * 1024), 3),
    "spaced digits": timeOne(repeatToLength("9 ", 100 * 1024), 3),
    "dots and spaces": timeOne(repeatToLength(". .. ", 100 * 1024), 3),
    "spaced letters": timeOne(repeatToLength("s k y p e ", 100 * 1024), 3),
    "at/dot words": timeOne(repeatToLength("a at b dot ", 100 * 1024), 3),
    "handles and apps": timeOne(repeatToLength("telegram @a_b ", 100 * 1024), 3),
  };
  const adversarialMaxMs = Math.max(...Object.values(adversarial));
  const adversarialRatio = adversarialMaxMs / ms100KB;

  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`messages: ${MESSAGES} (avg ${averageLength.toFixed(0)} chars, seed ${SEED}), findings: ${findings}`);
  log(
    `throughput: ${msgPerSec.toLocaleString("en-US")} messages/s on one core (wall clock); ${msgPerCpuSec.toLocaleString("en-US")} per CPU-second`,
  );
  log(
    `baseline (naive e-mail + phone regex, same messages): ${baselineMsgPerSec.toLocaleString("en-US")} messages/s; ${baselineMsgPerCpuSec.toLocaleString("en-US")} per CPU-second`,
  );
  log(`latency: p50 ${(p50Ms * 1000).toFixed(1)} µs, p99 ${(p99Ms * 1000).toFixed(1)} µs`);
  log(
    `size: 1 KB ${ms1KB.toFixed(3)} ms, 100 KB ${ms100KB.toFixed(2)} ms (x${(ms100KB / ms1KB).toFixed(0)} for x100 the text)`,
  );
  for (const [name, ms] of Object.entries(adversarial))
    log(`adversarial 100 KB ${name}: ${ms.toFixed(2)} ms (x${(ms / ms100KB).toFixed(1)} an ordinary 100 KB text)`);
  const meets = msgPerSec >= 20_000 && p99Ms < 1 && adversarialRatio <= 3;
  log(`targets (>= 20,000 msg/s, p99 < 1 ms, worst adversarial <= 3x ordinary): ${meets ? "met" : "MISSED"}`);

  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  process.stdout.write(
    `${JSON.stringify({ bench: "detect", messages: MESSAGES, avgChars: Math.round(averageLength), msgPerSec, msgPerCpuSec, baselineMsgPerSec, baselineMsgPerCpuSec, p50Ms: round(p50Ms), p99Ms: round(p99Ms), ms1KB: round(ms1KB), ms100KB: round(ms100KB), adversarialMaxMs: round(adversarialMaxMs), adversarialRatio: round(adversarialRatio), targetsMet: meets })}\n`,
  );
}

main();
