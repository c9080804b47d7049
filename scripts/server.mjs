#!/usr/bin/env node
/**
 * The console's HTTP server: Next's request handler behind a plain node:http server, so the app
 * can know the socket's peer address (Next's own `next start` hides it from route handlers once a
 * client sends X-Forwarded-For). Every request gets `x-console-socket-address` set to the peer,
 * overwriting anything a client sent under that name; `lib/http/client-address.ts` combines it
 * with TRUSTED_PROXY_HOPS. Plain JavaScript so that production runs it with node alone.
 *
 *   node scripts/server.mjs [-p PORT] [--dev]
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { undecodablePathAnswer } from "./lib/undecodable-path.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, dev: { type: "boolean", default: false } },
});
const dev = values.dev === true;
// As `next start` / `next dev` do, before Next is loaded: it reads NODE_ENV at import.
process.env.NODE_ENV = dev ? "development" : "production";
// Tells the app that the header below comes from this process, not from a client.
process.env.CONSOLE_SOCKET_ADDRESS_HEADER = "1";
const port = Number(values.port ?? process.env.PORT ?? 3000);

const { default: next } = await import("next");
const app = next({ dev, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  req.headers["x-console-socket-address"] = req.socket.remoteAddress ?? "";
  const undecodable = undecodablePathAnswer(req.url);
  if (undecodable) {
    res.writeHead(undecodable.status, undecodable.headers);
    res.end(JSON.stringify(undecodable.body));
    return;
  }
  handle(req, res).catch((error) => {
    console.error(`Failed to handle ${req.method} ${req.url}`, error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("Internal Server Error");
  });
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.on("error", (error) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} is already in use: stop what runs there or choose another PORT.`
      : error,
  );
  process.exit(1);
});
server.listen(port, () => console.log(`Console listening on port ${port}${dev ? " (development)" : ""}.`));

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
