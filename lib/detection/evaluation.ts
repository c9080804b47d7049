import { CATEGORIES, type Category, type Finding } from "./types";

/** One labelled message in the shared corpus format. */
export interface CorpusCase {
  id: string;
  text: string;
  contractActive: boolean;
  /** Categories that must be reported as violations. */
  expect: Category[];
  /** Substrings a violation finding's span must cover. */
  evidence: string[];
  /** Where a real-world line was taken from (a URL or github:owner/repo:path); absent in the synthetic corpus. */
  source?: string;
}

export type Detector = (text: string, opts: { contractActive: boolean }) => Finding[];

export interface CategoryScore {
  category: Category;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Misclassified {
  id: string;
  text: string;
  contractActive: boolean;
  expected: Category[];
  reported: Category[];
  uncoveredEvidence: string[];
}

export interface EvaluationReport {
  cases: number;
  negatives: number;
  perCategory: CategoryScore[];
  microPrecision: number;
  microRecall: number;
  microF1: number;
  /** Share of messages that expect nothing but got at least one violation. */
  negativeFalsePositiveRate: number;
  evidenceTotal: number;
  evidenceCovered: number;
  evidenceCoverage: number;
  misclassified: Misclassified[];
}

export interface Targets {
  microF1: number;
  negativeFalsePositiveRate: number;
  evidenceCoverage?: number;
}

/** Targets on the repo's synthetic corpus. */
export const TARGETS: Targets = { microF1: 0.97, negativeFalsePositiveRate: 0.01 };
/** Targets on the frozen real-world test part (messages nobody on the team wrote). */
export const REAL_TARGETS: Targets = { microF1: 0.9, negativeFalsePositiveRate: 0.03, evidenceCoverage: 0.9 };

export function meetsTargets(report: EvaluationReport, targets: Targets = TARGETS): boolean {
  return (
    report.microF1 >= targets.microF1 &&
    report.negativeFalsePositiveRate <= targets.negativeFalsePositiveRate &&
    report.evidenceCoverage >= (targets.evidenceCoverage ?? 0)
  );
}

function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Evidence counts as covered when some violation finding's span contains one of its occurrences. */
export function uncoveredEvidence(c: CorpusCase, findings: readonly Finding[]): string[] {
  const violations = findings.filter((f) => f.violation);
  return c.evidence.filter(
    (needle) =>
      !occurrences(c.text, needle).some((at) => violations.some((f) => f.start <= at && f.end >= at + needle.length)),
  );
}

export function evaluate(cases: readonly CorpusCase[], detector: Detector): EvaluationReport {
  const counts = new Map<Category, { tp: number; fp: number; fn: number }>(
    CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  let negatives = 0;
  let negativesFlagged = 0;
  let evidenceTotal = 0;
  let evidenceCovered = 0;
  const misclassified: Misclassified[] = [];

  for (const c of cases) {
    const findings = detector(c.text, { contractActive: c.contractActive });
    const reported = CATEGORIES.filter((cat) => findings.some((f) => f.violation && f.category === cat));
    const expected = CATEGORIES.filter((cat) => c.expect.includes(cat));
    for (const cat of CATEGORIES) {
      const n = counts.get(cat);
      if (!n) continue;
      const isExpected = expected.includes(cat);
      const isReported = reported.includes(cat);
      if (isExpected && isReported) n.tp++;
      else if (isReported) n.fp++;
      else if (isExpected) n.fn++;
    }
    if (expected.length === 0) {
      negatives++;
      if (reported.length > 0) negativesFlagged++;
    }
    const missing = uncoveredEvidence(c, findings);
    evidenceTotal += c.evidence.length;
    evidenceCovered += c.evidence.length - missing.length;
    const sameSets = expected.length === reported.length && expected.every((cat) => reported.includes(cat));
    if (!sameSets || missing.length > 0) {
      misclassified.push({
        id: c.id,
        text: c.text,
        contractActive: c.contractActive,
        expected,
        reported,
        uncoveredEvidence: missing,
      });
    }
  }

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCategory = CATEGORIES.map((category) => {
    const n = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    tp += n.tp;
    fp += n.fp;
    fn += n.fn;
    const precision = ratio(n.tp, n.tp + n.fp, 1);
    const recall = ratio(n.tp, n.tp + n.fn, 1);
    return {
      category,
      truePositives: n.tp,
      falsePositives: n.fp,
      falseNegatives: n.fn,
      precision,
      recall,
      f1: f1(precision, recall),
    };
  });
  const microPrecision = ratio(tp, tp + fp, 1);
  const microRecall = ratio(tp, tp + fn, 1);
  return {
    cases: cases.length,
    negatives,
    perCategory,
    microPrecision,
    microRecall,
    microF1: f1(microPrecision, microRecall),
    negativeFalsePositiveRate: ratio(negativesFlagged, negatives, 0),
    evidenceTotal,
    evidenceCovered,
    evidenceCoverage: ratio(evidenceCovered, evidenceTotal, 1),
    misclassified,
  };
}

/** Parses a JSON-lines corpus; throws with the line number on a malformed case. */
export function parseCorpus(source: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`corpus line ${index + 1}: not valid JSON`);
    }
    const c = raw as Partial<CorpusCase>;
    const valid =
      typeof c.id === "string" &&
      typeof c.text === "string" &&
      typeof c.contractActive === "boolean" &&
      Array.isArray(c.expect) &&
      c.expect.every((e) => (CATEGORIES as readonly string[]).includes(e)) &&
      Array.isArray(c.evidence) &&
      c.evidence.every((e) => typeof e === "string");
    if (!valid) throw new Error(`corpus line ${index + 1}: expected {id, text, contractActive, expect[], evidence[]}`);
    cases.push(c as CorpusCase);
  });
  return cases;
}
