import proxyaddr from "proxy-addr";
import { serverEnv } from "@/lib/config/env";

/**
 * The header `scripts/server.mjs` writes with the socket's peer address on every request, replacing
 * whatever a client sent under that name. Next's own server hides the socket from route handlers (it
 * only copies it into X-Forwarded-For when the client sent none), so the console runs behind that
 * small server to know who is really on the other end of the connection.
 */
export const SOCKET_ADDRESS_HEADER = "x-console-socket-address";
/** Set by `scripts/server.mjs` in its own process: only then is the header above its word. */
export const SOCKET_ADDRESS_FLAG = "CONSOLE_SOCKET_ADDRESS_HEADER";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}

/**
 * The address of the client, as far as it can be trusted: the socket's peer, then one address of
 * X-Forwarded-For further left per trusted proxy hop (TRUSTED_PROXY_HOPS; each proxy appends the
 * address it was connected from, so everything left of what our own proxies wrote is the client's
 * say). proxy-addr (Express's implementation) does the walk.
 *
 * Without `scripts/server.mjs` (a bare `next start` or `next dev`) the socket is unknown; Next then
 * puts it in X-Forwarded-For only when the client sent none, so the rightmost entry is used in its
 * place, which a client can forge. That is only good enough for development.
 */
export function clientAddress(headers: HeaderSource, hops = serverEnv().TRUSTED_PROXY_HOPS): string {
  const forwardedFor = header(headers, "x-forwarded-for") ?? "";
  let socket: string | undefined;
  let chain = forwardedFor;
  if (process.env[SOCKET_ADDRESS_FLAG] === "1") {
    socket = header(headers, SOCKET_ADDRESS_HEADER);
  } else {
    const entries = forwardedFor.split(",").map((e) => e.trim());
    socket = entries.pop();
    chain = entries.join(",");
  }
  if (!socket) return "unknown";
  const address =
    hops === 0
      ? socket
      : proxyaddr(
          { headers: { "x-forwarded-for": chain }, socket: { remoteAddress: socket } } as never,
          (_addr, i) => i < hops,
        );
  // A proxy-written value is an address; anything longer is a client's garbage and is not stored whole.
  return (address || "unknown").slice(0, 64);
}
