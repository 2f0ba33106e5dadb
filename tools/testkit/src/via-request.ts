/**
 * Adapts a test double written against `Request` (`(request) => Response`) to the clients'
 * `fetch(url, init)` option: each call gets the Request that global fetch would have built.
 */
export function viaRequest(
  handler: (request: Request) => Response | Promise<Response>,
): (url: string, init: RequestInit) => Promise<Response> {
  return async (url, init) => {
    const request = new Request(url, init);
    // A Request follows its init signal only weakly: a double that never answers (waiting for
    // the abort) would be collected with its Request and never see it. The listener keeps both.
    init.signal?.addEventListener("abort", () => request.signal.aborted, { once: true });
    return handler(request);
  };
}

/** The request an auth hook sees (structurally `OutgoingRequest` of `@cancel/core`). */
interface HookRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: Uint8Array | undefined;
  readonly signal: AbortSignal;
}

/**
 * Runs an `authenticate` hook on a `Request` the way the transport does (a fresh copy of the
 * headers, the body bytes, the signal) and returns the Request that would be sent.
 */
export async function authenticateRequest<Context extends { body?: Uint8Array | undefined }>(
  hook: (request: HookRequest, context: Context) => unknown,
  request: Request,
  context: Context,
): Promise<Request> {
  const body =
    context.body ??
    (request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined);
  const outgoing: HookRequest = {
    method: request.method,
    url: new URL(request.url),
    headers: new Headers(request.headers),
    body,
    signal: request.signal,
  };
  const returned = (await hook(outgoing, { ...context, body })) as HookRequest | undefined;
  const sent = returned ?? outgoing;
  return new Request(sent.url, {
    method: sent.method,
    headers: sent.headers,
    body: sent.body as BodyInit | undefined,
    signal: sent.signal,
  });
}
