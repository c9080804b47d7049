import { CLUSTERS } from "./clusters";

/**
 * Hashed features of one sentence for the learned "is this addressed to the
 * reader?" component: word unigrams, word bigrams and character 3-5-grams of
 * each word (with word-boundary marks). Digits are folded to "0" so numbers
 * generalise. Each word also emits its word cluster (./clusters) and the
 * cluster bigram, so unseen words with seen neighbours count. No strings are built: every feature is a 32-bit FNV-1a hash
 * computed over character codes and masked into HASH_BITS buckets, written
 * into a caller-owned buffer, so scoring a sentence allocates nothing.
 */

export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;
const MASK = BUCKETS - 1;

/** A sentence longer than this is featurised on its first MAX_SENTENCE characters only. */
export const MAX_SENTENCE = 600;
/** Upper bound on features one sentence can produce (buffers are sized to it). */
export const MAX_FEATURES = MAX_SENTENCE * 4 + 16;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MAX_WORD = 24;

function fold(code: number): number {
  if (code >= 48 && code <= 57) return 48; // digit -> "0"
  return code;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 64 || code === 39 || code > 127
  );
}

function mix(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/** Punctuation kept as tokens: they tell questions, forms and lists apart. */
function punctToken(code: number): boolean {
  return code === 63 || code === 58 || code === 33 || code === 40 || code === 91 || code === 43;
}

const wordCodes = new Int32Array(MAX_WORD + 2);
let charGrams = true;
let clusterFeatures = true;

/** The featuriser's hash of one lower-cased word (digits folded, apostrophes dropped): the key of the cluster table. */
export function wordHash(word: string): number {
  let h = mix(FNV_OFFSET, 3);
  for (let i = 0; i < word.length; i++) {
    const c = fold(word.charCodeAt(i));
    if (c !== 39) h = mix(h, c);
  }
  return h;
}

/**
 * Word hash -> fine cluster of ./clusters (pre-trained word vectors grouped by
 * scripts/detect-clusters.ts), decoded once. A word the judge never saw in
 * training still votes through its cluster, which words it did see share.
 */
const clusterOf = new Map<number, number>();
const coarseOf: readonly number[] = CLUSTERS.coarseOf;
{
  const bytes = Buffer.from(CLUSTERS.data, "base64");
  let p = 0;
  let hash = 0;
  while (p < bytes.length) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++] ?? 0;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    hash += v;
    clusterOf.set(hash, (bytes[p] ?? 0) | ((bytes[p + 1] ?? 0) << 8));
    p += 2;
  }
}

/** Model comparison in `detect:train` only: featurise without the word clusters. */
export function setClusterFeatures(enabled: boolean): void {
  clusterFeatures = enabled;
}

/** Model comparison in `detect:train` only: featurise words alone (the shipped model uses both). */
export function setCharGrams(enabled: boolean): void {
  charGrams = enabled;
}

/**
 * Writes the feature buckets of lower[start, end) into `out`; returns how many.
 * `out` must hold MAX_FEATURES entries.
 */
export function featurize(lower: string, start: number, end: number, out: Int32Array): number {
  const stop = Math.min(end, start + MAX_SENTENCE);
  let n = 0;
  let previousWord = 0x9e3779b9; // sentence-start marker
  let previousCluster = 0xfffe; // sentence start; 0xffff: a word with no cluster
  out[n++] = (mix(FNV_OFFSET, 1) & MASK) >>> 0; // bias-like "a sentence" feature
  let i = start;
  while (i < stop) {
    const code = lower.charCodeAt(i);
    if (!isWordChar(code)) {
      if (punctToken(code)) {
        const h = mix(mix(FNV_OFFSET, 7), code);
        out[n++] = h & MASK;
        out[n++] = mix(previousWord, code) & MASK;
        previousWord = h;
      }
      i++;
      continue;
    }
    // One word: up to MAX_WORD folded characters, boundary-marked for n-grams.
    let len = 0;
    wordCodes[len++] = 94; // "^"
    let h = mix(FNV_OFFSET, 3);
    while (i < stop && isWordChar(lower.charCodeAt(i))) {
      const c = fold(lower.charCodeAt(i));
      if (c !== 39) {
        if (len <= MAX_WORD) wordCodes[len++] = c;
        h = mix(h, c);
      }
      i++;
    }
    if (len === 1) continue;
    wordCodes[len++] = 36; // "$"
    out[n++] = h & MASK;
    out[n++] = mix(mix(previousWord, 0x5bd1e995), h) & MASK;
    previousWord = h;
    if (clusterFeatures) {
      const cluster = clusterOf.get(h) ?? 0xffff;
      if (cluster !== 0xffff) {
        out[n++] = mix(mix(FNV_OFFSET, 17), cluster) & MASK;
        out[n++] = mix(mix(FNV_OFFSET, 19), coarseOf[cluster] ?? 0) & MASK;
      }
      out[n++] = mix(mix(mix(FNV_OFFSET, 23), previousCluster), cluster) & MASK;
      previousCluster = cluster;
    }
    // Character 3-, 4- and 5-grams from each start, hashed as one rolling prefix (5 mixes per start, not 12).
    for (let s = 0; charGrams && s + 3 <= len; s++) {
      let ch = mix(FNV_OFFSET, 13);
      ch = mix(mix(ch, wordCodes[s] ?? 0), wordCodes[s + 1] ?? 0);
      const stop = Math.min(len, s + 5);
      for (let k = s + 2; k < stop; k++) {
        ch = mix(ch, wordCodes[k] ?? 0);
        out[n++] = ch & MASK;
      }
    }
    if (n > MAX_FEATURES - 96) return n;
  }
  out[n++] = mix(previousWord, 0x27d4eb2f) & MASK; // sentence-end marker
  return n;
}

/** Bucket of a named token (a rule that fired in the sentence, its category): the rules' votes enter the model as features. */
export function tokenBucket(token: string): number {
  let h = mix(FNV_OFFSET, 29);
  for (let i = 0; i < token.length; i++) h = mix(h, token.charCodeAt(i));
  return h & MASK;
}

/** How many times a rule token is counted: a rule vote weighs as much as a few words. */
export const RULE_TOKEN_WEIGHT = 3;
