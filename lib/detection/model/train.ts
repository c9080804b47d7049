import { analyse } from "../detect";
import type { CorpusCase } from "../evaluation";
import { normaliseCharacters } from "../normalise";
import { CATEGORIES } from "../types";
import { HEAD_COUNT, sigmoid, type DenseModel } from "./classifier";
import { BUCKETS, MAX_FEATURES, featurize } from "./features";

/**
 * Trains the sentence heads from message-level labels (multiple-instance
 * learning): a negative message makes every one of its sentences a negative;
 * a positive message makes the sentences holding its evidence positive, or,
 * when it has no evidence, the sentence the model currently scores highest
 * (after warm-up epochs in which every sentence shares the label). Labels a
 * message does not decide (contact sharing under a contract is not labelled)
 * are left out for that head. Deterministic for a given seed.
 */

export interface TrainingSentence {
  features: Int32Array;
  norm: number;
  /** A rule fired in this sentence: the judge's decisions are made on such sentences. */
  ruled: boolean;
}

export interface TrainingMessage {
  id: string;
  sentences: TrainingSentence[];
  /** Per head: 1, 0, or -1 when the message does not decide it. */
  labels: Int8Array;
  /** Per head: indices of sentences known to carry the positive label (from evidence), or null. */
  known: Array<number[] | null>;
}

export interface TrainOptions {
  epochs: number;
  warmup: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weight of positive sentences against negative ones. */
  positiveWeight: number;
  /**
   * Extra weight of negative sentences in which a rule fired: those are the calls the judge is
   * there to make (a warning or a product page quoting the words), the other sentences only
   * teach it which words matter.
   */
  ruledNegativeWeight: number;
  onEpoch?: (epoch: number, loss: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 24,
  warmup: 4,
  learningRate: 0.4,
  l2: 1e-5,
  seed: 7,
  positiveWeight: 1.5,
  ruledNegativeWeight: 1,
};

const buffer = new Int32Array(MAX_FEATURES);

export function prepareMessage(c: CorpusCase): TrainingMessage {
  const { view, ctx } = analyse(c.text, { contractActive: c.contractActive });
  const lower = view.lower;
  const spans = ctx.sentences();
  const sentences = spans.map(([s, e], i) => {
    const n = featurize(lower, s, e, buffer);
    const extra = ctx.extraFeatures?.get(i) ?? [];
    const features = new Int32Array(n + extra.length);
    features.set(buffer.subarray(0, n));
    features.set(extra, n);
    return { features, norm: 1 / Math.sqrt(features.length), ruled: extra.length > 0 };
  });
  if (sentences.length === 0) sentences.push({ features: new Int32Array(0), norm: 1, ruled: false });
  const labels = new Int8Array(HEAD_COUNT);
  const known: Array<number[] | null> = [];
  CATEGORIES.forEach((cat, h) => {
    const positive = c.expect.includes(cat);
    // Under a contract, contact sharing and outside talk are allowed, hence unlabelled; so are basic data requests.
    const undecided = !positive && c.contractActive && cat !== "OFF_PLATFORM_PAYMENT";
    labels[h] = positive ? 1 : undecided ? -1 : 0;
    known[h] = null;
    if (positive && (cat === "CONTACT_SHARING" || cat === "OFF_PLATFORM_COMMUNICATION") && c.evidence.length > 0) {
      const lowerEvidence = c.evidence.map((e) => normaliseCharacters(e).lower);
      const hit = spans.flatMap(([s, e], i) =>
        lowerEvidence.some((ev) => ev.length > 0 && lower.slice(s, e).includes(ev)) ? [i] : [],
      );
      if (hit.length > 0) known[h] = hit;
    }
  });
  const any = c.expect.length > 0;
  labels[HEAD_COUNT - 1] = any ? 1 : c.contractActive ? -1 : 0;
  known[HEAD_COUNT - 1] = null;
  return { id: c.id, sentences, labels, known };
}

function margin(m: DenseModel, s: TrainingSentence, h: number): number {
  let sum = 0;
  const f = s.features;
  for (let i = 0; i < f.length; i++) sum += m.weights[(f[i] ?? 0) * HEAD_COUNT + h] ?? 0;
  return (m.bias[h] ?? 0) + sum * s.norm;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence, so
 * training and the benchmarks' generated data are the same on every run.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(messages: readonly TrainingMessage[], options: Partial<TrainOptions> = {}): DenseModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const m: DenseModel = {
    version: "training",
    weights: new Float32Array(BUCKETS * HEAD_COUNT),
    bias: new Float64Array(HEAD_COUNT),
  };
  const g2 = new Float32Array(BUCKETS * HEAD_COUNT);
  const b2 = new Float64Array(HEAD_COUNT);
  const random = mulberry32(o.seed);
  // Start each head at its base rate.
  for (let h = 0; h < HEAD_COUNT; h++) {
    let pos = 0,
      all = 0;
    for (const msg of messages)
      if (msg.labels[h] !== -1) {
        all++;
        if (msg.labels[h] === 1) pos++;
      }
    const rate = Math.min(0.95, Math.max(0.02, pos / Math.max(1, all) / 3));
    m.bias[h] = Math.log(rate / (1 - rate));
  }

