/**
 * `@cancel/fabric-workload/server/node`: the jobs handler on Node's `http` server (and Express,
 * Fastify's `raw`, Next.js API routes: anything with Node's request and response objects). Typed
 * structurally, so it imports nothing from `node:`.
 */
import type { JobsHandler } from "./handler.js";

/** The parts of Node's `http.IncomingMessage` the adapter reads. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true` (then the Fetch request's URL is `https:`). */
  socket?: unknown;
}

/** The parts of Node's `http.ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array): unknown;
  on(event: "close", listener: () => void): unknown;
  readonly writableFinished?: boolean | undefined;
}

/**
 * Turns a Node request into a Fetch `Request`. The body is not read: no jobs operation has one
 * (Node discards an unread body once the answer is sent).
 */
export function toFetchRequest(req: NodeRequestLike, signal?: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const host =
    typeof req.headers.host === "string" && req.headers.host !== ""
      ? req.headers.host
      : "localhost";
  const scheme = (req.socket as { encrypted?: boolean } | null | undefined)?.encrypted
    ? "https"
    : "http";
  return new Request(`${scheme}://${host}${req.url ?? "/"}`, {
    method: req.method ?? "GET",
    headers,
    ...(signal ? { signal } : {}),
  });
}

/** Writes a Fetch `Response` to a Node response. */
export async function sendFetchResponse(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/**
 * A Node request listener answering through `handler`, e.g.
 * `http.createServer(toNodeListener(createJobsHandler({ … }))).listen(5000)`. The Fetch request's
 * `signal` aborts when the client goes away before the answer.
 */
export function toNodeListener(
  handler: JobsHandler,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    let request: Request;
    try {
      request = toFetchRequest(req, controller.signal);
    } catch {
      // A request Node let through but the URL parser refuses (a bad Host header).
      await sendFetchResponse(res, new Response(null, { status: 400 }));
      return;
    }
    let response: Response;
    try {
      response = await handler(request);
    } catch {
      // The jobs handler answers every error itself; a handler that throws says nothing more.
      response = new Response(null, { status: 500 });
    }
    await sendFetchResponse(res, response);
  };
}
