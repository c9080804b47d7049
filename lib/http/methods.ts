import { problem, problemResponse } from "@/lib/http/problem";

/**
 * A route file exports the methods it implements; Next answers every other one with a bare 405
 * and no body. `otherMethods` gives a route file the rest, each answering a 405 problem+json with
 * the `Allow` header (RFC 9110 §15.5.6), so a client that calls the wrong method reads what to do:
 *
 *   export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
 *
 * HEAD and OPTIONS stay Next's (HEAD runs GET; OPTIONS answers 204 with `Allow`).
 */
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request) => Response;

export function allowedMethods(implemented: readonly string[]): string {
  const allow = new Set(["OPTIONS", ...implemented]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

export function otherMethods<I extends Partial<Record<Method, unknown>>>(
  implemented: I,
): Record<Exclude<Method, keyof I>, Handler> {
  const allow = allowedMethods(Object.keys(implemented));
  const refuse: Handler = (request) =>
    problemResponse(
      problem("METHOD_NOT_ALLOWED", `${new URL(request.url).pathname} does not take ${request.method}; use ${allow}.`),
      { Allow: allow },
    );
  return Object.fromEntries(METHODS.filter((m) => !(m in implemented)).map((m) => [m, refuse])) as Record<
    Exclude<Method, keyof I>,
    Handler
  >;
}

/** Unknown API paths answer in the API's own format rather than an HTML page, whatever the method. */
export function unknownPath(request: Request, reference: string): Response {
  const { pathname } = new URL(request.url);
  return problemResponse(problem("NOT_FOUND", `There is no ${request.method} ${pathname}. ${reference}`));
}
