import net from "node:net";

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

/** Fails with a clear message when something already listens on the port. */
export async function assertPortFree(port: number, host: string, envName: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new PortInUseError(
              `Port ${port} is already in use (another console or program is listening there). Stop it, or choose another port with ${envName}=<port>.`,
            )
          : error,
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
