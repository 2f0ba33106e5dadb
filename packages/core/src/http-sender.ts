import { readBodyText } from "./response.js";

/**
 * The fetch the transport sends with: the standard `fetch(url, init)` signature, so the global
 * `fetch`, undici's or a wrapper of either can be passed as is.
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** One attempt, ready for the wire: authenticated, with its own abort signal. */
export interface SendRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array | undefined;
  /** Aborts on the attempt's timeout or the caller's abort: the send then rejects at once. */
  signal: AbortSignal;
  /** Largest response body read; a larger one rejects with `BodyTooLargeError`. */
  maxResponseBytes: number;
}

/** The answer of one attempt, its body read in full (redirects are never followed). */
export interface SendResult {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Sends one attempt over the platform's HTTP stack (`node:http` on Node, `fetch` elsewhere).
 * Rejects with whatever the stack throws on a network failure (the transport maps it to a typed
 * error), or with `BodyTooLargeError`.
 */
export interface HttpSender {
  send(request: SendRequest): Promise<SendResult>;
}

/** Sends with a `fetch` (the global one outside Node, or the caller's `fetch` option anywhere). */
export function fetchSender(fetchImpl: FetchLike): HttpSender {
  return {
    async send(request) {
      const response = await fetchImpl(request.url.href, {
        method: request.method,
        headers: request.headers,
        body: request.body as BodyInit | undefined,
        redirect: "manual",
        signal: request.signal,
      });
      const text = await readBodyText(response, request.maxResponseBytes);
      // Browsers report a manual redirect as an opaque response with status 0.
      const status = response.type === "opaqueredirect" ? 302 : response.status;
      return { status, headers: response.headers, text };
    },
  };
}
