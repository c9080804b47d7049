/**
 * The headers every page answers with (set by proxy.ts; the static ones every answer carries,
 * nosniff, frame denial and the referrer policy, are in next.config.ts). A nonce-based
 * Content-Security-Policy: scripts run only when they carry this request's nonce, which Next puts
 * on its own scripts when it reads the policy from the request, and 'strict-dynamic' lets those
 * load the chunks they need. Nothing needs 'unsafe-eval' in production (Zod runs jitless,
 * lib/zod.ts); development adds it because React's dev tools evaluate server stacks.
 * Styles are not held to the nonce: the toast library (sonner) inserts its stylesheet from script
 * at run time, and a virtual list positions rows with style attributes. Inline CSS cannot run code;
 * what it could still do (restyle the page) needs an injection React's escaping already prevents.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Features the console never uses, switched off so an injected frame or script cannot ask for them. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "midi=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "browsing-topics=()",
  "interest-cohort=()",
].join(", ");

/** Two years, subdomains included: sent only over HTTPS, where a browser honours it. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A fresh unguessable nonce per request (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function securityHeaders(
  nonce: string,
  { https, dev = false }: { https: boolean; dev?: boolean },
): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { dev }),
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}
