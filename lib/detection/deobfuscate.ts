import { MappedTextBuilder, type MappedText } from "./mapped-text";

/**
 * Names people disguise to get past filters ("s k y p e", "wh@tsapp",
 * "t3legram"). Only these are rewritten, so ordinary spaced letters or
 * leetspeak elsewhere stay untouched.
 */
const DISGUISED_NAMES = [
  "whatsapp",
  "telegram",
  "skype",
  "discord",
  "wechat",
  "signal",
  "viber",
  "snapchat",
  "instagram",
  "facebook",
  "messenger",
  "hangouts",
  "gmail",
  "email",
  "outlook",
  "hotmail",
  "yahoo",
  "paypal",
  "venmo",
  "zelle",
  "cashapp",
  "skrill",
  "payoneer",
  "bitcoin",
  "crypto",
  "usdt",
  "phone",
  "zoom",
] as const;

/** Collapses the letters and digits that leetspeak substitutes for each other. */
function skeleton(word: string): string {
  let out = "";
  for (const ch of word) {
    switch (ch) {
      case "0":
        out += "o";
        break;
      case "1":
      case "!":
      case "|":
      case "l":
        out += "i";
        break;
      case "3":
        out += "e";
        break;
      case "4":
      case "@":
        out += "a";
        break;
      case "5":
      case "$":
        out += "s";
        break;
      case "7":
        out += "t";
        break;
      case "8":
        out += "b";
        break;
      case "6":
      case "9":
        out += "g";
        break;
      case "¥":
        out += "y";
        break;
      case "€":
        out += "e";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

const NAME_BY_SKELETON = new Map<string, string>(DISGUISED_NAMES.map((n) => [skeleton(n), n]));

/** One character per item, separated by the same short filler: "s k y p e", "w.h.a.t.s.a.p.p". */
const SPACED_LETTERS = /(?<![a-z0-9@$])[a-z0-9@$](?:[ .\-_*|/]{1,2}[a-z0-9@$]){2,24}(?![a-z0-9@$])/g;
const MAYBE_SPACED = /[a-z0-9@$][ .\-_*|/]{1,2}[a-z0-9@$][ .\-_*|/]{1,2}[a-z0-9@$][ .\-_*|/]{1,2}[a-z]/;
const LEET_TOKEN = /[a-z0-9@$!|¥€]+/g;
const MAYBE_LEET = /[a-z][0-9@$!|¥€]|[0-9@$!|¥€][a-z]/;
const LETTER = /[a-z]/;
const LEET_CHAR = /[0-9@$!|¥€]/;

interface Replacement {
  from: number;
  to: number;
  name: string;
}

function findSpacedNames(lower: string, out: Replacement[]): void {
  SPACED_LETTERS.lastIndex = 0;
  for (let m = SPACED_LETTERS.exec(lower); m !== null; m = SPACED_LETTERS.exec(lower)) {
    const run = m[0];
    const letters: string[] = [];
    const positions: number[] = [];
    for (let i = 0; i < run.length; i++) {
      const ch = run[i] ?? "";
      if (/[a-z0-9@$]/.test(ch)) {
        letters.push(ch);
        positions.push(m.index + i);
      }
    }
    const joined = skeleton(letters.join(""));
    for (const [shape, name] of NAME_BY_SKELETON) {
      const at = joined.indexOf(shape);
      if (at < 0) continue;
      const from = positions[at];
      const last = positions[at + shape.length - 1];
      if (from !== undefined && last !== undefined) out.push({ from, to: last + 1, name });
      break;
    }
  }
}

function findLeetNames(lower: string, out: Replacement[]): void {
  LEET_TOKEN.lastIndex = 0;
  for (let m = LEET_TOKEN.exec(lower); m !== null; m = LEET_TOKEN.exec(lower)) {
    const token = m[0];
    if (token.length < 4 || token.length > 14) continue;
    if (!LETTER.test(token) || !LEET_CHAR.test(token)) continue;
    const name = NAME_BY_SKELETON.get(skeleton(token));
    if (name !== undefined) out.push({ from: m.index, to: m.index + token.length, name });
  }
}

/**
 * Rewrites disguised service names to their plain spelling so that phrase
 * rules see "add me on skype"; offsets still point at the disguised original.
 */
export function revealDisguisedNames(view: MappedText): MappedText {
  const { lower } = view;
  const replacements: Replacement[] = [];
  if (MAYBE_SPACED.test(lower)) findSpacedNames(lower, replacements);
  if (MAYBE_LEET.test(lower)) findLeetNames(lower, replacements);
  if (replacements.length === 0) return view;

  replacements.sort((a, b) => a.from - b.from);
  const builder = new MappedTextBuilder(view);
  let cursor = 0;
  for (const r of replacements) {
    if (r.from < cursor) continue;
    builder.copy(cursor, r.from);
    builder.push(r.name, r.name, r.from, r.to);
    cursor = r.to;
  }
  builder.copy(cursor, lower.length);
  return builder.build();
}

/** Common quoted-printable escapes in e-mails pasted raw ("martin=40hotmail=2Ecom", "tran=sferred"). */
const QP_CODES: Readonly<Record<string, string>> = {
  "2e": ".",
  "40": "@",
  "3a": ":",
  "2c": ",",
  "20": " ",
  "3d": "=",
  "3b": ";",
  "21": "!",
  "3f": "?",
  "27": "'",
  "22": '"',
  "28": "(",
  "29": ")",
  "2d": "-",
  "5f": "_",
  "0a": "\n",
  "0d": "",
  "09": " ",
};
const QP_ESCAPE = /=(?:2e|40|3a|2c|20|3d|3b|21|3f|27|22|28|29|2d|5f|0a|0d|09)/g;
const QP_SEQUENCE = /=([0-9a-f]{2})|=(?=[a-z ])|=\r?\n/g;

/**
 * Decodes quoted-printable text (an e-mail pasted with its transfer encoding)
 * when it clearly is one: at least two of its escapes. Offsets still point at
 * the encoded original.
 */
export function decodeQuotedPrintable(view: MappedText): MappedText {
  const { lower } = view;
  if (!lower.includes("=")) return view;
  QP_ESCAPE.lastIndex = 0;
  let escapes = 0;
  while (QP_ESCAPE.exec(lower) !== null && escapes < 2) escapes++;
  if (escapes < 2) return view;
  const builder = new MappedTextBuilder(view);
  let cursor = 0;
  QP_SEQUENCE.lastIndex = 0;
  for (let m = QP_SEQUENCE.exec(lower); m !== null; m = QP_SEQUENCE.exec(lower)) {
    const code = m[1];
    let replacement: string | undefined = "";
    if (code !== undefined) {
      replacement = QP_CODES[code];
      if (replacement === undefined) continue;
    }
    builder.copy(cursor, m.index);
    const end = m.index + m[0].length;
    if (replacement.length > 0) builder.push(replacement, replacement.toLowerCase(), m.index, end);
    cursor = end;
  }
  builder.copy(cursor, lower.length);
  return builder.build();
}
