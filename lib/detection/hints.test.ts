import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import "./detect";
import { declaredWords, hasHint, hint, scanHints } from "./hints";
import { normaliseCharacters } from "./normalise";

describe("hint scan", () => {
  it("finds overlapping and non-ASCII words exactly where includes() does", () => {
    const h = [hint("pal"), hint("paypal"), hint("ypa"), hint("privé"), hint("vé x")];
    const scan = scanHints("pay me on paypal, en privé en");
    expect(h.map((x) => hasHint(scan.present, x))).toEqual([true, true, true, true, false]);
  });

  it("agrees with includes() for every declared word on the real development messages", () => {
    const path = fileURLToPath(new URL("./corpus/real/dev.jsonl", import.meta.url));
    const texts = readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => normaliseCharacters((JSON.parse(l) as { text: string }).text).lower);
    const words = declaredWords();
    expect(words.length).toBeGreaterThan(100);
    const mismatches: string[] = [];
    for (const lower of texts) {
      const { present } = scanHints(lower);
      words.forEach((w, id) => {
        if ((present[id] === 1) !== lower.includes(w)) mismatches.push(w);
      });
    }
    expect(mismatches).toEqual([]);
  });
});
