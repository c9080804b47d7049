/**
 * The platform's own domains: links to its help centre, community or job
 * pages and addresses at these domains are the platform talking about itself,
 * never a way to leave it. Callers can pass their own list in
 * `DetectOptions.platformDomains`; these defaults cover the marketplaces whose
 * help text users quote most (subdomains included: help.upwork.com,
 * community.upwork.com, support.upwork.com ...).
 */
export const DEFAULT_PLATFORM_DOMAINS: readonly string[] = [
  "upwork.com",
  "fiverr.com",
  "freelancer.com",
  "peopleperhour.com",
  "toptal.com",
  "guru.com",
];

export function isPlatformHost(host: string, domains: readonly string[]): boolean {
  const h = host
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}
