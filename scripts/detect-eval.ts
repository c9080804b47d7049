/**
 * Scores the detector on a labelled corpus (shared JSON-lines format) next to
 * a naive e-mail+phone regex baseline.
 *
 *   npm run detect:eval [corpus.jsonl] [--verbose] [--check]
 *
 * --verbose  lists misclassified cases with their text
 * --check    exits 1 when the targets (micro F1 >= 0.95, negatives' FP rate <= 2%) are missed
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { naiveBaseline } from "@/lib/detection/baseline";
import { detect, DETECTOR_VERSION } from "@/lib/detection/detect";
import { evaluate, meetsTargets, parseCorpus, TARGETS, type EvaluationReport } from "@/lib/detection/evaluation";

const DEFAULT_CORPUS = fileURLToPath(new URL("../lib/detection/corpus/corpus.jsonl", import.meta.url));

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const check = args.includes("--check");
const corpusPath = args.find((a) => !a.startsWith("--")) ?? DEFAULT_CORPUS;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const num = (x: number) => x.toFixed(3).padStart(7);

function row(label: string, detector: string, baseline: string): string {
  return `${label.padEnd(34)} ${detector.padStart(22)}   ${baseline.padStart(22)}`;
}

// Precision is undefined when nothing was predicted; print a dash, not a flattering 1.000.
function precisionOf(c: { precision: number; truePositives: number; falsePositives: number }): string {
  return c.truePositives + c.falsePositives === 0 ? "     —" : num(c.precision);
}

function printReport(detector: EvaluationReport, baseline: EvaluationReport): void {
  console.log(row("", "detector", "naive regex baseline"));
  console.log(row("", "  P      R      F1", "  P      R      F1"));
  detector.perCategory.forEach((d, i) => {
    const b = baseline.perCategory[i];
    if (!b) return;
    console.log(row(d.category, `${precisionOf(d)}${num(d.recall)}${num(d.f1)}`, `${precisionOf(b)}${num(b.recall)}${num(b.f1)}`));
  });
  console.log(row("micro", `${num(detector.microPrecision)}${num(detector.microRecall)}${num(detector.microF1)}`, `${num(baseline.microPrecision)}${num(baseline.microRecall)}${num(baseline.microF1)}`));
  console.log();
  console.log(row("micro F1", num(detector.microF1), num(baseline.microF1)));
  console.log(row(`FP rate on negatives (n=${detector.negatives})`, pct(detector.negativeFalsePositiveRate), pct(baseline.negativeFalsePositiveRate)));
  console.log(row(`evidence spans covered (n=${detector.evidenceTotal})`, pct(detector.evidenceCoverage), pct(baseline.evidenceCoverage)));
  console.log(row("misclassified cases", String(detector.misclassified.length), String(baseline.misclassified.length)));
}

function main(): number {
  let cases;
  try {
    cases = parseCorpus(readFileSync(corpusPath, "utf8"));
  } catch (error) {
    console.error(`detect-eval: ${corpusPath}: ${(error as Error).message}`);
    return 2;
  }
  const detector = evaluate(cases, detect);
  const baseline = evaluate(cases, naiveBaseline);
  console.log(`Corpus ${corpusPath}: ${cases.length} cases, ${detector.negatives} negatives. Detector ${DETECTOR_VERSION}.\n`);
  printReport(detector, baseline);
  if (verbose && detector.misclassified.length > 0) {
    console.log("\nMisclassified by the detector:");
    for (const m of detector.misclassified) {
      const missing = m.uncoveredEvidence.length > 0 ? ` uncovered=${JSON.stringify(m.uncoveredEvidence)}` : "";
      console.log(`  ${m.id} contract=${m.contractActive} expected=[${m.expected.join(",")}] got=[${m.reported.join(",")}]${missing}\n      ${JSON.stringify(m.text)}`);
    }
  }
  const ok = meetsTargets(detector);
  console.log(`\nTargets (micro F1 >= ${TARGETS.microF1}, negatives' FP rate <= ${pct(TARGETS.negativeFalsePositiveRate).trim()}): ${ok ? "met" : "MISSED"}`);
  return check && !ok ? 1 : 0;
}

process.exitCode = main();
