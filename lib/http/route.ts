import "server-only";
import type { z } from "@/lib/zod";
import { authenticateApiToken, type ApiCaller } from "@/lib/api/auth";
import { maxBodyBytes, readJsonBody } from "@/lib/http/body";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { fieldErrorAt, HttpProblem, problem, problemResponse, toProblem, zodFieldErrors } from "@/lib/http/problem";
import { rateLimitHeaders } from "@/lib/api/rate-limit";
import type { Permission } from "@/lib/auth/permissions";
import { requireActor, type ConsoleActor } from "@/lib/auth/session";
import { SafeError } from "@/lib/errors";
import { unstorableTextIn } from "@/lib/unicode";
import { observeRequest } from "@/lib/metrics/prometheus";

/**
 * The one way to define a route handler, for the console's routes (signed-in
 * user, `auth: "session"`) and the platform API's (`auth: "token"`). Every
 * route does the same things in the same order:
 *
 *   same origin for console routes that change something (403) →
 *   auth (401; a token is also rate limited: 429) → permission (403) →
 *   path parameters (422) → query schema (422) → content type (415) →
 *   body size (413, before parsing) → JSON (400) → text no column can
 *   hold anywhere in the body (422) → body schema (422) → the handler
 *
 * and every error leaves as one RFC 9457 problem+json shape
 * (lib/http/problem.ts): a SafeError keeps its message, code and details, a
 * bad field is one `errors` entry ({ field, pointer, detail }), anything else
 * is logged and answered generically. A handler returns a Response, or data
 * sent as JSON (200, no-store). Only web-standard Request/Response, so tests
 * call routes directly.
 */

/** What Next passes a route handler as its second argument. */
export interface NextRouteContext {
  params: Promise<Record<string, string | string[] | undefined> | undefined>;
}

type Auth = "session" | "token";

export interface RouteOptions<A extends Auth, B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  auth: A;
  /** For session routes: the permission the signed-in user needs (read from the database). */
  permission?: A extends "session" ? Permission : never;
  /** Schema of the JSON body; without one the body is not read. */
  body?: B;
  /** Schema of the query string (values arrive as strings). */
  query?: Q;
  /** Largest body accepted, in bytes (default API_MAX_BODY_BYTES, 1 MiB). */
  maxBodyBytes?: number;
}

export interface RouteContext<A extends Auth, B, Q, P> {
  request: Request;
  actor: A extends "session" ? ConsoleActor : null;
  caller: A extends "token" ? ApiCaller : null;
  body: B;
  query: Q;
  params: P;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export function defineRoute<
  A extends Auth,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends Record<string, string> = Record<string, string>,
>(
  options: RouteOptions<A, B, Q>,
  handler: (ctx: RouteContext<A, Out<B>, Out<Q>, P>) => Promise<unknown> | unknown,
): (request: Request, context?: NextRouteContext) => Promise<Response> {
  if (options.auth === "session" && !options.permission) throw new Error("A console route needs a permission.");
  const answer = async (request: Request, context?: NextRouteContext): Promise<Response> => {
    let headers: Record<string, string> = {};
    try {
      let actor: ConsoleActor | null = null;
      let caller: ApiCaller | null = null;
      if (options.auth === "token") {
        const authenticated = await authenticateApiToken(request).catch((error: unknown) => {
          if (error instanceof SafeError && error.code === "UNAUTHENTICATED")
            headers["WWW-Authenticate"] = 'Bearer realm="api"';
          throw error;
        });
        caller = authenticated.caller;
        const limit = authenticated.rateLimit;
        headers = rateLimitHeaders(limit);
        if (!limit.allowed) {
          throw new SafeError(
            "RATE_LIMITED",
            `This token may make ${limit.limit} requests per ${limit.windowSeconds} s. Retry after ${limit.resetSeconds} s.`,
            { retryAfterSeconds: limit.resetSeconds },
          );
        }
      } else {
        assertSameOrigin(request);
        actor = await requireActor(options.permission!);
      }

      // Next passes no params (undefined) to routes without dynamic segments.
      const rawParams = (context ? await context.params : undefined) ?? {};
      const params = Object.fromEntries(
        Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : (v ?? "")]),
      );
      refuseUnstorableText(params, "path");

      let query: unknown = undefined;
      if (options.query) {
        const raw = Object.fromEntries(new URL(request.url).searchParams);
        const parsed = options.query.safeParse(raw);
        if (!parsed.success) {
          throw new SafeError("INVALID", "Some query parameters are invalid; see `errors`.", {
            errors: zodFieldErrors(parsed.error, "query"),
          });
        }
        query = parsed.data;
      }

      let body: unknown = undefined;
      if (options.body) {
        const json = await readJsonBody(request, options.maxBodyBytes ?? maxBodyBytes());
        refuseUnstorableText(json, "body");
        const parsed = options.body.safeParse(json);
        if (!parsed.success) {
          throw new SafeError("INVALID", "Some fields are invalid; see `errors`. Nothing was written.", {
            errors: zodFieldErrors(parsed.error),
          });
        }
        body = parsed.data;
      } else if (options.auth === "session") {
        await refuseUnexpectedBody(request);
      }

      const result = await handler({ request, actor, caller, body, query, params } as RouteContext<
        A,
        Out<B>,
        Out<Q>,
        P
      >);
      const response = result instanceof Response ? result : json(result);
      for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
      return response;
    } catch (error) {
      // Next signals redirects and auth interrupts with thrown errors.
      if (error instanceof Error && "digest" in error && !(error instanceof SafeError)) throw error;
      const { body, headers: extra } = toProblem(error);
      return problemResponse(body, { ...headers, ...extra });
    }
  };
  // Latency is measured here, the one place every route passes through (lib/metrics/prometheus.ts
  // picks the routes it reports: the queue's, claim-next and /api/v1).
  return async (request, context) => {
    const started = performance.now();
    const response = await answer(request, context);
    observeRequest(request, response.status, (performance.now() - started) / 1000);
    return response;
  };
}

/**
 * NUL and lone surrogates can reach no column and no query (PostgreSQL refuses them, failing the
 * whole request): refused here for every field of every route, named, before a schema or the
 * database sees them. Query parameters are left to their schemas: a search strips them instead.
 */
function refuseUnstorableText(value: unknown, where: "body" | "path"): void {
  const bad = unstorableTextIn(value);
  if (bad.length === 0) return;
  throw new SafeError("INVALID", "Some fields hold text that cannot be stored; see `errors`. Nothing was written.", {
    errors: bad.map(({ path, detail }) =>
      where === "body" ? fieldErrorAt(path, detail) : { field: path.join("."), in: "path" as const, detail },
    ),
  });
}

/**
 * A console route without a body schema takes no body: a request that
 * sends one anyway, or declares a content type other than JSON (as a
 * cross-site HTML form would), is refused before anything runs.
 */
async function refuseUnexpectedBody(request: Request): Promise<void> {
  if (request.method === "GET" || request.method === "HEAD") return;
  const type = request.headers.get("content-type");
  const mediaType = type?.split(";")[0]!.trim().toLowerCase();
  if (type && mediaType !== "application/json") {
    await request.body?.cancel().catch(() => {});
    throw new HttpProblem(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send requests to the console with "Content-Type: application/json" (got "${type}").`,
    );
  }
}

export function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data ?? null), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

/** A 404 problem+json for a handler to return (e.g. an unknown id in the path). */
export function notFound(detail: string): Response {
  return problemResponse(problem("NOT_FOUND", detail));
}
