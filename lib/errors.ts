/**
 * The one error type whose message is safe to show a user (as a toast or an
 * API problem detail). Anything else is logged and shown generically, so
 * internals never leak into the UI.
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  INVALID: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Finer codes inside a class, for clients to switch on (never on the
 * message's text): each names the class it belongs to, which sets the HTTP
 * status and what `code` says to callers that only know the classes.
 */
export const ERROR_REASONS = {
  /** The case changed since the person looked at it (optimistic concurrency). */
  STALE_VERSION: "CONFLICT",
  /** Someone else holds the case. */
  HELD_BY_OTHER: "CONFLICT",
  /** A state-changing request from another origin (a forged cross-site or sibling-site form). */
  CROSS_ORIGIN: "FORBIDDEN",
  /** A decision's account, job or enforcement is not a party to the case it is taken on. */
  TARGET_NOT_IN_CASE: "INVALID",
  /** The target account's own open case is held by another moderator. */
  TARGET_HELD_BY_OTHER: "CONFLICT",
  /** The target account has a case escalated to staff: only staff enforce on it. */
  TARGET_ESCALATED: "FORBIDDEN",
  /** An appeal arrived after the enforcement's appeal deadline. */
  APPEAL_DEADLINE_PASSED: "INVALID",
  /** The enforcement was appealed before (one appeal per enforcement). */
  APPEAL_DUPLICATE: "CONFLICT",
  /** The appealed enforcement is not one of that account's in that case. */
  APPEAL_NOT_OF_APPELLANT: "INVALID",
  /** The person who made the appealed decision may not decide its appeal (four eyes). */
  APPEAL_OWN_DECISION: "FORBIDDEN",
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** What a client may switch on: a class, or a finer reason within one. */
export type PublicErrorCode = ErrorCode | ErrorReason | "INTERNAL";

export class SafeError extends Error {
  override name = "SafeError";
  /** The class of error (HTTP status). */
  readonly code: ErrorCode;
  /** The finer reason, when there is one. */
  readonly reason: ErrorReason | undefined;

  constructor(
    code: ErrorCode | ErrorReason,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    if (code in ERROR_REASONS) {
      this.reason = code as ErrorReason;
      this.code = ERROR_REASONS[code as ErrorReason];
    } else {
      this.reason = undefined;
      this.code = code as ErrorCode;
    }
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The code clients switch on: the reason when there is one, else the class. */
  get publicCode(): ErrorCode | ErrorReason {
    return this.reason ?? this.code;
  }
}

export const GENERIC_ERROR_MESSAGE =
  "Something went wrong on our side. Try again; if it keeps happening, tell the console's admins.";

export function publicMessage(error: unknown): string {
  return error instanceof SafeError ? error.message : GENERIC_ERROR_MESSAGE;
}
