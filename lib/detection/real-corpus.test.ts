import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The frozen real-world corpus (corpus/real/FROZEN.md): these checks make an edit to either part,
// or a message moved between them, fail loudly instead of silently changing the figures.
const FROZEN_SHA256 = {
  dev: "c665bb77413c49afb8f3d38c551641fa90935eb751b72c0e5e5125a44087fd39",
  test: "93bb400535800d4671248b370bbbcc7f40f7b19388497ddce1e2489df13a2344",
} as const;
const TEST_SHARE = 0.35;
// The second test part (FROZEN.md, "The second test part"): a separate collection, not a hash split.
const TEST_2_SHA256 = "654e036cd980b01fbb4a9aaec135815ad573974d8a63f43e7b91610b34a1a560";
// The third test part (FROZEN.md, "The third test part"): collected from sources none of the others use.
const TEST_3_SHA256 = "1457385225febb9bc5e953494e179763ab0082679f36af32139318dd60ddc025";

// The fourth collection (FROZEN.md, "The fourth collection"): split by source into dev-2 and test-4.
const FOURTH_SHA256 = {
  "dev-2": "0aac4ff0b0ec9b82a034a4d592537b778592af0106b66accc27b2c931403ba18",
  "test-4": "50d468a652229dc7150e18720096217b6038da70270391aa8638e447088bb0b7",
} as const;
const TEST_4_SHARE = 0.4;
// The fifth test part (FROZEN.md, "The fifth test part"): a separate collection from sources no earlier part uses.
const TEST_5_SHA256 = "0e37dc977981fb045047c1805d920682aad7234c77c19fc9aefd84024e8c1fea";

// The sixth collection (FROZEN.md, "The sixth collection"): split by source group into dev-3 and test-6,
// with its own salt so the split is independent of test-4's; copies of one data set count as one group.
const SIXTH_SHA256 = {
  "dev-3": "86d9151fa761ef346d4ef90bbeb0a359c99893db8028bf186bacdd73016cb45d",
  "test-6": "96e372434b07352270a3c9a8b3cc95cafa16a76cb64cd56eea5f55cd830d2063",
} as const;
const TEST_6_SHARE = 0.4;
const INDONESIAN_SMS = "dataset:indonesian-sms-fraud";
const SAME_DATA: Readonly<Record<string, string>> = {
  "github:michaelchen27/scam-classifier": INDONESIAN_SMS,
  "github:jaal047/maringecek": INDONESIAN_SMS,
  "github:devxx01/spam-message-detection": INDONESIAN_SMS,
  "github:nurlaili1231/streamlit.sms": INDONESIAN_SMS,
  // These two share samples with umputun/tg-spam, which an earlier part uses: their lines were left out.
  "github:radio-t/tg-spam-samples": "github:umputun/tg-spam",
  "github:galoisfield2718/bitcoin-anti-spam": "github:umputun/tg-spam",
};

const read = (
  part:
    | keyof typeof FROZEN_SHA256
    | keyof typeof FOURTH_SHA256
    | keyof typeof SIXTH_SHA256
    | "test-2"
    | "test-3"
    | "test-5",
) => readFileSync(fileURLToPath(new URL(`./corpus/real/${part}.jsonl`, import.meta.url)), "utf8");

type Part = Parameters<typeof read>[0];

/** The labelled lines of a part. */
const linesOf = (part: Part) =>
  read(part)
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string; source: string });

/** Ids of `part`'s lines that sit on the wrong side of a split (`inTest` says where each belongs). */
const misplacedIn = (part: Part, isTestPart: boolean, inTest: (c: { text: string; source: string }) => boolean) =>
  linesOf(part)
    .filter((c) => inTest(c) !== isTestPart)
    .map((c) => c.id);

const normalised = (text: string) => text.toLowerCase().replace(/\W+/g, " ").trim();

function inTestPart(text: string): boolean {
  const digest = createHash("sha256").update(text.trim().toLowerCase()).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TEST_SHARE;
}

