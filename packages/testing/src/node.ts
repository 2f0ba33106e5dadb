import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { VendorSimulator } from "./base.js";
import { CONNECTION_RESET, type Vendor } from "./shared.js";
import { createSimulators, type Simulators, type SimulatorsOptions } from "./simulators.js";

export interface StartSimulatorsOptions extends SimulatorsOptions {
  /**
   * Port of the first server; the others take the next ones, in the order of `VENDORS`
   * (databricks, emr-serverless, fabric-workload, huawei-dli, huawei-mrs). Default 0: each gets
   * a free port.
   */
  port?: number | undefined;
  /** Existing simulators to serve (e.g. shared with msw handlers); default: new ones. */
  simulators?: Simulators | undefined;
}

/** Base URLs of the running servers (`http://127.0.0.1:<port>`), one per vendor, by config key. */
export interface SimulatorUrls {
  databricks: string;
  emrServerless: string;
  huaweiMrs: string;
  huaweiDli: string;
  fabricWorkload: string;
}

/** `emr-serverless` → `emrServerless`: the key of a vendor in `Simulators` and `SimulatorUrls`. */
const keyOf = (vendor: string) => vendor.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export interface RunningSimulators {
  /** The simulators (add runs, set faults, read requests). */
  readonly sims: Simulators;
  readonly urls: SimulatorUrls;
  /** The base URL of a vendor by its id. */
  url(vendor: Vendor): string;
  /** Stops every server and drops open connections. */
  close(): Promise<void>;
}

const DROPPED = new Set(["host", "connection", "keep-alive", "transfer-encoding", "upgrade"]);

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (DROPPED.has(name.toLowerCase())) continue;
    headers.append(name, req.rawHeaders[i + 1]!);
  }
  const host = req.headers.host ?? new URL(origin).host;
  const method = req.method ?? "GET";
  return new Request(`http://${host}${req.url ?? "/"}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" || body.length === 0 ? undefined : body,
  });
}

async function serve(
  simulator: VendorSimulator,
  port: number,
): Promise<{ server: Server; url: string; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  let origin = "http://127.0.0.1";
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      try {
        const answer = await simulator.handle(await toRequest(req, origin));
        if (answer === CONNECTION_RESET) {
          req.socket.destroy();
          return;
        }
        const headers: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          headers[name] = value;
        });
        const body = Buffer.from(await answer.arrayBuffer());
        headers["content-length"] = String(body.length);
        res.writeHead(answer.status, headers);
        res.end(body);
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(`simulator error: ${(error as Error).message}`);
      }
    })();
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  return { server, url: origin, sockets };
}

/**
 * Starts one HTTP server per vendor on 127.0.0.1 (one port each, so every vendor's paths stay
 * exactly as on the real host — Databricks' `/oidc/v1/token` and signed paths included), all
 * answering from one shared {@link Simulators} state.
 */
export async function startSimulators(
  options: StartSimulatorsOptions = {},
): Promise<RunningSimulators> {
  const { port = 0, simulators, ...rest } = options;
  const sims = simulators ?? createSimulators(rest);
  const started: Awaited<ReturnType<typeof serve>>[] = [];
  try {
    for (const [i, sim] of sims.all.entries()) {
      started.push(await serve(sim, port === 0 ? 0 : port + i));
    }
  } catch (error) {
    await Promise.all(started.map(({ server }) => new Promise((r) => server.close(r))));
    throw error;
  }
  const byVendor = Object.fromEntries(
    sims.all.map((sim, i) => [sim.vendor, started[i]!.url]),
  ) as Record<Vendor, string>;
  const urls = Object.fromEntries(
    Object.entries(byVendor).map(([vendor, url]) => [keyOf(vendor), url]),
  ) as unknown as SimulatorUrls;
  return {
    sims,
    urls,
    url: (vendor) => byVendor[vendor],
    async close() {
      await Promise.all(
        started.map(
          ({ server, sockets }) =>
            new Promise<void>((resolve) => {
              for (const socket of sockets) socket.destroy();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}

export * from "./core.js";
