import "server-only";
import type { z } from "zod";
import { authenticateApiToken, type ApiCaller } from "@/lib/api/auth";
import { maxBodyBytes, readJsonBody } from "@/lib/api/body";
import { problemResponse, toProblem, zodFieldErrors, problem } from "@/lib/api/problem";
import { rateLimitHeaders } from "@/lib/api/rate-limit";
import { SafeError } from "@/lib/errors";

/** What Next passes a route handler as its second argument. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

export interface ApiContext<B, Q> {
  request: Request;
  caller: ApiCaller;
  body: B;
  query: Q;
  params: Record<string, string>;
}

export interface ApiOptions<B extends z.ZodType, Q extends z.ZodType> {
  /** Schema of the JSON body; without one the body is not read. */
  body?: B;
  /** Schema of the query string (values arrive as strings). */
  query?: Q;
}

/**
 * Wraps every /api/v1 route, so each does the same things in the same
 * order: token (401) → rate limit (429) → body size (413, before parsing) →
 * JSON (400/415) → schema (422, one entry per bad field) → the handler;
 * any SafeError becomes its problem+json, anything else a logged 500.
 * It uses only web-standard Request/Response, so tests call routes directly.
 */
export function withApiToken<B extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown>(
  handler: (ctx: ApiContext<z.output<B>, z.output<Q>>) => Promise<Response>,
  options: ApiOptions<B, Q> = {},
): (request: Request, context?: RouteContext) => Promise<Response> {
  return async (request, context) => {
    let headers: Record<string, string> = {};
    try {
      const { caller, rateLimit: limit } = await authenticateApiToken(request);
      headers = rateLimitHeaders(limit);
      if (!limit.allowed) {
        throw new SafeError(
          "RATE_LIMITED",
          `This token may make ${limit.limit} requests per ${limit.windowSeconds} s. Retry after ${limit.resetSeconds} s.`,
          { retryAfterSeconds: limit.resetSeconds },
        );
      }

      // Next passes no params (undefined) to routes without dynamic segments.
      const rawParams = (context ? await context.params : undefined) ?? {};
      const params = Object.fromEntries(Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : (v ?? "")]));

      let query: unknown = undefined;
      if (options.query) {
        const raw = Object.fromEntries(new URL(request.url).searchParams);
        const parsed = options.query.safeParse(raw);
        if (!parsed.success) {
          throw new SafeError("INVALID", "Some query parameters are invalid; see `errors`.", { errors: zodFieldErrors(parsed.error, "query") });
        }
        query = parsed.data;
      }

      let body: unknown = undefined;
      if (options.body) {
        const json = await readJsonBody(request, maxBodyBytes());
        const parsed = options.body.safeParse(json);
        if (!parsed.success) {
          throw new SafeError("INVALID", "Some fields are invalid; see `errors`. Nothing was written.", { errors: zodFieldErrors(parsed.error) });
        }
        body = parsed.data;
      }

      const response = await handler({ request, caller, body: body as z.output<B>, query: query as z.output<Q>, params });
      for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
      return response;
    } catch (error) {
      const { body, headers: extra } = toProblem(error);
      return problemResponse(body, { ...headers, ...extra });
    }
  };
}

export function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

export function notFound(detail: string): Response {
  return problemResponse(problem("NOT_FOUND", detail));
}
