import { SafeError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A console request that changes something must come from the console's own pages. SameSite=Lax
 * cookies still travel with a form posted from a sibling origin (another port or subdomain of the
 * same site), so the browser's own word is checked: `Sec-Fetch-Site` when it sends one (every current
 * browser does), else `Origin` against the host the request was made to. A request with neither is
 * not from a browser page (curl, tests), and carries no ambient cookie an attacker could borrow.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) {
    // "none" is a request the user made themselves (typed URL, bookmark), never a page's form.
    if (fetchSite === "same-origin" || fetchSite === "none") return;
    throw refusal();
  }
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (a sandboxed frame or a file:// page) or garbage: not the console.
  }
  if (originHost !== host) throw refusal();
}

function refusal(): SafeError {
  return new SafeError(
    "CROSS_ORIGIN",
    "This request came from another site or origin, so nothing was changed. Use the console's own pages.",
  );
}
