/// <reference types="node" />
/**
 * The Node sender: one request per attempt on `node:http`/`node:https` through a keep-alive agent
 * that the sender (so one client) keeps, instead of the global `fetch` (undici), which costs more
 * CPU per request on Node and loads its HTTP stack on the first call. Same contract as the fetch
 * sender: redirects are answers (never followed), the body is read in full under the cap, the
 * signal ends the request at once, and network failures reject with Node's own error (its `code`,
 * ECONNREFUSED or ECONNRESET, ends up in the transport's ConnectionError message).
 */
import type * as Http from "node:http";
import type * as Tls from "node:tls";
import type * as Zlib from "node:zlib";
import type { HttpSender, SendRequest, SendResult } from "../../http-sender.js";
import { BodyTooLargeError } from "../../response.js";
import { builtin } from "./builtin.js";
import { NodeHeaders } from "./headers.js";

export interface NodeSenderOptions {
  /**
   * The agent for a request's URL (a proxy's, loaded on first use, plugs in here). Default: one
   * keep-alive agent per protocol, per sender.
   */
  agent?: ((url: URL) => Http.Agent | Promise<Http.Agent>) | undefined;
  /** The TLS context of the default https: agent (the `ca` option's). Default: Node's. */
  secureContext?: Tls.SecureContext | undefined;
}

/** How long an idle kept-alive socket stays open when the server gives no hint (as undici). */
export const IDLE_SOCKET_MS = 4000;
// Methods whose empty body is still announced as `content-length: 0`, as fetch does.
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
const utf8 = new TextDecoder();

export function createNodeSender(options: NodeSenderOptions = {}): HttpSender {
  const agents = new Map<string, Http.Agent>();
  const keepAliveAgent = (url: URL) => {
    let agent = agents.get(url.protocol);
    if (!agent) {
      agent = new (moduleFor(url).Agent)({
        keepAlive: true,
        timeout: IDLE_SOCKET_MS,
        ...(options.secureContext && url.protocol === "https:"
          ? { secureContext: options.secureContext }
          : {}),
      });
      agents.set(url.protocol, agent);
    }
    return agent;
  };
  const agentFor = options.agent ?? keepAliveAgent;
  return {
    send: (request) => {
      const agent = agentFor(request.url);
      return agent instanceof Promise
        ? agent.then((loaded) => send(request, loaded))
        : send(request, agent);
    },
  };
}

const modules = new Map<string, typeof Http>();
/** `node:http` or `node:https` for a URL, looked up once. */
function moduleFor(url: URL): typeof Http {
  let module = modules.get(url.protocol);
  if (!module) {
    module = builtin<typeof Http>(url.protocol === "https:" ? "node:https" : "node:http");
    modules.set(url.protocol, module);
  }
  return module;
}

function send(request: SendRequest, agent: Http.Agent): Promise<SendResult> {
  const { url, signal, body } = request;
  return new Promise<SendResult>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let headers: Record<string, string>;
    if (request.headers instanceof NodeHeaders) headers = request.headers.record();
    else {
      headers = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
    }
    // What fetch sends when the caller does not: some gateways refuse a request without Accept.
    headers.accept ??= "*/*";
    if (body && body.byteLength > 0) headers["content-length"] = String(body.byteLength);
    else if (BODY_METHODS.has(request.method)) headers["content-length"] = "0";
    const http = moduleFor(url);
    const hostname = url.hostname;
    let response: Http.IncomingMessage | undefined;
    let done = false;
    const finish = (error: unknown, result?: SendResult) => {
      if (done) return;
      done = true;
      signal.removeEventListener("abort", onAbort);
      if (error === undefined) {
        resolve(result!);
        return;
      }
      // The socket is unusable (a half-read body, an abort): never hand it back to the agent.
      response?.destroy();
      req.destroy();
      reject(error);
    };
    const onAbort = () => finish(signal.reason);
    const req = http.request({
      protocol: url.protocol,
      // A URL keeps an IPv6 literal in brackets; the socket wants the bare address.
      hostname: hostname.startsWith("[") ? hostname.slice(1, -1) : hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: request.method,
      headers,
      agent,
    });
    signal.addEventListener("abort", onAbort, { once: true });
    req.on("error", finish);
    req.on("response", (res) => {
      response = res;
      const headers = headersOf(res);
      readBody(res, headers, request.maxResponseBytes, (error, text) => {
        if (error !== undefined) finish(error);
        else finish(undefined, { status: res.statusCode ?? 0, headers, text: text! });
      });
    });
    if (body && body.byteLength > 0) req.end(body);
    else req.end();
  });
}

/** Reads the body as UTF-8 text (a BOM dropped, as fetch's `text()` does), under the cap. */
function readBody(
  res: Http.IncomingMessage,
  headers: NodeHeaders,
  limit: number,
  done: (error: unknown, text?: string) => void,
): void {
  const declared = headers.get("content-length");
  if (declared !== null && Number(declared) > limit) {
    done(new BodyTooLargeError(limit));
    return;
  }
  let stream: NodeJS.ReadableStream = res;
  const encoding = headers.get("content-encoding")?.toLowerCase();
  if (encoding && encoding !== "identity") {
    const decoder = decoderFor(encoding);
    // An encoding we cannot decode is read as is, as fetch does.
    if (decoder) {
      decoder.on("error", (error) => done(error));
      stream = res.pipe(decoder);
    }
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let ended = false;
  stream.on("data", (chunk: Buffer) => {
    total += chunk.byteLength;
    if (total > limit) {
      done(new BodyTooLargeError(limit));
      return;
    }
    chunks.push(chunk);
  });
  stream.on("end", () => {
    ended = true;
    if (chunks.length === 0) done(undefined, "");
    else done(undefined, utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
  });
  res.on("error", (error) => done(error));
  // A connection that closes before the body's end (a reset mid-body) is a network failure.
  res.on("close", () => {
    if (!ended && !res.complete) {
      done(
        Object.assign(new Error("the connection closed before the response ended"), {
          code: "ECONNRESET",
        }),
      );
    }
  });
}

function decoderFor(
  encoding: string,
): Zlib.Gunzip | Zlib.Inflate | Zlib.BrotliDecompress | undefined {
  const zlib = builtin<typeof Zlib>("node:zlib");
  // Lenient flushes, as fetch decodes: a body cut at a block boundary still yields what it held.
  if (encoding === "gzip" || encoding === "x-gzip") {
    return zlib.createGunzip({
      flush: zlib.constants.Z_SYNC_FLUSH,
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
    });
  }
  if (encoding === "deflate") return zlib.createInflate();
  if (encoding === "br") return zlib.createBrotliDecompress();
  return undefined;
}

/** The response's headers as a Headers (repeated fields kept), from what Node's parser checked. */
function headersOf(res: Http.IncomingMessage): NodeHeaders {
  const headers = new NodeHeaders();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.appendParsed(raw[i]!, raw[i + 1]!);
  return headers;
}
