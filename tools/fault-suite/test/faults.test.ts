// Every fault from the transport issue, against every provider's cancel, on a real loopback
// socket. Backoff runs on a fake clock (no real wait over 100 ms); the hang test times out at 50 ms.
import { inspect } from "node:util";
import {
  AbortError,
  ApiError,
  CancelSdkError,
  type ConfirmedCancel,
  ConnectionError,
  RedirectError,
  ResponseParseError,
  ServerError,
  TimeoutError,
} from "@cancel/core";
import { type FaultServer, refusedPort, startFaultServer } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  commonOptions,
  fakeClock,
  type Harness,
  type ProviderCase,
  providers,
  SECRET,
  SENDERS,
} from "./providers.ts";

let server: FaultServer;
let elsewhere: FaultServer;
let harness: Harness;

beforeAll(async () => {
  server = await startFaultServer();
  elsewhere = await startFaultServer();
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});
beforeEach(() => {
  harness = { clock: fakeClock(), events: [], sender: {} };
  elsewhere.script({ kind: "respond", status: 200, body: "{}" });
});

/** Every rendering of an error a program might log. */
function renderings(error: unknown): string {
  const parts = [String(error), inspect(error, { depth: 10 }), JSON.stringify(error)];
  let cause = (error as { cause?: unknown })?.cause;
  for (let i = 0; cause && i < 5; i++) {
    parts.push(String(cause), inspect(cause, { depth: 5 }));
    cause = (cause as { cause?: unknown }).cause;
  }
  return parts.join("\n");
}

async function run(p: ProviderCase, options = {}, signal?: AbortSignal) {
  const started = Date.now();
  const outcome = await p.cancel(server.url, commonOptions(harness, options), signal).then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );
  const took = Date.now() - started;
  // No fault takes the client over its own limits in real time.
  expect(took).toBeLessThan(2000);
  expect(renderings(outcome.error)).not.toContain(SECRET);
  expect(JSON.stringify(harness.events)).not.toContain(SECRET);
  for (const request of server.requests) expect(request.url).toBe(p.path);
  return outcome;
}

