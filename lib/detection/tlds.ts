/**
 * Top-level domains accepted for links and e-mails. Country codes plus the
 * generic ones freelancers actually use; file extensions such as png or webp
 * are not TLDs, which is what keeps "logo@2x.png" from being an address.
 */
const COUNTRY_CODES_PACKED =
  "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";

const GENERIC = [
  "com",
  "net",
  "org",
  "edu",
  "gov",
  "mil",
  "int",
  "biz",
  "info",
  "name",
  "pro",
  "mobi",
  "asia",
  "aero",
  "coop",
  "museum",
  "shop",
  "store",
  "online",
  "site",
  "website",
  "web",
  "xyz",
  "top",
  "app",
  "dev",
  "tech",
  "cloud",
  "page",
  "link",
  "live",
  "email",
  "blog",
  "art",
  "design",
  "studio",
  "agency",
  "digital",
  "media",
  "news",
  "world",
  "life",
  "team",
  "tools",
  "works",
  "codes",
  "software",
  "network",
  "systems",
  "global",
  "group",
  "today",
  "academy",
  "marketing",
  "photo",
  "photography",
  "solutions",
  "services",
  "consulting",
  "company",
  "club",
  "space",
  "social",
  "chat",
  "work",
  "jobs",
  "careers",
  "finance",
  "money",
  "pay",
  "help",
  "support",
  "zone",
  "one",
  "plus",
  "run",
  "inc",
  "llc",
  "ltd",
  "icu",
  "vip",
  "fun",
  "win",
  "eu",
  // Short-link domains that carry forms and invites ("forms.gle/...").
  "gle",
  "goog",
  "new",
];

function unpackCountryCodes(): string[] {
  const out: string[] = [];
  for (const group of COUNTRY_CODES_PACKED.split("|")) {
    const [first, rest] = group.split(":");
    for (const second of rest ?? "") out.push(`${first}${second}`);
  }
  return out;
}

export const KNOWN_TLDS: readonly string[] = [...unpackCountryCodes(), ...GENERIC];
const TLD_SET = new Set(KNOWN_TLDS);

export function isKnownTld(tld: string): boolean {
  return TLD_SET.has(tld.toLowerCase());
}

/** Domains reserved for documentation and tests (RFC 2606 / 6761); never someone's real contact. */
export function isReservedDomain(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return (
    /(?:^|\.)example\.(?:com|net|org)$/.test(h) ||
    /(?:^|\.)(?:example|test|invalid|localhost|local)$/.test(h) ||
    h === "localhost"
  );
}
