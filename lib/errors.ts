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

export class SafeError extends Error {
  override name = "SafeError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Try again; if it keeps happening, tell the console's admins.";

export function publicMessage(error: unknown): string {
  return error instanceof SafeError ? error.message : GENERIC_ERROR_MESSAGE;
}
