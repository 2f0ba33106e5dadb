import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the server does with one request. */
export type Fault =
  | { kind: "respond"; status: number; headers?: Record<string, string>; body?: string | Buffer }
  /** Destroys the socket before any byte of the response. */
  | { kind: "reset-before" }
  /** Sends the status line, headers and part of the body, then destroys the socket. */
  | {
      kind: "reset-mid-body";
      status: number;
      headers?: Record<string, string>;
      partial: string;
      declaredLength: number;
    }
  /** Never answers (until the client gives up). */
  | { kind: "hang" };

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Requests received, in order. */
  requests: SeenRequest[];
  /** Queues what the next requests get; the last entry repeats. */
  script(...faults: Fault[]): void;
  close(): Promise<void>;
}

/**
 * A real node:http server on 127.0.0.1 that misbehaves on cue: resets before or in the middle of
 * a body, hangs, or answers whatever the test scripts. For faults msw cannot produce.
 */
export async function startFaultServer(): Promise<FaultServer> {
  let faults: Fault[] = [{ kind: "respond", status: 200, body: "{}" }];
  let served = 0;
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const fault = faults[Math.min(served, faults.length - 1)]!;
      served++;
      switch (fault.kind) {
        case "respond":
          // No keep-alive: every attempt gets its own connection, so a socket a previous fault
          // is tearing down can never swallow (or double) the next request.
          res.writeHead(fault.status, { ...fault.headers, connection: "close" });
          res.end(fault.body ?? "");
          return;
        case "reset-before":
          req.socket.destroy();
          return;
        case "reset-mid-body":
          res.writeHead(fault.status, {
            ...fault.headers,
            "content-length": String(fault.declaredLength),
          });
          res.write(fault.partial, () => setTimeout(() => req.socket.destroy(), 5));
          return;
        case "hang":
          return;
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...next) => {
      faults = next;
      served = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it (connections are refused). */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
