import { z } from "@/lib/zod";
import {
  ERROR_REASONS,
  ERROR_STATUS,
  GENERIC_ERROR_MESSAGE,
  SafeError,
  type ErrorCode,
  type ErrorReason,
} from "@/lib/errors";

/**
 * Errors leave every route (the console's and the platform API's) as RFC
 * 9457 problem details (`application/problem+json`) of one shape: a stable
 * `type` per kind of problem, its `code` (what clients switch on, never the
 * text), a human `detail` that says what to do, and for bad input one entry
 * per bad field in `errors`, so nobody guesses.
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
  /** The problem's code: a SafeError's public code, or one of the HTTP layer's. */
  code: ProblemKind;
  errors?: FieldError[];
  /** Extension members (RFC 9457 §3.2): what a SafeError adds, e.g. who holds a case. */
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const TITLES: Record<
  ErrorCode | ErrorReason | "BAD_REQUEST" | "METHOD_NOT_ALLOWED" | "UNSUPPORTED_MEDIA_TYPE" | "INTERNAL",
  string
> = {
  BAD_REQUEST: "Malformed request",
  METHOD_NOT_ALLOWED: "Method not allowed",
  UNAUTHENTICATED: "Not authenticated",
  FORBIDDEN: "Not allowed",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflicts with the current state",
  STALE_VERSION: "Changed since you loaded it",
  HELD_BY_OTHER: "Held by someone else",
  CROSS_ORIGIN: "Request from another origin",
  TARGET_NOT_IN_CASE: "Not a party to this case",
  TARGET_HELD_BY_OTHER: "The account's own case is held by someone else",
  TARGET_ESCALATED: "The account is escalated to staff",
  APPEAL_DEADLINE_PASSED: "The appeal deadline has passed",
  APPEAL_DUPLICATE: "Already appealed",
  APPEAL_NOT_OF_APPELLANT: "Not the appellant's decision",
  APPEAL_OWN_DECISION: "Your own decision",
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

function statusOf(kind: ProblemKind): number {
  if (kind === "BAD_REQUEST") return 400;
  if (kind === "METHOD_NOT_ALLOWED") return 405;
  if (kind === "UNSUPPORTED_MEDIA_TYPE") return 415;
  if (kind === "INTERNAL") return 500;
  if (kind in ERROR_REASONS) return ERROR_STATUS[ERROR_REASONS[kind as ErrorReason]];
  return ERROR_STATUS[kind as ErrorCode];
}

export function problem(
  kind: ProblemKind,
  detail: string,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    ...extensions,
    type: problemType(kind),
    title: TITLES[kind],
    status: statusOf(kind),
    code: kind,
    detail,
    ...(errors?.length ? { errors } : {}),
  };
}

export function problemResponse(body: Problem, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set("Content-Type", PROBLEM_CONTENT_TYPE);
  h.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status: body.status, headers: h });
}

/** A SafeError that names the fields at fault; becomes a problem with `errors`. */
export function fieldsError(code: ErrorCode | ErrorReason, detail: string, errors: FieldError[]): SafeError {
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

/**
 * Every Zod issue as a field error, the one shape of a bad field everywhere
 * (routes send them in `errors`, server actions key them by `field`); the
 * root of the body is called "(body)".
 */
export function zodFieldErrors(error: z.ZodError, where: "body" | "query" = "body"): FieldError[] {
  return error.issues.map((issue) => {
    const base =
      where === "body"
        ? fieldErrorAt(issue.path, issue.message)
        : { field: fieldOf(issue.path) || "(query)", in: "query" as const, detail: issue.message };
    // An unknown key is reported on the object; name the key itself.
    if (issue.code === "unrecognized_keys") {
      return {
        ...base,
        detail: `${issue.message}. Remove ${issue.keys.length > 1 ? "them" : "it"}: the API accepts only the documented fields.`,
      };
    }
    return base;
  });
}

/**
 * Turns anything thrown by a handler into the problem to send: a SafeError
 * keeps its message, code and details (as extension members), a Zod error
 * names each bad field, anything else is logged and stays generic.
 */
export function toProblem(error: unknown): { body: Problem; headers: Record<string, string> } {
  if (error instanceof SafeError) {
    const { errors, retryAfterSeconds, ...extensions } = error.details ?? {};
    const headers: Record<string, string> = {};
    if (typeof retryAfterSeconds === "number") headers["Retry-After"] = String(retryAfterSeconds);
    if (error.code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = 'Bearer realm="api"';
    return {
      body: problem(
        error.publicCode,
        error.message,
        Array.isArray(errors) ? (errors as FieldError[]) : undefined,
        extensions,
      ),
      headers,
    };
  }
  if (error instanceof HttpProblem) return { body: problem(error.kind, error.message), headers: {} };
  if (error instanceof z.ZodError) {
    return { body: problem("INVALID", "Some fields are invalid; see `errors`.", zodFieldErrors(error)), headers: {} };
  }
  console.error("request failed", error);
  return { body: problem("INTERNAL", GENERIC_ERROR_MESSAGE), headers: {} };
}
