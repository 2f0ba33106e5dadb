// The two senders under one contract, on a real loopback socket: the Node sender (node:http with
// a keep-alive agent) and the fetch sender. What the transport builds on (status, headers, the
// body under the cap, redirects answered not followed, abort at once, resets as failures) must
// not depend on which one a runtime gets.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSender, type HttpSender, type SendRequest } from "../src/http-sender.js";
import { createNodeSender } from "../src/platform/node/http-sender.js";
import { BodyTooLargeError } from "../src/response.js";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** The client's port: the same one for requests on one kept-alive connection. */
  port: number;
}

let base: string;
let handler: Handler;
const seen: Seen[] = [];
const sockets = new Set<Socket>();
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    seen.push({
      method: req.method!,
      url: req.url!,
      headers: req.headers,
      body,
      port: req.socket.remotePort!,
    });
    handler(req, res, body);
  });
});
server.on("connection", (socket) => {
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const senders: [string, () => HttpSender][] = [
  ["node sender", () => createNodeSender()],
  ["fetch sender", () => fetchSender((url, init) => fetch(url, init))],
];

function request(overrides: Partial<SendRequest> = {}): SendRequest {
  return {
    method: "GET",
    url: new URL(`${base}/runs/1?x=1`),
    headers: new Headers(),
    body: undefined,
    signal: new AbortController().signal,
    maxResponseBytes: 1024,
    ...overrides,
  };
}

describe.each(senders)("%s", (_name, make) => {
  it("sends method, path, headers and body; answers status, headers and text", async () => {
    seen.length = 0;
    handler = (_req, res) => {
      res.setHeader("set-cookie", ["a=1", "b=2"]);
      res.writeHead(201, { "content-type": "application/json", "x-request-id": "r-1" });
      res.end('{"ok":true}');
    };
    const body = new TextEncoder().encode('{"run_id":1}');
    const result = await make().send(
      request({
        method: "POST",
        headers: new Headers({ "content-type": "application/json", "x-custom": "v" }),
        body,
      }),
    );
    expect(result.status).toBe(201);
    expect(result.text).toBe('{"ok":true}');
    expect(result.headers.get("x-request-id")).toBe("r-1");
    expect(result.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/runs/1?x=1", body: '{"run_id":1}' });
    expect(seen[0]!.headers).toMatchObject({
      "content-type": "application/json",
      "x-custom": "v",
      "content-length": "12",
      host: new URL(base).host,
    });
  });

  it("announces an empty POST body as content-length 0", async () => {
    seen.length = 0;
    handler = (_req, res) => res.end();
    const result = await make().send(request({ method: "POST" }));
    expect(result).toMatchObject({ status: 200, text: "" });
    expect(seen[0]!.headers["content-length"]).toBe("0");
  });

  it("answers a redirect with its status and location, and does not follow it", async () => {
    seen.length = 0;
    handler = (_req, res) => {
      res.writeHead(302, { location: `${base}/elsewhere` });
      res.end();
    };
    const result = await make().send(request());
    expect(result.status).toBe(302);
    expect(result.headers.get("location")).toBe(`${base}/elsewhere`);
    expect(seen.map((s) => s.url)).toEqual(["/runs/1?x=1"]);
  });

  it("refuses a body whose declared length is over the cap", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-length": "5000" });
      res.end("x".repeat(5000));
    };
    await expect(make().send(request())).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("cuts off an undeclared (chunked) body once it passes the cap", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      for (let i = 0; i < 20; i++) res.write("x".repeat(100));
      res.end();
    };
    await expect(make().send(request())).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("decodes a gzip body, and caps its decoded size", async () => {
    const small = gzipSync('{"state":"CANCELLED"}');
    const bomb = gzipSync(" ".repeat(100_000));
    handler = (req, res) => {
      res.writeHead(200, { "content-encoding": "gzip", "content-type": "application/json" });
      res.end(req.url === "/bomb" ? bomb : small);
    };
    const sender = make();
    expect((await sender.send(request())).text).toBe('{"state":"CANCELLED"}');
    await expect(sender.send(request({ url: new URL(`${base}/bomb`) }))).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });

  it("drops a UTF-8 byte order mark, as fetch's text() does", async () => {
    handler = (_req, res) => res.end(Buffer.from('\uFEFF{"a":"é"}', "utf8"));
    expect((await make().send(request())).text).toBe('{"a":"é"}');
  });

  it("rejects at once with the signal's reason when aborted while the server hangs", async () => {
    handler = () => {};
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    setTimeout(() => controller.abort(reason), 30);
    const started = Date.now();
    await expect(make().send(request({ signal: controller.signal }))).rejects.toBeDefined();
    expect(controller.signal.aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("sends nothing when the signal is already aborted", async () => {
    seen.length = 0;
    handler = (_req, res) => res.end();
    const controller = new AbortController();
    controller.abort(new Error("too late"));
    await expect(make().send(request({ signal: controller.signal }))).rejects.toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(0);
  });

  it("fails on a connection reset in the middle of the body", async () => {
    handler = (req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write('{"sta', () => setTimeout(() => req.socket.destroy(), 5));
    };
    await expect(make().send(request())).rejects.toBeDefined();
  });
});

describe("node sender", () => {
  it("keeps the connection alive: sequential requests share one socket", async () => {
    seen.length = 0;
    handler = (_req, res) => res.end("{}");
    const sender = createNodeSender();
    for (let i = 0; i < 3; i++) await sender.send(request());
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.port)).size).toBe(1);
    expect(seen[0]!.headers.connection).toBe("keep-alive");
  });

  it("errors carry Node's code (ECONNREFUSED) for the transport's message", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createNodeSender()
      .send(request({ url: new URL(`http://127.0.0.1:${port}/`) }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
  });

  it("sends through the agent it is given (where proxies and custom CAs plug in)", async () => {
    const { Agent } = await import("node:http");
    const agent = new Agent({ keepAlive: false });
    const used: string[] = [];
    handler = (_req, res) => res.end("{}");
    const sender = createNodeSender({
      agent: (url) => {
        used.push(url.href);
        return agent;
      },
    });
    await sender.send(request());
    expect(used).toEqual([`${base}/runs/1?x=1`]);
    agent.destroy();
  });
});
