import { z } from "zod";
import { ERROR_STATUS, SafeError, type ErrorCode } from "@/lib/errors";

/**
 * Errors leave the API as RFC 9457 problem details
 * (`application/problem+json`): a stable `type` per kind of problem, a
 * human `detail` that says what to do, and for bad input one entry per bad
 * field in `errors`, so the platform's engineers never guess.
 */
export interface FieldError {
  /** JSON Pointer (RFC 6901) into the request body, e.g. "/messages/3/body". */
  pointer?: string;
  /** The same place written the way people read it: "messages[3].body" (or a query parameter's name). */
  field: string;
  /** Where the field is: the JSON body (default) or the query string. */
  in?: "body" | "query" | "path";
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const TITLES: Record<ErrorCode | "BAD_REQUEST" | "UNSUPPORTED_MEDIA_TYPE" | "INTERNAL", string> = {
  BAD_REQUEST: "Malformed request",
  UNAUTHENTICATED: "Missing or invalid API token",
  FORBIDDEN: "Not allowed",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflicts with what was sent before",
  PAYLOAD_TOO_LARGE: "Request body too large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported content type",
  INVALID: "Invalid request",
  RATE_LIMITED: "Too many requests",
  INTERNAL: "Internal error",
};

export type ProblemKind = keyof typeof TITLES;

/** Problem type URIs: URNs, so they identify a kind of problem without pretending to be a page. */
export function problemType(kind: ProblemKind): string {
  return `urn:tsc:problem:${kind.toLowerCase().replaceAll("_", "-")}`;
}

/** Errors of the HTTP layer that SafeError's codes do not cover (400, 415). */
export class HttpProblem extends Error {
  override name = "HttpProblem";
  constructor(
    readonly kind: "BAD_REQUEST" | "UNSUPPORTED_MEDIA_TYPE",
    message: string,
  ) {
    super(message);
  }
  get status(): number {
    return this.kind === "BAD_REQUEST" ? 400 : 415;
  }
}

export function problem(kind: ProblemKind, detail: string, errors?: FieldError[]): Problem {
  const status = kind === "BAD_REQUEST" ? 400 : kind === "UNSUPPORTED_MEDIA_TYPE" ? 415 : kind === "INTERNAL" ? 500 : ERROR_STATUS[kind];
  return { type: problemType(kind), title: TITLES[kind], status, detail, ...(errors?.length ? { errors } : {}) };
}

export function problemResponse(body: Problem, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set("Content-Type", PROBLEM_CONTENT_TYPE);
  h.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status: body.status, headers: h });
}

/** A SafeError that names the fields at fault; becomes a problem with `errors`. */
export function fieldsError(code: ErrorCode, detail: string, errors: FieldError[]): SafeError {
  return new SafeError(code, detail, { errors });
}

export function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

export function fieldOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

export function fieldErrorAt(path: readonly PropertyKey[], detail: string): FieldError {
  return { pointer: pointerOf(path), field: fieldOf(path) || "(body)", detail };
}

/** Every Zod issue as a field error; the root of the body is called "(body)". */
export function zodFieldErrors(error: z.ZodError, where: "body" | "query" = "body"): FieldError[] {
  return error.issues.map((issue) => {
    const base = where === "body" ? fieldErrorAt(issue.path, issue.message) : { field: fieldOf(issue.path) || "(query)", in: "query" as const, detail: issue.message };
    // An unknown key is reported on the object; name the key itself.
    if (issue.code === "unrecognized_keys") {
      return { ...base, detail: `${issue.message}. Remove ${issue.keys.length > 1 ? "them" : "it"}: the API accepts only the documented fields.` };
    }
    return base;
  });
}

/** Turns anything thrown by a handler into the problem to send; unknown errors are logged and stay generic. */
export function toProblem(error: unknown): { body: Problem; headers: Record<string, string> } {
  if (error instanceof SafeError) {
    const errors = Array.isArray(error.details?.errors) ? (error.details.errors as FieldError[]) : undefined;
    const headers: Record<string, string> = {};
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === "number") headers["Retry-After"] = String(retryAfter);
    if (error.code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = 'Bearer realm="api"';
    return { body: problem(error.code, error.message, errors), headers };
  }
  if (error instanceof HttpProblem) return { body: problem(error.kind, error.message), headers: {} };
  if (error instanceof z.ZodError) {
    return { body: problem("INVALID", "Some fields are invalid; see `errors`.", zodFieldErrors(error)), headers: {} };
  }
  console.error("API request failed", error);
  return {
    body: problem("INTERNAL", "Something went wrong on the console's side. Retry later; the request was not applied."),
    headers: {},
  };
}