/** A line's source group: a GitHub URL or data-set path by its repository, anything else by its URL. */
function sourceGroup(source: string): string {
  const repo = /^https?:\/\/github\.com\/([^/]+\/[^/#?]+)/i.exec(source) ?? /^github:([^:]+)/.exec(source);
  return repo ? `github:${(repo[1] ?? "").toLowerCase()}` : source;
}

function inTest6(source: string): boolean {
  const group = sourceGroup(source);
  return (
    createHash("sha256")
      .update(`test-6:${SAME_DATA[group] ?? group}`)
      .digest()
      .readUInt32BE(0) /
      2 ** 32 <
    TEST_6_SHARE
  );
}

function inTest4(source: string): boolean {
  return createHash("sha256").update(sourceGroup(source)).digest().readUInt32BE(0) / 2 ** 32 < TEST_4_SHARE;
}

describe("frozen real-world corpus", () => {
  for (const part of ["dev-2", "test-4"] as const) {
    it(`${part} part is byte for byte the frozen file`, () => {
      expect(createHash("sha256").update(read(part)).digest("hex")).toBe(FOURTH_SHA256[part]);
    });

    it(`every ${part} message sits in the part its source group assigns`, () => {
      expect(misplacedIn(part, part === "test-4", (c) => inTest4(c.source))).toEqual([]);
    });
  }

  it("no message of the fourth collection repeats an earlier part, and test-4 shares no source with dev-2", () => {
    const earlier = new Set(
      (["dev", "test", "test-2", "test-3"] as const).flatMap(linesOf).map((c) => normalised(c.text)),
    );
    const fourth = (["dev-2", "test-4"] as const).flatMap((p) => linesOf(p).map((c) => ({ part: p, ...c })));
    expect(fourth.filter((c) => earlier.has(normalised(c.text))).map((c) => c.id)).toEqual([]);
    const devGroups = new Set(fourth.filter((c) => c.part === "dev-2").map((c) => sourceGroup(c.source)));
    expect(fourth.filter((c) => c.part === "test-4" && devGroups.has(sourceGroup(c.source))).map((c) => c.id)).toEqual(
      [],
    );
  });

  for (const part of ["dev", "test"] as const) {
    it(`${part} part is byte for byte the frozen file`, () => {
      expect(createHash("sha256").update(read(part)).digest("hex")).toBe(FROZEN_SHA256[part]);
    });

    it(`every ${part} message sits in the part its hash assigns`, () => {
      expect(misplacedIn(part, part === "test", (c) => inTestPart(c.text))).toEqual([]);
    });
  }

  it("test-2 part is byte for byte the frozen file", () => {
    expect(createHash("sha256").update(read("test-2")).digest("hex")).toBe(TEST_2_SHA256);
  });

  it("test-3 part is byte for byte the frozen file", () => {
    expect(createHash("sha256").update(read("test-3")).digest("hex")).toBe(TEST_3_SHA256);
  });

  it("no test-3 message repeats a message of an earlier part", () => {
    const earlier = new Set(
      [...read("dev").split("\n"), ...read("test").split("\n"), ...read("test-2").split("\n")]
        .filter((line) => line.trim())
        .map((line) => normalised((JSON.parse(line) as { text: string }).text)),
    );
    const repeated = read("test-3")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .filter((c) => earlier.has(normalised(c.text)))
      .map((c) => c.id);
    expect(repeated).toEqual([]);
  });

  it("no test-2 message repeats a message of the first corpus", () => {
    const first = new Set(
      [...read("dev").split("\n"), ...read("test").split("\n")]
        .filter((line) => line.trim())
        .map((line) => normalised((JSON.parse(line) as { text: string }).text)),
    );
    const repeated = read("test-2")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .filter((c) => first.has(normalised(c.text)))
      .map((c) => c.id);
    expect(repeated).toEqual([]);
  });

  it("test-5 is byte for byte the frozen file, and shares no text or source group with an earlier part", () => {
    expect(createHash("sha256").update(read("test-5")).digest("hex")).toBe(TEST_5_SHA256);
    const earlier = (["dev", "test", "test-2", "test-3", "dev-2", "test-4"] as const).flatMap(linesOf);
    const texts = new Set(earlier.map((c) => normalised(c.text)));
    const groups = new Set(earlier.map((c) => sourceGroup(c.source)));
    const clashing = linesOf("test-5")
      .filter((c) => texts.has(normalised(c.text)) || groups.has(sourceGroup(c.source)))
      .map((c) => c.id);
    expect(clashing).toEqual([]);
  });

  for (const part of ["dev-3", "test-6"] as const) {
    it(`${part} part is byte for byte the frozen file, and every line sits where its source group assigns it`, () => {
      expect(createHash("sha256").update(read(part)).digest("hex")).toBe(SIXTH_SHA256[part]);
      expect(misplacedIn(part, part === "test-6", (c) => inTest6(c.source))).toEqual([]);
    });
  }

  it("the sixth collection shares no text or source group with an earlier part", () => {
    const earlier = (["dev", "test", "test-2", "test-3", "dev-2", "test-4", "test-5"] as const).flatMap(linesOf);
    const texts = new Set(earlier.map((c) => normalised(c.text)));
    const groups = new Set(earlier.map((c) => sourceGroup(c.source)));
    const group = (source: string) => SAME_DATA[sourceGroup(source)] ?? sourceGroup(source);
    const clashing = (["dev-3", "test-6"] as const)
      .flatMap(linesOf)
      .filter((c) => texts.has(normalised(c.text)) || groups.has(group(c.source)))
      .map((c) => c.id);
    expect(clashing).toEqual([]);
  });
});
