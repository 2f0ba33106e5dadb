import { viaRequest } from "@cancel/testkit";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createProviderClient, invoke, type Operation } from "../src/client.js";
import { systemClock } from "../src/clock.js";
import {
  AbortError,
  ApiError,
  ConnectionError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "../src/errors.js";
import {
  backoffDelay,
  classify,
  DEFAULTS,
  MAX_TIMER_MS,
  parseRetryAfter,
  RetryBudget,
  resolveRetryOptions,
} from "../src/retry-policy.js";
import type { AttemptEvent, AuthContext } from "../src/transport.js";

interface Paths {
  "/jobs/{id}": {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Record<string, unknown>; content: { "application/json": { ok: boolean } } };
      };
    };
  };
}

const cancelJob: Operation<{ id: string }, { ok: boolean }, Paths> = {
  operationId: "cancelJob",
  method: "DELETE",
  path: "/jobs/{id}",
  fields: [{ key: "id", name: "id", in: "path", required: true, schema: { type: "string" } }],
  success: { "200": { json: true, emptyOk: false } },
};

const errors = {
  code: [{ from: "body" as const, pointer: "/code" }],
  message: [{ from: "body" as const, pointer: "/message" }],
  requestId: [{ from: "header" as const, name: "x-request-id" }],
};

/** A clock whose sleeps return at once and move virtual time forward. */
function fakeClock(start = Date.parse("2026-01-01T00:00:00Z")) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}

type Reply = Response | (() => Response | Promise<Response>) | Error;

function scripted(replies: Reply[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const next = replies[Math.min(requests.length - 1, replies.length - 1)]!;
    if (next instanceof Error) throw next;
    if (typeof next === "function") return next();
    return next.clone();
  };
  return { requests, fetch };
}

const ok = () => Response.json({ ok: true }, { headers: { "x-request-id": "req-ok" } });
const status = (
  code: number,
  headers: Record<string, string> = {},
  body: unknown = { code: `E${code}`, message: "m" },
) => Response.json(body, { status: code, headers });

