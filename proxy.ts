import { NextResponse, type NextRequest } from "next/server";
import { serverEnv } from "@/lib/config/env";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";

/**
 * Runs before every page (not the JSON routes under /api, whose bodies it would otherwise buffer,
 * nor Next's static assets): a fresh nonce per request, the
 * Content-Security-Policy naming it on the request (Next reads it there and puts the nonce on its
 * own scripts) and on the response, with the other security headers. HSTS only when the console
 * is served over HTTPS: the request's own scheme, or NEXTAUTH_URL's behind a proxy that ends TLS.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || (serverEnv().NEXTAUTH_URL ?? "").startsWith("https://");
  const headers = securityHeaders(nonce, { https, dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
