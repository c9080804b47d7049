import { serverEnv } from "@/lib/config/env";
import { SafeError } from "@/lib/errors";
import { HttpProblem } from "@/lib/http/problem";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The body size limit: API_MAX_BODY_BYTES, else 1 MiB. */
export function maxBodyBytes(): number {
  return serverEnv().API_MAX_BODY_BYTES;
}

function tooLarge(limit: number): SafeError {
  return new SafeError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${limit.toLocaleString("en-US")} bytes. Send smaller batches.`,
    { limit },
  );
}

/**
 * Reads the raw body, refusing it as soon as it exceeds `limit` bytes: a
 * declared Content-Length over the limit is refused before reading
 * anything, and a chunked body is cut off at the limit, so a huge upload
 * never reaches memory or the JSON parser.
 */
export async function readBodyWithLimit(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => {});
    throw tooLarge(limit);
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/** Reads and parses a JSON body under the size limit. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  const mediaType = type.split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json" && !mediaType.endsWith("+json")) {
    await request.body?.cancel().catch(() => {});
    throw new HttpProblem(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the body as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : "none"}).`,
    );
  }
  const text = await readBodyWithLimit(request, limit);
  if (!text.trim()) throw new HttpProblem("BAD_REQUEST", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "unreadable";
    throw new HttpProblem("BAD_REQUEST", `The request body is not valid JSON (${reason}).`);
  }
}
