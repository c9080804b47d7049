import { describe, expect, it } from "vitest";
import { revealDisguisedNames } from "./deobfuscate";
import { toOriginalSpan } from "./mapped-text";
import { normaliseCharacters } from "./normalise";

function view(text: string) {
  return revealDisguisedNames(normaliseCharacters(text));
}

/** Where `needle` sits in the normalised view, mapped back to the original text. */
function originalOf(text: string, needle: string): string {
  const v = view(text);
  const at = v.lower.indexOf(needle);
  expect(at, `"${needle}" in "${v.lower}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalSpan(v, at, at + needle.length);
  return text.slice(start, end);
}

describe("normaliseCharacters", () => {
  it("leaves plain ASCII untouched with identity offsets", () => {
    const v = normaliseCharacters("Call me at 917-555-0123");
    expect(v.text).toBe("Call me at 917-555-0123");
    expect(v.starts).toBeNull();
    expect(toOriginalSpan(v, 11, 23)).toEqual([11, 23]);
  });

  it("applies NFKC to full-width text and maps offsets back", () => {
    const text = "mail: ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ!";
    expect(normaliseCharacters(text).lower).toBe("mail: john@gmail.com!");
    expect(originalOf(text, "john@gmail.com")).toBe("ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ");
  });

  it("drops zero-width characters but keeps them inside the original span", () => {
    const text = "917\u200b555\u200b0123";
    expect(normaliseCharacters(text).text).toBe("9175550123");
    expect(originalOf(text, "9175550123")).toBe(text);
  });

  it("keeps keycap marks of the last digit inside the span", () => {
    const text = "9\ufe0f\u20e31\ufe0f\u20e3";
    expect(normaliseCharacters(text).text).toBe("91");
    expect(originalOf(text, "91")).toBe(text);
  });

  it("maps other scripts' digits to ASCII", () => {
    expect(normaliseCharacters("+٤٤ ٧٩١١").text).toBe("+44 7911");
  });

  it("maps Cyrillic look-alikes only in words that mix them with Latin", () => {
    expect(normaliseCharacters("add me on ѕkурe").lower).toBe("add me on skype");
    // A genuinely Russian word stays Russian.
    expect(normaliseCharacters("привет skype").lower).toBe("привет skype");
  });

  it("straightens curly apostrophes so negations match", () => {
    expect(normaliseCharacters("I don\u2019t").lower).toBe("i don't");
  });
});

describe("revealDisguisedNames", () => {
  it.each([
    ["add me on s k y p e now", "skype", "s k y p e"],
    ["w.h.a.t.s.a.p.p me", "whatsapp", "w.h.a.t.s.a.p.p"],
    ["wh@tsapp me", "whatsapp", "wh@tsapp"],
    ["my t3legram", "telegram", "t3legram"],
    ["sk¥pe works", "skype", "sk¥pe"],
  ])("%s reveals %s and maps back to the disguise", (text, name, disguise) => {
    expect(view(text).lower).toContain(name);
    expect(originalOf(text, name)).toBe(disguise);
  });

  it("does not invent names from ordinary words", () => {
    expect(view("draw a sky pen icon").lower).toBe("draw a sky pen icon");
    expect(view("export v2 assets at 2x").lower).toBe("export v2 assets at 2x");
  });
});
