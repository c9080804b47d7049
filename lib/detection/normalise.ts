import { identityText, type MappedText } from "./mapped-text";

/**
 * Characters that render as nothing (or nearly nothing) and are used to split
 * "917\u200B555\u200B0123" so that a naive filter misses it.
 */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180e) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x20e3 ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

/** Decimal digits of other scripts; NFKC leaves them alone but phone numbers get written with them. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x17e0, 0x1810,
];

function foreignDigit(cp: number): string | null {
  for (const zero of DIGIT_ZEROS) {
    if (cp >= zero && cp <= zero + 9) return String.fromCharCode(48 + cp - zero);
  }
  return null;
}

/** Cyrillic and Greek letters that are drawn like Latin ones ("ѕkурe" is not "skype" to a byte filter). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  с: "c",
  ԁ: "d",
  е: "e",
  ё: "e",
  һ: "h",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  ӏ: "l",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  ԛ: "q",
  ѕ: "s",
  т: "t",
  у: "y",
  ѵ: "v",
  ԝ: "w",
  х: "x",
  ү: "y",
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  І: "I",
  Ј: "J",
  К: "K",
  М: "M",
  О: "O",
  Р: "P",
  Ѕ: "S",
  Т: "T",
  Х: "X",
  У: "Y",
  Ԝ: "W",
  α: "a",
  β: "b",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  γ: "y",
  ω: "w",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  ı: "i",
  ɑ: "a",
  ɡ: "g",
  ɩ: "i",
  ʏ: "y",
};

/** Typographic variants that change how phrases like "don't" or "917–555" are matched. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201b": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "\u00b4": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u3000": " ",
};

const COMBINING_MARK = /^\p{M}+$/u;
const WORD_UNIT = /[\p{L}\p{N}]/u;
const nfkcCache = new Map<string, string>();

function canonicalChar(ch: string, cp: number): string {
  const punctuation = PUNCTUATION[ch];
  if (punctuation !== undefined) return punctuation;
  const digit = foreignDigit(cp);
  if (digit !== null) return digit;
  let folded = nfkcCache.get(ch);
  if (folded === undefined) {
    folded = ch.normalize("NFKC");
    if (COMBINING_MARK.test(folded)) folded = "";
    else folded = [...folded].map((c) => PUNCTUATION[c] ?? c).join("");
    if (nfkcCache.size < 4096) nfkcCache.set(ch, folded);
  }
  return folded;
}

const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/**
 * Unicode NFKC, invisible characters removed, other scripts' digits made ASCII,
 * curly quotes and dashes straightened, and look-alike Cyrillic/Greek letters
 * mapped to Latin inside words that mix them with Latin (or consist only of
 * look-alikes). Every character keeps the span of the original it came from.
 */
export function normaliseCharacters(original: string): MappedText {
  // Most messages are plain ASCII: nothing to rewrite, offsets are the identity.
  if (PLAIN_ASCII.test(original)) return identityText(original);

  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (isInvisible(cp)) {
      // Keep trailing invisibles (keycap marks, variation selectors) inside the
      // previous character's span so highlights cover what the user typed.
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      const out = cp < 0x80 ? ch : canonicalChar(ch, cp);
      for (let k = 0; k < out.length; k++) {
        units.push(out[k] ?? "");
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  replaceHomoglyphs(units);

  const text = units.join("");
  const lower = units
    .map((u) => {
      const l = u.toLowerCase();
      return l.length === u.length ? l : u;
    })
    .join("");
  return {
    text,
    lower,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    originalLength: original.length,
  };
}

function replaceHomoglyphs(units: string[]): void {
  let wordStart = -1;
  for (let i = 0; i <= units.length; i++) {
    const unit = units[i];
    const inWord = unit !== undefined && WORD_UNIT.test(unit);
    if (inWord && wordStart < 0) wordStart = i;
    if (!inWord && wordStart >= 0) {
      mapWord(units, wordStart, i);
      wordStart = -1;
    }
  }
}

/** A genuinely Cyrillic word ("привет") is left alone; only disguised Latin words are rewritten. */
function mapWord(units: string[], from: number, to: number): void {
  let lookAlikes = 0;
  let asciiLetters = 0;
  let otherLetters = 0;
  for (let i = from; i < to; i++) {
    const u = units[i] ?? "";
    if (HOMOGLYPHS[u] !== undefined) lookAlikes++;
    else if (/[A-Za-z]/.test(u)) asciiLetters++;
    else if (!/[0-9]/.test(u)) otherLetters++;
  }
  if (lookAlikes === 0) return;
  if (asciiLetters === 0 && otherLetters > 0) return;
  for (let i = from; i < to; i++) {
    const mapped = HOMOGLYPHS[units[i] ?? ""];
    if (mapped !== undefined) units[i] = mapped;
  }
}
