import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

/**
 * Phone numbers as people actually type them to dodge filters: spaced-out
 * digits ("9 1 7 - 5 5 5"), spelled-out digits ("nine one seven ... oh"),
 * mixed forms. We collect digit runs ourselves (libphonenumber cannot read
 * words or wide gaps) and let libphonenumber decide whether the digits form a
 * valid number and give its E.164 form.
 */

export interface PhoneMatch {
  start: number;
  end: number;
  e164: string;
}

/** Tried in order for numbers written without a country code. */
const DEFAULT_COUNTRY: CountryCode = "US";
const OTHER_COUNTRIES: readonly CountryCode[] = [
  "GB",
  "IN",
  "PK",
  "PH",
  "NG",
  "BD",
  "AU",
  "CA",
  "DE",
  "FR",
  "ES",
  "IT",
  "NL",
  "BR",
  "MX",
  "ZA",
  "KE",
  "EG",
  "UA",
  "PL",
  "TR",
  "ID",
  "MY",
  "VN",
  "AE",
  "SA",
  "RU",
  "AR",
  "CO",
];

const SPELLED: Readonly<Record<string, string>> = {
  zero: "0",
  oh: "0",
  o: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

/** One item of a number: a digit group, a spelled digit, or a repeat word ("double five"). */
const ITEM = /\+?\d+|\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b/g;
const GAP_BETWEEN_DIGITS = /^[\s\-.()/]{0,4}$/;
const GAP_NEAR_WORDS = /^[\s\-.(),/]{0,4}$/;
const SPELLED_PAIR =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b[\s,.-]{1,3}(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b/;

/**
 * Numbers that are not phones: dates, times, IPs, versions, money, decimals and
 * coordinates, order/invoice/ticket/tracking identifiers.
 */
const NOT_A_PHONE: readonly RegExp[] = [
  /(?<![\d./-])(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d./-]*\d)/g,
  /(?<![\d./-])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)?\d{2}(?![./-]?\d)/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/g,
  /\bv\d{1,6}(?:\.\d{1,6}){1,5}\b/g,
  /\b\d{1,2}\.\d{1,3}\.\d{1,3}\b/g,
  /[$€£¥₹]\s?\d[\d,.]{0,20}/g,
  /\b\d[\d,.]{0,20}\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|inr|rs|pkr|usdt|btc|eth|%|percent|k\b|px|dpi|mb|gb|kb)/g,
  /(?<![\d.])-?\d{1,3}\.\d{3,}(?![\d.])/g,
  /#\s?\d+/g,
  /\b(?:order|invoice|inv|ticket|ref|reference|tracking|transaction|txn|receipt|case|sku|serial|part|model|isbn|po|confirmation|booking|acct|account|iban|routing|batch|build|job|project|contract|item|product|asin|upc|ean)\b[\s#:.-]{0,3}(?:number|no\.?|num|#|id|code)?[\s#:.-]{0,3}[a-z0-9-]{0,30}\d[\d\s-]{0,30}/g,
];

const PHONE_WORDS =
  /\b(?:call|calls|text|sms|phone|tel|telephone|mobile|mob|cell|cellphone|number|num|no|whatsapp|signal|viber|telegram|contact|reach|ring|dial|ph|hotline|landline)\b/;

function maskedRanges(lower: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const re of NOT_A_PHONE) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return ranges;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Cheap test run on every message before the heavier scan. */
export function mayContainPhone(lower: string): boolean {
  return countDigits(lower) >= 7 || SPELLED_PAIR.test(lower);
}

interface Run {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "a" && ch <= "z";
}

function collectRuns(lower: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let pendingRepeat = 1;
  let lastWasWord = false;
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(lower); m !== null; m = ITEM.exec(lower)) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    const isWord = isLetter(token[0]);
    if (!isWord && (isLetter(lower[start - 1]) || isLetter(lower[end]))) {
      // Digits glued to letters ("1z999aa10", "mp3") belong to an identifier.
      if (current) runs.push(current);
      current = null;
      continue;
    }
    if (current) {
      const gap = lower.slice(current.end, start);
      const gapOk = (isWord || lastWasWord ? GAP_NEAR_WORDS : GAP_BETWEEN_DIGITS).test(gap) && !token.startsWith("+");
      if (!gapOk) {
        runs.push(current);
        current = null;
      }
    }
    if (token === "double" || token === "triple") {
      pendingRepeat = token === "double" ? 2 : 3;
      if (current) current.end = end;
      lastWasWord = true;
      continue;
    }
    const value = isWord ? (SPELLED[token] ?? "") : token.replace("+", "");
    if (isWord && (token === "o" || token === "oh") && !current) {
      // A lone "o"/"oh" is an interjection, not a zero.
      lastWasWord = true;
      continue;
    }
    const digits = value.repeat(pendingRepeat);
    pendingRepeat = 1;
    if (!current) current = { start, end, digits: "", plus: token.startsWith("+") };
    current.digits += digits;
    current.end = end;
    lastWasWord = isWord;
  }
  if (current) runs.push(current);
  return runs;
}

function parseDigits(digits: string, plus: boolean, hasPhoneContext: boolean): string | null {
  if (plus || digits.startsWith("00")) {
    const international = plus ? digits : digits.slice(2);
    const parsed = parsePhoneNumberFromString(`+${international}`);
    // An explicit international prefix is itself a strong sign of a phone number,
    // so a merely "possible" number (e.g. ranges reserved for fiction) still counts.
    if (parsed && (parsed.isValid() || ((hasPhoneContext || international.length >= 10) && parsed.isPossible())))
      return parsed.number;
    return null;
  }
  const us = parsePhoneNumberFromString(digits, DEFAULT_COUNTRY);
  if (us && us.isValid()) return us.number;
  // Without a country code, only trust other countries' formats when the
  // number is long or clearly introduced as a phone number.
  if (!hasPhoneContext && !(digits.startsWith("0") && digits.length >= 10)) return null;
  for (const country of OTHER_COUNTRIES) {
    const parsed = parsePhoneNumberFromString(digits, country);
    if (parsed && parsed.isValid()) return parsed.number;
  }
  return null;
}

export function findPhones(lower: string): PhoneMatch[] {
  if (!mayContainPhone(lower)) return [];
  const masks = maskedRanges(lower);
  const found: PhoneMatch[] = [];
  for (const run of collectRuns(lower)) {
    const count = run.digits.length;
    if (count < 7 || count > 15) continue;
    if (masks.some(([s, e]) => s < run.end && e > run.start)) continue;
    const before = lower.slice(Math.max(0, run.start - 40), run.start);
    const after = lower.slice(run.end, run.end + 25);
    const hasPhoneContext = PHONE_WORDS.test(before) || PHONE_WORDS.test(after);
    if (count < 10 && !hasPhoneContext && !run.plus) continue;
    const e164 = parseDigits(run.digits, run.plus, hasPhoneContext);
    if (e164 === null) continue;
    const start = lower[run.start - 1] === "(" ? run.start - 1 : run.start;
    found.push({ start, end: run.end, e164 });
  }
  return found;
}
