import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { requireActor, type ConsoleActor } from "@/lib/auth/session";
import { GENERIC_ERROR_MESSAGE, SafeError } from "@/lib/errors";

interface RouteContext<P> {
  actor: ConsoleActor;
  request: Request;
  params: P;
}

/**
 * Wraps a console route handler: the signed-in user is read from the
 * database and must hold `permission`; the result becomes JSON, and errors
 * become RFC 9457 problem details (a SafeError keeps its message and
 * status, a Zod error names each bad field, anything else is logged and
 * answered generically).
 */
export function consoleRoute<P = Record<string, never>>(
  permission: Permission,
  handler: (context: RouteContext<P>) => Promise<unknown>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await requireActor(permission);
      const result = await handler({ actor, request, params: await context.params });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return problemResponse(error);
    }
  };
}

export function problemResponse(error: unknown): Response {
  if (error instanceof SafeError) {
    return problem(error.status, error.code, error.message, error.details);
  }
  if (error instanceof z.ZodError) {
    const errors = error.issues.map((issue) => ({ field: issue.path.join(".") || null, message: issue.message }));
    return problem(422, "INVALID", errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(" "), { errors });
  }
  // Next signals redirects and auth interrupts with thrown errors.
  if (error instanceof Error && "digest" in error) throw error;
  console.error("route handler failed", error);
  return problem(500, "INTERNAL", GENERIC_ERROR_MESSAGE);
}

function problem(status: number, code: string, detail: string, extra?: Record<string, unknown>): Response {
  return NextResponse.json(
    { type: "about:blank", title: code, status, detail, ...extra },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}

/** The request's JSON body, checked against a schema (a bad body is a 422 naming the fields). */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new SafeError("INVALID", "The request body is not valid JSON.");
  }
  return schema.parse(body);
}