function client(replies: Reply[], extra: Record<string, unknown> = {}) {
  const clock = fakeClock();
  const events: AttemptEvent[] = [];
  const wire = scripted(replies);
  const c = createProviderClient<Paths>(
    {
      provider: "test",
      errors,
      retryCodes: {
        throttling: [{ codes: ["SlowDown"] }],
        transient: [{ message: "try again later" }],
        final: [{ codes: ["0175"] }],
      },
    },
    {
      baseUrl: "https://api.example",
      fetch: viaRequest(wire.fetch),
      clock,
      random: () => 0.5,
      onAttempt: (e) => events.push(e),
      ...extra,
    },
  );
  return { c, clock, events, requests: wire.requests };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("defaults", () => {
  it("are the documented ones (update the README table when this changes)", () => {
    expect(DEFAULTS).toEqual({
      maxAttempts: 3,
      baseDelayMs: 100,
      throttlingBaseDelayMs: 500,
      maxDelayMs: 20_000,
      maxRetryAfterMs: 60_000,
      attemptTimeoutMs: 30_000,
      deadlineMs: 120_000,
      maxResponseBytes: 1_048_576,
      retryBudgetCapacity: 500,
      retryCost: 5,
      timeoutRetryCost: 10,
      successRefund: 1,
    });
    expect(Object.isFrozen(DEFAULTS)).toBe(true);
  });

  it("layers client and call options, `false` meaning one attempt", () => {
    expect(resolveRetryOptions({ maxAttempts: 5 }, { baseDelayMs: 1 })).toMatchObject({
      maxAttempts: 5,
      baseDelayMs: 1,
    });
    expect(resolveRetryOptions({ maxAttempts: 5 }, false).maxAttempts).toBe(1);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each<[string, Record<string, string>, number | undefined]>([
    ["retry-after-ms wins", { "retry-after-ms": "250", "retry-after": "9" }, 250],
    ["seconds", { "retry-after": "2" }, 2000],
    ["zero", { "retry-after": "0" }, 0],
    ["absurd seconds kept (the cap decides)", { "retry-after": "9999999999" }, 9_999_999_999_000],
    ["future HTTP-date", { "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }, 30_000],
    ["past HTTP-date is 0", { "retry-after": "Wed, 31 Dec 2025 23:00:00 GMT" }, 0],
    ["loose date ignored", { "retry-after": "2026-01-01T00:00:30Z" }, undefined],
    ["negative ignored", { "retry-after": "-5" }, undefined],
    ["fraction of seconds ignored", { "retry-after": "1.5" }, undefined],
    ["garbage ignored", { "retry-after": "soon" }, undefined],
    ["garbage ms falls back to seconds", { "retry-after-ms": "x", "retry-after": "1" }, 1000],
    ["absent", {}, undefined],
  ])("%s", (_name, headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });
});

describe("backoff", () => {
  const policy = resolveRetryOptions();
  it.each([
    [1, false, 1, 200],
    [2, false, 1, 400],
    [1, true, 1, 1000],
    [10, false, 1, 20_000],
    [40, true, 1, 20_000],
    [3, false, 0, 0],
  ])("retry %i throttling %s random %f → ceiling %i", (retry, throttling, random, expected) => {
    expect(backoffDelay(retry, throttling, policy, () => random)).toBe(expected);
  });
});

describe("classify", () => {
  const api = (s: number, code?: string, vendorMessage?: string) =>
    new ApiError({ status: s, code, vendorMessage, retryable: false });
  it.each<[string, Parameters<typeof classify>[0], boolean, boolean]>([
    ["408", api(408), true, false],
    ["429", api(429), true, true],
    ["500", api(500), true, false],
    ["502", api(502), true, false],
    ["503", api(503), true, false],
    ["504", api(504), true, false],
    ["501 never", api(501), false, false],
    ["505 never", api(505), false, false],
    ["400 never", api(400), false, false],
    ["404 never", api(404), false, false],
    ["vendor throttling code on a 400", api(400, "SlowDown"), true, true],
    ["vendor transient message", api(400, "X", "Please try again later"), true, false],
    ["a final vendor code is never retried, even as a 500", api(500, "0175"), false, false],
    ["a final vendor code on a 503", api(503, "0175"), false, false],
    ["a final message on a 500", api(500, "X", "This will never work"), false, false],
    [
      "the final message on another status is not final",
      api(502, "X", "will never work"),
      true,
      false,
    ],
    ["connection error", new ConnectionError("reset"), true, false],
    ["timeout", new TimeoutError("slow"), true, false],
    ["deadline timeout", new TimeoutError("deadline", { retryable: false }), false, false],
    ["user abort never", new AbortError("stop"), false, false],
  ])("%s", (_name, error, retry, throttling) => {
    const decision = classify(error, {
      throttling: [{ codes: ["SlowDown"] }],
      transient: [{ message: "try again later" }],
      final: [{ codes: ["0175"] }, { status: 500, message: "will never work" }],
    });
    expect(decision.retry).toBe(retry);
    if (retry) expect(decision.throttling).toBe(throttling);
  });
});

describe("retry budget", () => {
  it("takes tokens per retry, refunds on success, refuses when empty", () => {
    const budget = new RetryBudget(12);
    expect(budget.tryAcquire(5)).toBe(true);
    expect(budget.tryAcquire(5)).toBe(true);
    expect(budget.tryAcquire(5)).toBe(false);
    expect(budget.available).toBe(2);
    budget.release(10);
    expect(budget.available).toBe(12);
    budget.release(0);
    expect(budget.available).toBe(12);
  });
});

describe("transport retries", () => {
  it("retries 503 then succeeds: exactly the attempts needed, fresh request and auth each time", async () => {
    const auth = vi.fn((request: Request, _context: AuthContext) => {
      request.headers.set("x-signature", `sig-${request.headers.get("x-attempt-marker") ?? "?"}`);
      return request;
    });
    const { c, clock, events, requests } = client([status(503), status(503), ok()], {
      authenticate: auth,
    });
    await expect(invoke(c, cancelJob, { id: "j" })).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(3);
    expect(new Set(requests).size).toBe(3);
    expect(auth.mock.calls.map((call) => call[1].attempt)).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([100, 200]);
    expect(events.map((e) => [e.attempt, e.outcome, e.delayMs, e.status])).toEqual([
      [1, "retry", 100, 503],
      [2, "retry", 200, 503],
      [3, "success", 0, 200],
    ]);
    expect(events[2]!.requestId).toBe("req-ok");
  });

  it("a call's own onAttempt sees that call's attempts, after the client's; neither can break it", async () => {
    const order: string[] = [];
    const { c } = client([status(503), ok()], {
      onAttempt: (e: AttemptEvent) => order.push(`client ${e.attempt}`),
    });
    const own: AttemptEvent[] = [];
    const onAttempt = (e: AttemptEvent) => {
      order.push(`call ${e.attempt}`);
      own.push(e);
    };
    await expect(invoke(c, cancelJob, { id: "j" }, { onAttempt })).resolves.toEqual({ ok: true });
    expect(own.map((e) => [e.operation, e.attempt, e.outcome, e.status])).toEqual([
      ["cancelJob", 1, "retry", 503],
      ["cancelJob", 2, "success", 200],
    ]);
    expect(order).toEqual(["client 1", "call 1", "client 2", "call 2"]);
    // Another call without one: its attempts reach only the client's observer.
    await invoke(c, cancelJob, { id: "j" });
    expect(own).toHaveLength(2);

    const throwing = client([status(503), ok()], {
      onAttempt: () => {
        throw new Error("client observer down");
      },
    });
    await expect(
      invoke(
        throwing.c,
        cancelJob,
        { id: "j" },
        {
          onAttempt: () => {
            throw new Error("call observer down");
          },
        },
      ),
    ).resolves.toEqual({ ok: true });
  });

  it("gives up after 3 attempts with the last error and its attempt count", async () => {
    const { c, requests } = client([status(500)]);
    const error = (await invoke(c, cancelJob, { id: "j" }).catch((e: unknown) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.attempts).toBe(3);
    expect(requests).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 409, 501, 505])("never retries %i", async (code) => {
    const { c, requests } = client([status(code)]);
    await expect(invoke(c, cancelJob, { id: "j" })).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
  });

  it("retries network errors found through the cause chain", async () => {
    const reset = new TypeError("fetch failed", {
      cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
    });
    const { c, requests, clock } = client([reset, ok()]);
    await expect(invoke(c, cancelJob, { id: "j" })).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([100]);
  });

  it("backs off longer for the vendor's throttling code", async () => {
    const { c, clock } = client([status(400, {}, { code: "SlowDown", message: "slow" }), ok()]);
    await invoke(c, cancelJob, { id: "j" });
    expect(clock.sleeps).toEqual([500]);
  });

  it("uses Retry-After as a floor on the backoff", async () => {
    const { c, clock } = client([status(429, { "retry-after": "3" }), ok()]);
    await invoke(c, cancelJob, { id: "j" });
    expect(clock.sleeps).toEqual([3000]);
  });

  it.each([
    ["86400 s", { "retry-after": "86400" }, 86_400_000],
    ["9999999999 s", { "retry-after": "9999999999" }, 9_999_999_999_000],
    ["a far HTTP-date", { "retry-after": "Fri, 01 Jan 2027 00:00:00 GMT" }, 31_536_000_000],
  ])(
    "fails at once when the server asks for %s (over the 60 s cap), carrying the wait",
    async (_name, headers, wait) => {
      const { c, requests, clock } = client([status(429, headers)]);
      const error = (await invoke(c, cancelJob, { id: "j" }).catch(
        (e: unknown) => e,
      )) as RateLimitError;
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryAfterMs).toBe(wait);
      expect(error.message).toContain(`asked to wait ${wait} ms`);
      expect(requests).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
    },
  );

  it("ignores junk Retry-After and a past date (backoff alone)", async () => {
    const { c, clock } = client([
      status(503, { "retry-after": "soon" }),
      status(503, { "retry-after": "Wed, 31 Dec 2025 23:00:00 GMT" }),
      ok(),
    ]);
    await invoke(c, cancelJob, { id: "j" });
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it("never sleeps across the deadline", async () => {
    const { c, requests, clock } = client([status(429, { "retry-after": "5" })], {
      deadlineMs: 4000,
    });
    await expect(invoke(c, cancelJob, { id: "j" })).rejects.toBeInstanceOf(RateLimitError);
    expect(requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("ends at once when aborted during backoff, sending nothing more", async () => {
    const controller = new AbortController();
    const wire = scripted([status(503)]);
    const c = createProviderClient<Paths>(
      { provider: "test", errors },
      {
        baseUrl: "https://api.example",
        fetch: viaRequest(wire.fetch),
        clock: {
          now: () => 0,
          sleep: (_ms, signal) =>
            new Promise((_resolve, reject) => {
              signal?.addEventListener("abort", () => reject(signal.reason));
              controller.abort();
            }),
        },
      },
    );
    const error = (await invoke(c, cancelJob, { id: "j" }, { signal: controller.signal }).catch(
      (e: unknown) => e,
    )) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toContain("during backoff");
    expect(wire.requests).toHaveLength(1);
  });

  it("fails fast after the first attempt once the retry budget is empty", async () => {
    const budget = new RetryBudget(5);
    const { c, requests } = client([status(503)], { retryBudget: budget });
    await expect(invoke(c, cancelJob, { id: "j" })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(2);
    expect(budget.available).toBe(0);
    requests.length = 0;
    await expect(invoke(c, cancelJob, { id: "j" })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  it("`retry: false` on a call sends once", async () => {
    const { c, requests } = client([status(503)]);
    await expect(invoke(c, cancelJob, { id: "j" }, { retry: false })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(requests).toHaveLength(1);
  });

  it("sends a final vendor answer once, whatever its status, and calls it not retryable", async () => {
    const { c, requests } = client([
      status(500, {}, { code: "0175", message: "Failed to terminate the job." }),
    ]);
    await expect(invoke(c, cancelJob, { id: "j" })).rejects.toMatchObject({
      status: 500,
      code: "0175",
      retryable: false,
    });
    expect(requests).toHaveLength(1);
  });

  it("times out a hung attempt and retries it, within the deadline", async () => {
    let calls = 0;
    const hang = (request: Request) =>
      new Promise<Response>((resolve, reject) => {
        calls++;
        if (calls === 2) resolve(ok());
        request.signal.addEventListener("abort", () => reject(request.signal.reason));
      });
    const c = createProviderClient<Paths>(
      { provider: "test", errors },
      {
        baseUrl: "https://api.example",
        fetch: viaRequest(hang),
        timeoutMs: 20,
        clock: fakeClock(),
        random: () => 0,
      },
    );
    await expect(invoke(c, cancelJob, { id: "j" })).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it("never hands a timer more than 2^31-1 ms", async () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(globalThis, "setTimeout");
    const pending = systemClock.sleep(2 ** 40);
    expect(spy.mock.calls[0]![1]).toBe(MAX_TIMER_MS);
    vi.advanceTimersByTime(MAX_TIMER_MS);
    await pending;
  });

  it("events never carry credentials", async () => {
    const secret = "s3cr3t-token-value";
    const { c, events } = client([status(503), ok()], {
      authenticate: (request: Request) => {
        request.headers.set("authorization", `Bearer ${secret}`);
        return request;
      },
    });
    await invoke(c, cancelJob, { id: "j" });
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain(secret);
  });
});
