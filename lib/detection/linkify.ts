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

/** Cheap test: anything that could be a link or address at all. */
const MAYBE_LINK = /[a-z0-9-]\.[a-z]{2}|@|:\/\//;

export function findLinksAndEmails(lower: string, text: string): Match[] {
  if (!MAYBE_LINK.test(lower)) return [];
  return linkify.match(text) ?? [];
}
