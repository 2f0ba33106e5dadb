import { http, type RequestHandler } from "msw";
import { setupServer } from "msw/node";

/** One request as it reached the (mock) wire. */
export interface RecordedRequest {
  method: string;
  url: URL;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The raw body text ("" when there is none). */
  body: string;
}

export interface MockServer {
  server: ReturnType<typeof setupServer>;
  /** Every request msw saw since the last reset, in order. */
  requests: RecordedRequest[];
  /** Replaces the handlers for one test. */
  use(...handlers: RequestHandler[]): void;
  listen(): void;
  reset(): void;
  close(): void;
}

/**
 * An msw server that fails on unhandled requests (msw 3: `onUnhandledFrame: "error"`) and records every request it sees, so tests can
 * assert the exact request on the wire and that invalid input sent nothing.
 */
export function createMockServer(...handlers: RequestHandler[]): MockServer {
  const pending = new WeakMap<Request, Promise<void>>();
  // Never matches (so unhandled requests still fail), but its predicate runs before every other
  // handler and waits until the body is recorded: a test asserting right after the call sees it.
  const bodyRecorded = http.all(
    async ({ request }) => {
      await pending.get(request);
      return false;
    },
    () => undefined,
  );
  const server = setupServer(bodyRecorded, ...handlers);
  const requests: RecordedRequest[] = [];
  server.events.on("request:start", ({ request }) => {
    const copy = request.clone();
    const entry: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v])),
      body: "",
    };
    requests.push(entry);
    pending.set(
      request,
      copy.text().then((text) => {
        entry.body = text;
      }),
    );
  });
  return {
    server,
    requests,
    use: (...more) => server.use(bodyRecorded, ...more),
    listen: () => server.listen({ onUnhandledFrame: "error" }),
    reset: () => {
      server.resetHandlers();
      requests.length = 0;
    },
    close: () => server.close(),
  };
}
