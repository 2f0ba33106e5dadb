// A CONNECT proxy on 127.0.0.1 for tests: it opens a TCP tunnel to the asked-for host and port
// and logs each CONNECT, or refuses it with a scripted status (407 asks for credentials).
import { createServer, type IncomingMessage } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";

export interface ConnectRequest {
  /** `host:port` asked for. */
  target: string;
  /** The Proxy-Authorization header sent, if any. */
  authorization: string | undefined;
}

export interface ConnectProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Every CONNECT received, in order (one per tunnel: kept-alive tunnels are reused). */
  log: ConnectRequest[];
  /** Requests that were not a CONNECT (absolute-form proxying, which must never be used). */
  plain: string[];
  /** Answer each CONNECT with this status instead of tunnelling; undefined tunnels again. */
  refuseWith(status: number | undefined): void;
  /** Tunnel only for this Proxy-Authorization value (else 407); undefined tunnels for anyone. */
  requireAuthorization(value: string | undefined): void;
  close(): Promise<void>;
}

const REASONS: Record<number, string> = {
  403: "Forbidden",
  407: "Proxy Authentication Required",
  502: "Bad Gateway",
};

export async function startConnectProxy(): Promise<ConnectProxy> {
  const log: ConnectRequest[] = [];
  const plain: string[] = [];
  const sockets = new Set<Socket>();
  let refusal: number | undefined;
  let required: string | undefined;
  const refuse = (client: Socket, status: number) => {
    const challenge = status === 407 ? 'Proxy-Authenticate: Basic realm="test"\r\n' : "";
    client.end(
      `HTTP/1.1 ${status} ${REASONS[status] ?? "Refused"}\r\n${challenge}Content-Length: 0\r\n\r\n`,
    );
  };
  const server = createServer((req, res) => {
    plain.push(`${req.method} ${req.url}`);
    res.writeHead(400).end();
  });
  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? "";
    const authorization = req.headers["proxy-authorization"];
    log.push({ target, authorization });
    if (refusal !== undefined) return refuse(client, refusal);
    if (required !== undefined && authorization !== required) return refuse(client, 407);
    const colon = target.lastIndexOf(":");
    const host = target.slice(0, colon).replace(/^\[|\]$/g, "");
    // Only loopback destinations: this proxy never reaches off the machine.
    if (host !== "localhost" && host !== "127.0.0.1") return refuse(client, 403);
    const upstream = connect(Number(target.slice(colon + 1)), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    plain,
    refuseWith: (status) => {
      refusal = status;
    },
    requireAuthorization: (value) => {
      required = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
