import { describe, expect, it } from "vitest";
import { eventStream } from "@/lib/live/sse";

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
  const decoder = new TextDecoder();
  let seen = "";
  while (!seen.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value);
  }
  return seen;
}

describe("eventStream (server-sent events for a route handler)", () => {
  it("sends named JSON events and heartbeats as text/event-stream, and undoes its subscription when the client leaves", async () => {
    const abort = new AbortController();
    let undone = false;
    const response = eventStream(new Request("http://console.test/events", { signal: abort.signal }), {
      heartbeatMs: 20,
      open: (send) => {
        send("status", { live: true });
        return () => (undone = true);
      },
    });
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const reader = response.body!.getReader();
    const text = await readUntil(reader, ": heartbeat");
    expect(text).toContain('event: status\ndata: {"live":true}\n\n');
    abort.abort();
    expect(undone).toBe(true);
    expect((await reader.read()).done).toBe(true);
  });

  it("ends the stream, saying why, when the session is no longer allowed", async () => {
    let undone = false;
    const response = eventStream(new Request("http://console.test/events"), {
      checkMs: 20,
      stillAllowed: async () => false,
      open: () => () => (undone = true),
    });
    const reader = response.body!.getReader();
    const text = await readUntil(reader, "event: end");
    expect(text).toContain("Your session has ended");
    expect((await reader.read()).done).toBe(true);
    expect(undone).toBe(true);
  });
});
