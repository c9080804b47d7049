import { LinkifyIt, type Match } from "linkify-it";
import { KNOWN_TLDS } from "./tlds";

/**
 * One shared matcher. Fuzzy links are on because scammers paste "t.me/name"
 * without a scheme; IP-address links are off so server addresses in technical
 * messages are not treated as links.
 */
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false, maxLength: 2048 }).tlds(
  [...KNOWN_TLDS],
  false,
);

const TLD_SET = new Set(KNOWN_TLDS);
const DOTTED_WORD = /(?<=[a-z0-9-])\.([a-z]{2,24})(?![a-z])/g;

/**
 * Cheap test before the full matcher: a scheme, or a dot followed by a real
 * TLD. "logo@2x.png" or "v2.10.3" never get as far as linkify.
 */
function mayContainLink(lower: string): boolean {
  if (lower.includes("://")) return true;
  DOTTED_WORD.lastIndex = 0;
  for (let m = DOTTED_WORD.exec(lower); m !== null; m = DOTTED_WORD.exec(lower)) {
    if (TLD_SET.has(m[1] ?? "")) return true;
  }
  return false;
}

export function findLinksAndEmails(lower: string, text: string): Match[] {
  if (!mayContainLink(lower)) return [];
  return linkify.match(text) ?? [];
}