  const step = (s: TrainingSentence, h: number, y: number, weight: number): number => {
    const z = margin(m, s, h);
    const p = sigmoid(z);
    const g = (p - y) * weight;
    const f = s.features;
    for (let i = 0; i < f.length; i++) {
      const k = (f[i] ?? 0) * HEAD_COUNT + h;
      const w = m.weights[k] ?? 0;
      const grad = g * s.norm + o.l2 * w;
      const acc = (g2[k] ?? 0) + grad * grad;
      g2[k] = acc;
      m.weights[k] = w - (o.learningRate * grad) / Math.sqrt(acc + 1e-8);
    }
    b2[h] = (b2[h] ?? 0) + g * g;
    m.bias[h] = (m.bias[h] ?? 0) - (o.learningRate * 0.2 * g) / Math.sqrt((b2[h] ?? 0) + 1e-8);
    const q = y === 1 ? p : 1 - p;
    return -Math.log(Math.max(q, 1e-9)) * weight;
  };

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    let loss = 0;
    for (const msg of shuffle([...messages], random)) {
      for (let h = 0; h < HEAD_COUNT; h++) {
        const y = msg.labels[h];
        if (y === -1 || y === undefined) continue;
        if (y === 0) {
          for (const s of msg.sentences) loss += step(s, h, 0, s.ruled ? o.ruledNegativeWeight : 1);
          continue;
        }
        const known = msg.known[h];
        if (known) {
          for (const i of known) {
            const s = msg.sentences[i];
            if (s) loss += step(s, h, 1, o.positiveWeight);
          }
          continue;
        }
        if (epoch < o.warmup || msg.sentences.length === 1) {
          for (const s of msg.sentences) loss += step(s, h, 1, o.positiveWeight / msg.sentences.length);
          continue;
        }
        let best = 0;
        let bestScore = -Infinity;
        msg.sentences.forEach((s, i) => {
          const z = margin(m, s, h);
          if (z > bestScore) {
            bestScore = z;
            best = i;
          }
        });
        const s = msg.sentences[best];
        if (s) loss += step(s, h, 1, o.positiveWeight);
      }
    }
    o.onEpoch?.(epoch + 1, loss / Math.max(1, messages.length));
  }
  return m;
}

/** Message-level probability of each head: the highest-scoring sentence. */
export function messageScores(m: DenseModel, msg: TrainingMessage): Float64Array {
  const out = new Float64Array(HEAD_COUNT);
  for (let h = 0; h < HEAD_COUNT; h++) {
    let best = -Infinity;
    for (const s of msg.sentences) best = Math.max(best, margin(m, s, h));
    out[h] = sigmoid(best);
  }
  return out;
}

/**
 * The average of `runs` models trained with different shuffling seeds. The
 * heads are linear, so averaging weights averages their log-odds: a free
 * ensemble at inference. It steadies the judge, whose cross-validated F1
 * otherwise moves by about a point with the seed alone.
 */
export function trainAveraged(
  messages: readonly TrainingMessage[],
  options: Partial<TrainOptions> = {},
  runs = 3,
): DenseModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  let sum: DenseModel | null = null;
  for (let r = 0; r < runs; r++) {
    const m = train(messages, { ...o, seed: o.seed + 1000 * r, onEpoch: r === 0 ? o.onEpoch : undefined });
    if (sum === null) {
      sum = m;
      continue;
    }
    for (let i = 0; i < m.weights.length; i++) sum.weights[i] = (sum.weights[i] ?? 0) + (m.weights[i] ?? 0);
    for (let h = 0; h < m.bias.length; h++) sum.bias[h] = (sum.bias[h] ?? 0) + (m.bias[h] ?? 0);
  }
  const out = sum as DenseModel;
  for (let i = 0; i < out.weights.length; i++) out.weights[i] = (out.weights[i] ?? 0) / runs;
  for (let h = 0; h < out.bias.length; h++) out.bias[h] = (out.bias[h] ?? 0) / runs;
  return out;
}
