import { describe, expect, it } from "vitest";
import { CLUSTERS } from "./clusters";
import { MAX_FEATURES, featurize, setClusterFeatures, wordHash } from "./features";

const buffer = new Int32Array(MAX_FEATURES);
const features = (text: string) => new Set(buffer.subarray(0, featurize(text, 0, text.length, buffer)));

describe("word clusters", () => {
  it("ship with the committed table: tens of thousands of words in the documented number of clusters", () => {
    expect(CLUSTERS.words).toBeGreaterThan(10_000);
    expect(CLUSTERS.coarseOf).toHaveLength(CLUSTERS.fine);
  });

  it("let a word share features with its neighbours: cheque and check agree on a cluster feature, cheque and giraffe don't", () => {
    const shared = (a: string, b: string) => [...features(a)].filter((f) => features(b).has(f)).length;
    // One-word sentences share only the sentence marker unless the words' clusters agree.
    expect(shared("cheque", "check")).toBeGreaterThan(shared("cheque", "giraffe"));
  });

  it("hash words the way the featuriser does: digits folded, apostrophes dropped", () => {
    expect(wordHash("don't")).toBe(wordHash("dont"));
    expect(wordHash("2019")).toBe(wordHash("1999"));
    expect(wordHash("paypal")).not.toBe(wordHash("paypall"));
  });

  it("can be switched off for comparison, which removes the cluster features only", () => {
    const on = features("send the cheque");
    setClusterFeatures(false);
    const off = features("send the cheque");
    setClusterFeatures(true);
    expect(off.size).toBeLessThan(on.size);
    for (const f of off) expect(on.has(f)).toBe(true);
  });
});
