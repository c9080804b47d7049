import "server-only";

/** A comment line every so often keeps proxies and the browser from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How often a stream re-checks that its session is still signed in and allowed. */
export const SESSION_CHECK_MS = 30_000;

export type SendEvent = (event: string, data: unknown) => void;

export interface EventStreamOptions {
  /** Called once the stream is open; returns what to undo when it closes. */
  open: (send: SendEvent) => (() => void) | void;
  /** Re-checked every `checkMs`: false ends the stream (an `end` event, then close). */
  stillAllowed?: () => Promise<boolean>;
  heartbeatMs?: number;
  checkMs?: number;
}

/**
 * A server-sent events response (text/event-stream) for a route handler:
 * named events with JSON data, heartbeats, a periodic session check, and
 * clean-up when the client goes away (the request's abort signal or the
 * stream's cancel) or the server ends it. A small module instead of a
 * library: the libraries for Fetch-style handlers cannot end a stream from
 * the server side, which the session check needs.
 */
export function eventStream(request: Request, options: EventStreamOptions): Response {
  const encoder = new TextEncoder();
  let close = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let undo: (() => void) | void = undefined;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send: SendEvent = (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const heartbeat = setInterval(() => write(": heartbeat\n\n"), options.heartbeatMs ?? HEARTBEAT_MS);
      const check = options.stillAllowed
        ? setInterval(() => {
            options.stillAllowed!().then(
              (allowed) => {
                if (allowed) return;
                send("end", { reason: "Your session has ended. Sign in again." });
                close();
              },
              // A check that could not run (the database is busy) keeps the stream; the next one decides.
              () => {},
            );
          }, options.checkMs ?? SESSION_CHECK_MS)
        : null;
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        if (check) clearInterval(check);
        request.signal.removeEventListener("abort", close);
        undo?.();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", close);
      // The first bytes go out at once, so the browser sees the stream open.
      write(": open\n\n");
      undo = options.open(send);
      if (request.signal.aborted) close();
    },
    cancel() {
      close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression would buffer the stream.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
