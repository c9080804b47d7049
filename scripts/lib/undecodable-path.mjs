/**
 * A path whose percent-encoding is not UTF-8 (`/api/v1/cases/%ff%fe`) makes Next's router throw
 * while it decodes the route's parameters, before any route or proxy runs, and the request ends as
 * a text/plain 500. The server answers it first: 400 in the problem+json shape of
 * lib/http/problem.ts (a test keeps the two the same). Plain JavaScript: scripts/server.mjs runs it
 * with node alone.
 */
export function undecodablePathAnswer(url) {
  const pathname = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return {
      status: 400,
      headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
      body: {
        type: "urn:tsc:problem:bad-request",
        title: "Malformed request",
        status: 400,
        code: "BAD_REQUEST",
        detail: "The path's percent-encoding is not UTF-8; encode each path segment with encodeURIComponent.",
      },
    };
  }
}
