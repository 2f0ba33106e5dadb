/**
 * The runtime on Node: the `node` target of `#platform` (see `web.ts` for everywhere else). Sends
 * with `node:http`/`node:https` and a keep-alive agent per client; hashes with `node:crypto`.
 * Nothing here loads a built-in module at import time.
 */
import type * as Http from "node:http";
import type { FetchLike, HttpSender } from "../../http-sender.js";
import type { NetworkOptions } from "../../network.js";
import { NodeHeaders } from "./headers.js";
import { createNodeSender, IDLE_SOCKET_MS } from "./http-sender.js";
import { createProxyAgent } from "./proxy-agent.js";
import { proxyFor } from "./proxy-env.js";
import { secureContextFor } from "./trust.js";

export { hmacSigner, sha256, sha256Hex } from "./hashing.js";

export const runtime: "node" | "fetch" = "node";

/** A Headers that does not load undici (Node's global one does, on first use). */
export function createHeaders(init?: HeadersInit): Headers {
  return new NodeHeaders(init);
}

/**
 * The sender a client uses when it is given no `fetch`: direct, or through the proxy the `proxy`
 * option or the environment names for `baseUrl` (every request stays under it), trusting the `ca`
 * option's CAs besides Node's.
 */
export function defaultSender(
  options: NetworkOptions & { provider?: string } = {},
  baseUrl?: URL,
): HttpSender {
  const proxy = baseUrl ? proxyFor(baseUrl, options.proxy, options.provider) : undefined;
  const secureContext =
    options.ca === undefined ? undefined : secureContextFor(options.ca, options.provider);
  if (proxy === undefined) return createNodeSender({ secureContext });
  let agent: Promise<Http.Agent> | undefined;
  return createNodeSender({
    agent: () => {
      // Loaded once per client; a failed load is tried again on the next request.
      agent ??= createProxyAgent(proxy, { keepAliveMs: IDLE_SOCKET_MS, secureContext }).catch(
        (error: unknown) => {
          agent = undefined;
          throw error;
        },
      );
      return agent;
    },
  });
}

/**
 * `AuthContext.fetch` of a client without a `fetch` option: a request of an auth hook's own (a
 * token request) on the client's sender, so it takes the client's proxy and CA. Redirects are not
 * followed; a body is a string or bytes.
 */
export function senderFetch(sender: HttpSender, maxResponseBytes: number): FetchLike {
  return async (url, init) => {
    const { body } = init;
    if (body != null && typeof body !== "string" && !(body instanceof Uint8Array)) {
      throw new TypeError("AuthContext.fetch sends a string or Uint8Array body only");
    }
    const answer = await sender.send({
      method: init.method ?? "GET",
      url: new URL(url),
      headers: new NodeHeaders(init.headers),
      body: typeof body === "string" ? new TextEncoder().encode(body) : (body ?? undefined),
      signal: init.signal ?? new AbortController().signal,
      maxResponseBytes,
    });
    // A Response may carry no body with these statuses (and a 1xx never ends a request).
    const empty = [204, 205, 304].includes(answer.status) || answer.status < 200;
    return new Response(empty ? null : answer.text, {
      status: answer.status < 200 ? 502 : answer.status,
      headers: answer.headers,
    });
  };
}
