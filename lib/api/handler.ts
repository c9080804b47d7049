import "server-only";
import type { z } from "zod";
import { defineRoute, json, notFound, type NextRouteContext, type RouteContext } from "@/lib/http/route";
import type { ApiCaller } from "@/lib/api/auth";

export { json, notFound };

/**
 * @deprecated Use `defineRoute({ auth: "token", body, query }, handler)` from
 * lib/http/route.ts, the one route definer. Kept only so a branch written
 * against the old name still builds; it is that definer with auth "token".
 */
export function withApiToken<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  handler: (
    ctx: RouteContext<
      "token",
      B extends z.ZodType ? z.output<B> : undefined,
      Q extends z.ZodType ? z.output<Q> : undefined,
      Record<string, string>
    > & { caller: ApiCaller },
  ) => Promise<Response>,
  options: { body?: B; query?: Q } = {},
): (request: Request, context?: NextRouteContext) => Promise<Response> {
  return defineRoute({ auth: "token", ...options }, handler);
}
