import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_FLAG, SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

describe("the client address", () => {
  beforeEach(() => {
    process.env[SOCKET_ADDRESS_FLAG] = "1";
  });
  afterEach(() => {
    delete process.env[SOCKET_ADDRESS_FLAG];
  });
  const headers = (socket: string, xff?: string) =>
    new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(xff ? { "x-forwarded-for": xff } : {}) });

  it("is the socket's peer with no trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers("203.0.113.7", "1.2.3.4"), 0)).toBe("203.0.113.7");
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("walks X-Forwarded-For from the right, one entry per trusted hop", () => {
    const chain = "6.6.6.6, 198.51.100.9, 10.0.0.5";
    expect(clientAddress(headers("10.0.0.1", chain), 1)).toBe("10.0.0.5");
    expect(clientAddress(headers("10.0.0.1", chain), 2)).toBe("198.51.100.9");
    // More hops configured than entries: the leftmost there is.
    expect(clientAddress(headers("10.0.0.1", "198.51.100.9"), 3)).toBe("198.51.100.9");
    expect(clientAddress(headers("10.0.0.1"), 1)).toBe("10.0.0.1");
  });

  it("believes the socket header only when scripts/server.mjs set it", () => {
    delete process.env[SOCKET_ADDRESS_FLAG];
    // Under a bare `next start`, the rightmost X-Forwarded-For entry stands in for the socket.
    expect(clientAddress(headers("1.1.1.1", "6.6.6.6, 127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 127.0.0.1" }, 1)).toBe("6.6.6.6");
    expect(clientAddress({}, 0)).toBe("unknown");
  });

  it("does not store a client's garbage whole", () => {
    expect(clientAddress(headers("10.0.0.1", "x".repeat(500)), 1)).toHaveLength(64);
  });
});
