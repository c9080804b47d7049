/**
 * Text that looks like contact data but is not anyone's: code (fenced blocks
 * and `inline code`), template placeholders (MEETING_NUMBER, [link], {email},
 * <phone>), and dummy phone numbers (555-555-5555, 123-456-7890, all one digit).
 */

const FENCE = /```[\s\S]*?(?:```|$)|`[^`\n]{1,400}`/g;
const PLACEHOLDER_TOKEN =
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\[(?:link|url|email|e-mail|phone|number|name|handle|your [a-z ]+)\]|\{\{?\s*[a-z_]+\s*\}?\}|<(?:link|url|email|phone|number|name|handle)>|\bx{3,}\b|\bX{3,}\b/g;

/** [start, end) ranges of code in the original text. */
export function codeRanges(text: string): Array<[number, number]> {
  if (!text.includes("`")) return [];
  const out: Array<[number, number]> = [];
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m !== null; m = FENCE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function placeholderRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  PLACEHOLDER_TOKEN.lastIndex = 0;
  for (let m = PLACEHOLDER_TOKEN.exec(text); m !== null; m = PLACEHOLDER_TOKEN.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Digits of a number that nobody could be reached at. */
export function isDummyNumber(e164OrDigits: string): boolean {
  const d = e164OrDigits.replace(/\D/g, "");
  const national = d.length === 11 && d.startsWith("1") ? d.slice(1) : d;
  if (/^(\d)\1+$/.test(national)) return true;
  if ("01234567890123".includes(national) || "9876543210".includes(national)) return true;
  if (
    /^(?:\d{3})?5555555\d*$/.test(national) ||
    /^555(?:555|1234|123)/.test(national) ||
    /^\d{3}5551234$/.test(national)
  )
    return true;
  if (/^\d{3}1234567$/.test(national) || d.includes("123456789") || d.includes("987654321")) return true;
  return false;
}

export function overlapsAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of ranges) if (s < end && start < e) return true;
  return false;
}

const CODE_CHARS = /[{}()[\];=<>\\|`$]/g;
/** One word character before "({" or ".x(" is enough: `\w+` there would rescan every long word run (quadratic). */
const CODE_MARKERS =
  /=>|\(\);|<\/|\/>|\bfunction\b|\bconst\s+\w+\s*=|\breturn\b.*;|:\s*\w+,\s*$|^\s*(?:import|export|def|class|var|let)\s|\w\(\{|\}\)|\w\.\w+\(|^\s*\w+:\s*\w+,\s*$/m;

/** A line or sentence that reads as source code (punctuation-heavy, or a code construct). */
export function isCodeLike(text: string): boolean {
  if (CODE_MARKERS.test(text)) return true;
  const visible = text.replace(/\s+/g, "").length;
  if (visible < 12) return false;
  const n = text.match(CODE_CHARS)?.length ?? 0;
  return n >= 5 && n / visible >= 0.1;
}
