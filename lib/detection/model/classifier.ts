import { BUCKETS, MAX_FEATURES, featurize } from "./features";
import { MODEL } from "./weights";

/**
 * The learned component: one logistic-regression head per category plus an
 * "addressed to the reader" head (any category), over the hashed sentence
 * features of ./features. Weights are trained by scripts/detect-train.ts and
 * committed in ./weights.ts (sparse, 8-bit quantised). Inference is a sum of
 * looked-up weights: no allocation per call, no download, no native code.
 */

export const HEADS = [
  "CONTACT_SHARING",
  "OFF_PLATFORM_COMMUNICATION",
  "OFF_PLATFORM_PAYMENT",
  "PERSONAL_DATA_REQUEST",
  "ADDRESSED",
] as const;
export type Head = (typeof HEADS)[number];
export const HEAD_COUNT = HEADS.length;

export interface SerializedModel {
  version: string;
  hashBits: number;
  heads: readonly string[];
  bias: readonly number[];
  /** Quantisation step: weight = int8 * scale. */
  scale: number;
  /** Per head: varint count, then (varint index delta, int8 value) pairs; base64. */
  data: string;
  /** Training summary, for the README and `detect:train` output. */
  trainedOn?: string;
}

/** Interleaved weights: weights[bucket * HEAD_COUNT + head]. */
export interface DenseModel {
  version: string;
  weights: Float32Array;
  bias: Float64Array;
}

function decodeBase64(b64: string): Uint8Array {
  if (typeof Buffer !== "undefined") return new Uint8Array(Buffer.from(b64, "base64"));
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function decodeModel(model: SerializedModel): DenseModel {
  const weights = new Float32Array(BUCKETS * HEAD_COUNT);
  const bias = new Float64Array(HEAD_COUNT);
  if (model.hashBits !== Math.log2(BUCKETS) || model.heads.length !== HEAD_COUNT) {
    // A stale weights file: score nothing rather than misread it.
    return { version: `${model.version} (incompatible)`, weights, bias: bias.fill(-20) };
  }
  const bytes = model.data ? decodeBase64(model.data) : new Uint8Array(0);
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++] ?? 0;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  };
  for (let h = 0; h < HEAD_COUNT; h++) {
    bias[h] = model.bias[h] ?? 0;
    if (p >= bytes.length) continue;
    const count = varint();
    let index = 0;
    for (let k = 0; k < count; k++) {
      index += varint();
      const q = ((bytes[p++] ?? 0) << 24) >> 24;
      weights[index * HEAD_COUNT + h] = q * model.scale;
    }
  }
  return { version: model.version, weights, bias };
}

export function encodeModel(
  dense: DenseModel,
  scale: number,
  version: string,
  trainedOn: string,
  hashBits: number,
): SerializedModel {
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
  };
  for (let h = 0; h < HEAD_COUNT; h++) {
    const entries: Array<[number, number]> = [];
    for (let b = 0; b < BUCKETS; b++) {
      const q = Math.max(-127, Math.min(127, Math.round((dense.weights[b * HEAD_COUNT + h] ?? 0) / scale)));
      if (q !== 0) entries.push([b, q]);
    }
    varint(entries.length);
    let last = 0;
    for (const [b, q] of entries) {
      varint(b - last);
      last = b;
      bytes.push(q & 0xff);
    }
  }
  return {
    version,
    hashBits,
    heads: [...HEADS],
    bias: [...dense.bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale,
    data: Buffer.from(Uint8Array.from(bytes)).toString("base64"),
    trainedOn,
  };
}

/**
 * What inference reads: the weights as the int8 steps they are stored in
 * (weight = q * scale), interleaved per bucket. A quarter of the memory of
 * floats, so a sentence's few hundred random look-ups mostly hit the cache.
 */
export interface QuantisedModel {
  version: string;
  q: Int8Array;
  scale: number;
  bias: Float64Array;
}

/** Quantises a dense model with the same step `detect:train` writes (largest weight = 127 steps). */
export function quantise(dense: DenseModel, scale?: number): QuantisedModel {
  let max = 0;
  for (const w of dense.weights) max = Math.max(max, Math.abs(w));
  const step = scale ?? (max > 0 ? max / 127 : 1);
  const q = new Int8Array(dense.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((dense.weights[i] ?? 0) / step)));
  return { version: dense.version, q, scale: step, bias: dense.bias };
}

let loaded: QuantisedModel | null = null;
let override: QuantisedModel | null = null;

export function model(): QuantisedModel {
  if (override !== null) return override;
  if (loaded === null) {
    const dense = decodeModel(MODEL);
    // The stored values are already int8 steps of MODEL.scale: dividing back is exact.
    const q = new Int8Array(dense.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round((dense.weights[i] ?? 0) / MODEL.scale);
    loaded = { version: dense.version, q, scale: MODEL.scale, bias: dense.bias };
  }
  return loaded;
}

/** Training and cross-validation only: score with `m` instead of the committed weights (null restores them). */
export function useModel(m: DenseModel | null): void {
  override = m === null ? null : quantise(m);
}

const featureBuffer = new Int32Array(MAX_FEATURES + 512);

/** Raw margins (log-odds) of every head for lower[start, end), written into `out`. */
export function scoreSpan(
  lower: string,
  start: number,
  end: number,
  out: Float64Array,
  m: QuantisedModel = model(),
  extra?: readonly number[],
): void {
  let n = featurize(lower, start, end, featureBuffer);
  if (extra) for (let i = 0; i < extra.length && n < MAX_FEATURES + 512; i++) featureBuffer[n++] = extra[i] ?? 0;
  const w = m.q;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0;
  for (let i = 0; i < n; i++) {
    const base = (featureBuffer[i] ?? 0) * HEAD_COUNT;
    s0 += w[base] ?? 0;
    s1 += w[base + 1] ?? 0;
    s2 += w[base + 2] ?? 0;
    s3 += w[base + 3] ?? 0;
    s4 += w[base + 4] ?? 0;
  }
  const norm = m.scale / Math.sqrt(n);
  out[0] = (m.bias[0] ?? 0) + s0 * norm;
  out[1] = (m.bias[1] ?? 0) + s1 * norm;
  out[2] = (m.bias[2] ?? 0) + s2 * norm;
  out[3] = (m.bias[3] ?? 0) + s3 * norm;
  out[4] = (m.bias[4] ?? 0) + s4 * norm;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
