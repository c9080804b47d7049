/**
 * The client side of defineRoute (lib/http/route.ts): JSON in and out, and a
 * problem response turned into an ApiError whose message is the server's
 * (already safe to show) detail, ready for a toast, and whose `code` is the
 * problem's code (e.g. "HELD_BY_OTHER", "STALE_VERSION") to switch on.
 */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The problem's code; "NETWORK" when the console could not be reached. */
  get code(): string {
    return typeof this.details.code === "string" ? this.details.code : this.status === 0 ? "NETWORK" : "INTERNAL";
  }
}

export async function fetchJson<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      headers: {
        Accept: "application/json",
        ...(json !== undefined ? { "Content-Type": "application/json" } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("The console cannot be reached. Check your connection; nothing was changed.", 0);
  }
  const body = (await response.json().catch(() => null)) as (T & { detail?: string }) | null;
  if (!response.ok) {
    const detail =
      body && typeof body === "object" && typeof body.detail === "string"
        ? body.detail
        : `The console answered ${response.status}.`;
    throw new ApiError(detail, response.status, (body ?? {}) as Record<string, unknown>);
  }
  return body as T;
}
