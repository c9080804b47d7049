import type { Match } from "linkify-it";
import { isKnownTld, isReservedDomain } from "./tlds";

export interface EmailMatch {
  start: number;
  end: number;
  address: string;
}

/** "logo@2x.png", "hero@1.5x.jpg": retina asset names, not addresses. */
const SCALE_SUFFIX = /^\d+(?:\.\d+)?x$/;
const PLACEHOLDER_LOCAL =
  /^(?:your?(?:[._-]?(?:name|email|mail))?|name|user(?:name)?|someone|somebody|email|mail|xxx+|abc|test)$/;

export function isRealAddress(address: string): boolean {
  const at = address.lastIndexOf("@");
  if (at <= 0) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const labels = domain.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length < 2 || !isKnownTld(tld)) return false;
  if (labels.some((l) => SCALE_SUFFIX.test(l))) return false;
  if (isReservedDomain(domain)) return false;
  if (PLACEHOLDER_LOCAL.test(local) && /^(?:domain|email|company|yourcompany|website|site)\./.test(domain))
    return false;
  return true;
}

export function emailsFromLinks(matches: readonly Match[]): EmailMatch[] {
  const out: EmailMatch[] = [];
  for (const m of matches) {
    if (m.schema !== "mailto:") continue;
    const address = m.url.replace(/^mailto:/i, "").toLowerCase();
    if (!isRealAddress(address)) continue;
    out.push({ start: m.index, end: m.lastIndex, address });
  }
  return out;
}

/**
 * Addresses spelled out to dodge filters: "john dot smith at gmail dot com",
 * "maria (at) outlook (dot) com", "hello [at] studio [dot] io". We anchor on
 * each "at" marker and read a bounded stretch either side, so the cost stays
 * linear in the message length.
 */
const AT_MARKER = /\s*[([{<]\s*at\s*[)\]}>]\s*|\s+at\s+|\s+@\s*|\s*@\s+/g;
const DOT_SEP = String.raw`(?:\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.)`;
const LOCAL_BEFORE = new RegExp(
  String.raw`(?<![a-z0-9._+-])([a-z0-9][a-z0-9_+-]{0,40}(?:${DOT_SEP}[a-z0-9_+-]{1,40}){0,3})$`,
);
const DOMAIN_AFTER = new RegExp(String.raw`^([a-z0-9][a-z0-9-]{0,40}(?:${DOT_SEP}[a-z0-9][a-z0-9-]{0,40}){1,3})`);
const OBFUSCATION_HINT = /\bdot\b|[([{<]\s*at\s*[)\]}>]|\s@|@\s|\sat\s[a-z0-9-]+\.[a-z]{2}/;
const LOCAL_CHAR = /[a-z0-9_+-]/;

/** A plain " at " is English far more often than an address: "I work at acme.com". */
const NOT_A_LOCAL_PART = new Set([
  "me",
  "us",
  "you",
  "him",
  "her",
  "them",
  "it",
  "i",
  "we",
  "they",
  "is",
  "am",
  "are",
  "was",
  "were",
  "be",
  "been",
  "work",
  "works",
  "worked",
  "working",
  "look",
  "looking",
  "meet",
  "see",
  "stay",
  "live",
  "lives",
  "living",
  "based",
  "located",
  "here",
  "there",
  "available",
  "online",
  "home",
  "office",
  "job",
  "good",
  "great",
  "best",
  "expert",
  "job",
  "link",
  "site",
  "website",
  "page",
  "hosted",
  "published",
  "posted",
  "found",
  "listed",
  "deployed",
  "running",
  "up",
  "down",
  "now",
  "intern",
  "engineer",
  "developer",
  "designer",
  "manager",
  "lead",
  "email",
  "mail",
  "portfolio",
]);

/** With only a plain " at " and real dots, trust it for mail providers or handle-like names. */
const MAIL_PROVIDER =
  /^(?:g|google|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|proton|protonmail|pm|aol|gmx|mail|yandex|zoho|qq|163|126|rediffmail|fastmail|tutanota|hey)\./;

function collapse(part: string): string {
  return part.replace(new RegExp(DOT_SEP, "g"), ".");
}

export function findObfuscatedEmails(lower: string): EmailMatch[] {
  if (!OBFUSCATION_HINT.test(lower)) return [];
  const out: EmailMatch[] = [];
  AT_MARKER.lastIndex = 0;
  for (let m = AT_MARKER.exec(lower); m !== null; m = AT_MARKER.exec(lower)) {
    const markerStart = m.index;
    const markerEnd = markerStart + m[0].length;
    if (!LOCAL_CHAR.test(lower[markerStart - 1] ?? " ") || !/[a-z0-9]/.test(lower[markerEnd] ?? " ")) continue;
    const localMatch = LOCAL_BEFORE.exec(lower.slice(Math.max(0, markerStart - 100), markerStart));
    const domainMatch = DOMAIN_AFTER.exec(lower.slice(markerEnd, markerEnd + 160));
    if (!localMatch?.[1] || !domainMatch?.[1]) continue;
    const local = collapse(localMatch[1]);
    let domain = collapse(domainMatch[1]);
    let domainText = domainMatch[1];
    // Trim trailing words until the domain ends in a real TLD ("gmail dot com for the brief").
    while (!isKnownTld(domain.slice(domain.lastIndexOf(".") + 1)) && domain.includes(".")) {
      const cut = domainText.search(new RegExp(`${DOT_SEP}[a-z0-9-]+$`));
      if (cut < 0) break;
      domainText = domainText.slice(0, cut);
      domain = collapse(domainText);
    }
    if (!domain.includes(".")) continue;
    const plainAt = /^\s+at\s+$/.test(m[0]);
    const spelledSomething = plainAt || /dot|[([{<]/.test(localMatch[1] + m[0] + domainText);
    if (!spelledSomething && !/\s/.test(m[0])) continue;
    if (plainAt && NOT_A_LOCAL_PART.has(local)) continue;
    const spelledDots = /dot|[([{<]/.test(localMatch[1] + domainText);
    if (plainAt && !spelledDots && !MAIL_PROVIDER.test(domain) && !/[0-9_.]/.test(local)) continue;
    const address = `${local}@${domain}`;
    if (!isRealAddress(address)) continue;
    const start = markerStart - localMatch[1].length;
    out.push({ start, end: markerEnd + domainText.length, address });
  }
  return out;
}