const ok = (p: ProviderCase) => ({
  kind: "respond" as const,
  status: p.ok.status,
  headers: { "content-type": "application/json" },
  body: p.ok.body,
});
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  kind: "respond" as const,
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe.each(SENDERS)("$name", (sender) => {
  beforeEach(() => {
    harness.sender = sender.options;
    if (!sender.globalFetchAllowed) {
      vi.stubGlobal("fetch", () => Promise.reject(new Error("the global fetch was used")));
    }
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  describe.each(providers)("$id", (p) => {
    it("connection refused: 3 attempts, then a retryable ConnectionError", async () => {
      const port = await refusedPort();
      const outcome = await p
        .cancel(`http://127.0.0.1:${port}`, commonOptions(harness))
        .catch((e: unknown) => e);
      expect(outcome).toBeInstanceOf(ConnectionError);
      expect((outcome as ConnectionError).attempts).toBe(3);
      expect((outcome as ConnectionError).message).toContain("ECONNREFUSED");
      expect(harness.clock.sleeps).toEqual([100, 200]);
      expect(renderings(outcome)).not.toContain(SECRET);
    });

    it("connection reset before the response: retried, then success", async () => {
      server.script({ kind: "reset-before" }, ok(p));
      const { value, error } = await run(p);
      expect(error).toBeUndefined();
      expect(value).toEqual(p.ok.result);
      expect(server.requests).toHaveLength(2);
    });

    it("connection reset in the middle of the body: retried, then success", async () => {
      server.script(
        {
          kind: "reset-mid-body",
          status: 200,
          headers: { "content-type": "application/json" },
          partial: '{"status":"Canc',
          declaredLength: 400,
        },
        ok(p),
      );
      const { value, error } = await run(p);
      expect(error).toBeUndefined();
      expect(value).toEqual(p.ok.result);
      expect(server.requests).toHaveLength(2);
    });

    it("reset mid-body on every attempt: ConnectionError after exactly 3 requests", async () => {
      server.script({ kind: "reset-mid-body", status: 200, partial: "{", declaredLength: 100 });
      const { error } = await run(p);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).attempts).toBe(3);
      expect(server.requests).toHaveLength(3);
    });

    it("a hang: each attempt times out at 50 ms, 3 attempts, TimeoutError", async () => {
      server.script({ kind: "hang" });
      const { error } = await run(p, { timeoutMs: 50 });
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).attempts).toBe(3);
      // On a loaded machine the server may read the last attempt's request after the client has
      // given up on it: wait for it here, so it can never be taken for the next test's request.
      await vi.waitFor(() => expect(server.requests).toHaveLength(3));
    });

    it.each([
      ["429 retry-after-ms", 429, { "retry-after-ms": "1500" }, 1500],
      ["429 Retry-After seconds", 429, { "retry-after": "2" }, 2000],
      ["503 Retry-After HTTP-date", 503, { "retry-after": "Thu, 01 Jan 2026 00:00:07 GMT" }, 7000],
      [
        "503 Retry-After past date (backoff only)",
        503,
        { "retry-after": "Wed, 31 Dec 2025 00:00:00 GMT" },
        100,
      ],
      ["429 Retry-After garbage (throttling backoff only)", 429, { "retry-after": "later" }, 500],
    ])(
      "%s: waits as asked, then success on the 2nd request",
      async (_name, status, headers, wait) => {
        server.script(json(status, { message: "slow down" }, headers), ok(p));
        const { value, error } = await run(p);
        expect(error).toBeUndefined();
        expect(value).toEqual(p.ok.result);
        expect(server.requests).toHaveLength(2);
        expect(harness.clock.sleeps, JSON.stringify(harness.events)).toEqual([wait]);
        expect(harness.events.map((e) => e.outcome)).toEqual(["retry", "success"]);
      },
    );

    it.each([
      ["86400", { "retry-after": "86400" }, 86_400_000],
      ["9999999999", { "retry-after": "9999999999" }, 9_999_999_999_000],
    ])(
      "429 Retry-After %s (absurd): fails at once with the requested wait",
      async (_name, headers, wait) => {
        server.script(json(429, { message: "slow down" }, headers));
        const { error } = await run(p);
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).status).toBe(429);
        expect((error as ApiError).retryAfterMs).toBe(wait);
        expect(server.requests).toHaveLength(1);
        expect(harness.clock.sleeps).toEqual([]);
      },
    );

    it("an HTML 502 from a proxy: retryable ServerError with a snippet, 3 requests", async () => {
      server.script({
        kind: "respond",
        status: 502,
        headers: { "content-type": "text/html" },
        body: "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
      });
      const { error } = await run(p);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({
        status: 502,
        retryable: true,
        contentType: "text/html",
        attempts: 3,
      });
      expect((error as ServerError).snippet).toContain("502 Bad Gateway");
      expect(server.requests).toHaveLength(3);
    });

    it("truncated JSON on a 200: typed parse error (or ignored where the spec has no body), never retried", async () => {
      server.script({
        kind: "respond",
        status: 200,
        headers: { "content-type": "application/json" },
        body: '{"status":"Canc',
      });
      const { value, error } = await run(p);
      if (p.expectsBody) {
        expect(error).toBeInstanceOf(ResponseParseError);
        expect(error).toMatchObject({
          status: 200,
          contentType: "application/json",
          snippet: '{"status":"Canc',
        });
      } else {
        expect(error).toBeUndefined();
        expect(value).toBeUndefined();
      }
      expect(server.requests).toHaveLength(1);
    });

    it("a 200 with HTML: typed parse error (or ignored where the spec has no body)", async () => {
      server.script({
        kind: "respond",
        status: 200,
        headers: { "content-type": "text/html" },
        body: "<html>Login</html>",
      });
      const { error } = await run(p);
      if (p.expectsBody) expect(error).toBeInstanceOf(ResponseParseError);
      else expect(error).toBeUndefined();
      expect(server.requests).toHaveLength(1);
    });

    it("a __proto__ payload cannot pollute prototypes", async () => {
      const body = p.expectsBody
        ? `${p.ok.body.slice(0, -1)}${p.ok.body.length > 2 ? "," : ""}"__proto__":{"polluted":"yes"}}`
        : '{"__proto__":{"polluted":"yes"}}';
      server.script({
        kind: "respond",
        status: 200,
        headers: { "content-type": "application/json" },
        body,
      });
      const { value, error } = await run(p);
      expect(error).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.assign({}, value as object)).not.toHaveProperty("polluted");
      expect(value).toEqual(p.ok.result);
    });

    it("a 10 MiB body: cut off at the 1 MiB cap with a typed error, not retried", async () => {
      server.script({
        kind: "respond",
        status: 200,
        headers: { "content-type": "application/json" },
        body: Buffer.alloc(10 * 1024 * 1024, 0x20),
      });
      const { error } = await run(p);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as ResponseParseError).message).toContain("exceeds 1048576 bytes");
      expect(server.requests).toHaveLength(1);
    });

    it("a cross-origin 302: RedirectError, not followed, not retried", async () => {
      server.script({
        kind: "respond",
        status: 302,
        headers: { location: `${elsewhere.url}/steal` },
      });
      const { error } = await run(p);
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status: 302, retryable: false });
      expect(server.requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
    });

    it("abort during backoff: AbortError at once, nothing more sent", async () => {
      const controller = new AbortController();
      server.script(json(503, { message: "busy" }));
      const clock = harness.clock;
      const sleep = clock.sleep;
      clock.sleep = async (ms, signal) => {
        controller.abort(new Error("caller gave up"));
        return sleep(ms, signal);
      };
      const { error } = await run(p, {}, controller.signal);
      expect(error).toBeInstanceOf(AbortError);
      expect((error as AbortError).message).toContain("during backoff");
      expect(server.requests).toHaveLength(1);
    });

    it("a retry that meets an ambiguous refusal is settled by one status read", async () => {
      const ambiguous = p.ambiguous;
      server.script(
        json(503, { message: "busy" }),
        ambiguous
          ? json(ambiguous.status, ambiguous.body, { "x-amzn-errortype": ambiguous.code })
          : ok(p),
        ...(ambiguous ? [json(ambiguous.read.status, ambiguous.read.body)] : []),
      );
      const outcome = await p
        .confirmed(server.url, commonOptions(harness, {}))
        .then((value) => value as ConfirmedCancel<unknown, unknown>);
      if (ambiguous) {
        expect(outcome.outcome).toBe("already-terminal");
        expect(outcome.state).toMatchObject({ state: ambiguous.read.state, terminal: true });
        expect(outcome.refusal).toMatchObject({ status: ambiguous.status, code: ambiguous.code });
        expect(server.requests.map((r) => r.url)).toEqual([p.path, p.path, ambiguous.read.path]);
      } else {
        // Databricks answers a cancel of a finished run with its normal success.
        expect(outcome.outcome).toBe("cancel-requested");
        expect(server.requests).toHaveLength(2);
      }
    });

    it("every typed outcome is a CancelSdkError with provider and operation", async () => {
      server.script(json(400, { message: "bad" }));
      const { error } = await run(p);
      expect(error).toBeInstanceOf(CancelSdkError);
      expect(error).toMatchObject({ provider: p.id, attempts: 1 });
    });
  });
});
