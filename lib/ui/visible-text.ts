/**
 * User text may carry characters that change how the text around them looks without being seen
 * themselves: bidirectional overrides and isolates (U+202E turns "gpj.exe" into "exe.jpg"), zero-width
 * characters, other format and control characters. The console shows each one as a visible marker
 * with its code point instead of letting it act, so a moderator sees the text as it really is.
 * Splitting keeps every other character in place, so stored finding offsets still line up.
 */
export type TextRun =
  { kind: "text"; text: string } | { kind: "hidden"; char: string; codePoint: string; name: string };

// Format characters (Cf: bidi controls, zero-width, soft hyphen, BOM…) and controls (Cc) other than
// tab and newline, which lay text out as the sender meant.
const HIDDEN = /[\p{Cf}\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

const NAMES: Record<string, string> = {
  "\u200B": "zero-width space",
  "\u200C": "zero-width non-joiner",
  "\u200D": "zero-width joiner",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2060": "word joiner",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
  "\u00AD": "soft hyphen",
  "\uFEFF": "zero-width no-break space",
  "\u061C": "Arabic letter mark",
};

export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function splitHidden(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(text); m !== null; m = HIDDEN.exec(text)) {
    if (m.index > last) runs.push({ kind: "text", text: text.slice(last, m.index) });
    const char = m[0];
    runs.push({ kind: "hidden", char, codePoint: codePointLabel(char), name: NAMES[char] ?? "invisible character" });
    last = m.index + char.length;
  }
  if (last < text.length || runs.length === 0) runs.push({ kind: "text", text: text.slice(last) });
  return runs;
}

export function hasHidden(text: string): boolean {
  HIDDEN.lastIndex = 0;
  return HIDDEN.test(text);
}

/** The same text as one string, hidden characters written out ("[U+202E]"), for labels and titles. */
export function visibleString(text: string): string {
  return splitHidden(text)
    .map((r) => (r.kind === "text" ? r.text : `[${r.codePoint}]`))
    .join("");
}
