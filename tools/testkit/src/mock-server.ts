import type { RequestHandler } from "msw";
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
  const server = setupServer(...handlers);
  const requests: RecordedRequest[] = [];
  const pending: Promise<void>[] = [];
  server.events.on("request:start", ({ request }) => {
    const copy = request.clone();
    const entry: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v])),
      body: "",
    };
    requests.push(entry);
    pending.push(
      copy.text().then((text) => {
        entry.body = text;
      }),
    );
  });
  return {
    server,
    requests,
    use: (...more) => server.use(...more),
    listen: () => server.listen({ onUnhandledFrame: "error" }),
    reset: () => {
      server.resetHandlers();
      requests.length = 0;
      pending.length = 0;
    },
    close: () => server.close(),
  };
}
