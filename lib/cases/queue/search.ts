import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { detect } from "@/lib/detection/detect";

/**
 * What one search box input is looked up as. Moderators paste whatever they
 * have: "@hr_desk_maria", "+1 (415) 555-0142", "brightpath", an e-mail. The
 * detector stored contact values normalised (E.164 phones, lower-case
 * e-mails, handles, URLs), so the input is normalised the same way, by the
 * same code where possible, and looked up exactly; handles and job titles
 * are matched as substrings.
 */
export interface SearchTerms {
  /** ILIKE pattern for account handles and job titles; null when too short to be selective. */
  like: string | null;
  /** Exact values to find in Finding.value. */
  contactValues: string[];
}

/** Substring search needs 3 characters: the trigram index cannot narrow down fewer. */
export const MIN_SUBSTRING_LENGTH = 3;

export function searchTerms(input: string | undefined | null): SearchTerms | null {
  const trimmed = (input ?? "").trim().slice(0, 200);
  if (!trimmed) return null;
  const lower = trimmed.toLowerCase();
  const bare = lower.replace(/^@+/, "");

  const values = new Set<string>();
  // The detector's own normalisation: a phone in any spelling becomes E.164,
  // a link its URL, "telegram @x" the handle it stores.
  for (const finding of detect(trimmed, { contractActive: false })) {
    if (finding.value) values.add(finding.value);
  }
  for (const phone of phoneCandidates(trimmed)) values.add(phone);
  if (bare) {
    // Handles are stored with and without "@", as they were written.
    values.add(bare);
    values.add(`@${bare}`);
  }
  if (trimmed !== lower) values.add(trimmed);

  // A phone number is no handle or title: only its normalised value is looked up.
  const phoneOnly = /^[+\d\s().\-/]+$/.test(trimmed);
  return {
    like: bare.length >= MIN_SUBSTRING_LENGTH && !phoneOnly ? `%${escapeLike(bare)}%` : null,
    contactValues: [...values].slice(0, 20),
  };
}

/**
 * Phone numbers typed without the context the detector wants ("4155550142",
 * "0044 7700 900318"): E.164 by libphonenumber, as the detector stores them.
 */
export function phoneCandidates(input: string): string[] {
  if (!/^[+\d\s().\-/]+$/.test(input)) return [];
  const digits = input.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return [];
  const out = new Set<string>();
  const international = input.trim().startsWith("+") ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  if (international) {
    const parsed = parsePhoneNumberFromString(`+${international}`);
    if (parsed?.isPossible()) out.add(parsed.number);
  } else {
    const national = parsePhoneNumberFromString(digits, "US");
    if (national?.isPossible()) out.add(national.number);
    const withPlus = parsePhoneNumberFromString(`+${digits}`);
    if (withPlus?.isPossible()) out.add(withPlus.number);
  }
  return [...out];
}

/** LIKE treats % and _ as wildcards, and handles are full of underscores. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
