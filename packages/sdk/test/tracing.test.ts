/**
 * Spans through a real OpenTelemetry SDK (in memory) against the `@cancel/testing` simulators:
 * one per cancel, status read, wait and cancelMany, nested as the calls are, with OpenTelemetry's
 * attribute names and ours (`cancel.*`), an error's kind as `error.type` and span status ERROR.
 */
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CancelError, createCancelClient } from "../src/index.js";
import { autoClock, IDS, TARGETS, unexpected } from "./helpers.js";
import { isChildOf, memoryTracing, names } from "./otel.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const otel = memoryTracing();
const TARGET = TARGETS["emr-serverless"];
const HOST = "emr-serverless.us-east-1.amazonaws.com";
const KEY = { accessKeyId: "AKIASDKTRACING000001", secretAccessKey: "sdkTracingSecret/0123456789" };
const run = (jobRunId: string) => ({ applicationId: IDS.applicationId, jobRunId });

let sims: Simulators;
let clock: ReturnType<typeof autoClock>;
beforeEach(() => {
  clock = autoClock();
  // The run takes 5 s of simulated time to stop once cancelled: a wait polls a few times.
  sims = createSimulators({
    clock,
    cancelDelayMs: 5000,
    emrServerless: { credentials: [KEY], region: "us-east-1" },
  });
  mock.use(...simulatorHandlers(sims));
});

const client = (extra = {}) =>
  createCancelClient({
    emrServerless: { region: "us-east-1", credentials: KEY },
    tracer: otel.tracer,
    clock,
    random: () => 0,
    defaults: { retry: false },
    ...extra,
  });

describe("a cancel", () => {
  it("of a run that had ended: a cancel span, already-terminal, with the confirming read under it", async () => {
    sims.emrServerless.addJobRun({ ...run(IDS.jobRunId), state: "SUCCESS" });
    // The application's own span is the parent of the SDK's.
    const result = await otel.tracer.startActiveSpan("app", async (app) => {
      try {
        return await client().cancel(TARGET);
      } finally {
        app.end();
      }
    });
    expect(result.outcome).toBe("already-terminal");
    expect(names(otel.spans())).toBe("status emr-serverless, cancel emr-serverless, app");

    const cancel = otel.only("cancel emr-serverless");
    expect(isChildOf(cancel, otel.only("app"))).toBe(true);
    expect(cancel.kind).toBe(SpanKind.CLIENT);
    expect(cancel.status.code).toBe(SpanStatusCode.UNSET);
    expect(cancel.attributes).toEqual({
      "cancel.provider": "emr-serverless",
      "cancel.operation": "cancelJobRun",
      "http.request.method": "DELETE",
      "server.address": HOST,
      "server.port": 443,
      "cancel.outcome": "already-terminal",
      "cancel.attempts": 1,
      "cancel.request_id": result.requestId,
      "http.response.status_code": 400,
      "cancel.run_state": "succeeded",
    });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(cancel.events.map((e) => [e.name, e.attributes])).toEqual([
      [
        "cancel.attempt",
        {
          "cancel.operation": "cancelJobRun",
          "cancel.attempt": 1,
          "cancel.attempt.outcome": "error",
          "http.response.status_code": 400,
          "error.type": "BadRequestError",
          "cancel.error.code": "ValidationException",
          "cancel.request_id": result.requestId,
        },
      ],
    ]);

    const read = otel.only("status emr-serverless");
    expect(isChildOf(read, cancel)).toBe(true);
    expect(read.kind).toBe(SpanKind.CLIENT);
    expect(read.attributes).toEqual({
      "cancel.provider": "emr-serverless",
      "cancel.operation": "getJobRun",
      "cancel.confirming": true,
      "http.request.method": "GET",
      "server.address": HOST,
      "server.port": 443,
      "cancel.outcome": "ok",
      "cancel.attempts": 1,
      "cancel.request_id": result.final!.requestId,
      "http.response.status_code": 200,
    });
    expect(read.events.map((e) => e.attributes?.["cancel.operation"])).toEqual(["getJobRun"]);
  });

  it("of a running run with wait: the wait span under the cancel's, a status span per poll under it", async () => {
    sims.emrServerless.addJobRun(run(IDS.jobRunId));
    const result = await client().cancel(TARGET, { wait: { initialDelayMs: 1000 } });
    expect(result.final.state).toBe("cancelled");

    const cancel = otel.only("cancel emr-serverless");
    const wait = otel.only("wait emr-serverless");
    const polls = otel.named("status emr-serverless");
    expect(isChildOf(wait, cancel)).toBe(true);
    expect(polls.length).toBeGreaterThan(1);
    for (const poll of polls) expect(isChildOf(poll, wait)).toBe(true);
    expect(polls.map((p) => p.attributes["cancel.run_state"])).toEqual([
      ...polls.slice(1).map(() => "stopping"),
      "cancelled",
    ]);
    expect(wait.kind).toBe(SpanKind.INTERNAL);
    expect(wait.attributes).toEqual({
      "cancel.provider": "emr-serverless",
      "cancel.operation": "getJobRun",
      "cancel.outcome": "terminal",
      "cancel.polls": polls.length,
      "cancel.run_state": "cancelled",
    });
    expect(cancel.attributes).toMatchObject({
      "cancel.outcome": "cancel-requested",
      "cancel.attempts": 1,
      "http.response.status_code": 200,
      "cancel.run_state": "cancelled",
    });
  });

  it("retried after a throttle: one event per attempt, the retry's delay, two attempts", async () => {
    sims.emrServerless.addJobRun(run(IDS.jobRunId));
    sims.emrServerless.faults.add({
      fault: { kind: "throttle", retryAfterSeconds: 2 },
      operation: "cancelJobRun",
      times: 1,
    });
    await client({ defaults: {} }).cancel(TARGET);
    const cancel = otel.only("cancel emr-serverless");
    expect(cancel.attributes).toMatchObject({
      "cancel.attempts": 2,
      "cancel.outcome": "cancel-requested",
    });
    expect(cancel.events.map((e) => e.attributes)).toMatchObject([
      {
        "cancel.attempt": 1,
        "cancel.attempt.outcome": "retry",
        "http.response.status_code": 429,
        "error.type": "RateLimitError",
        "cancel.retry_delay_ms": 2000,
      },
      {
        "cancel.attempt": 2,
        "cancel.attempt.outcome": "success",
        "http.response.status_code": 200,
      },
    ]);
  });

  it("that fails: status ERROR with the CancelError's kind, never its message", async () => {
    // No such run: EMR answers 404 ResourceNotFoundException.
    const error = (await client()
      .cancel({ ...TARGET, jobRunId: "00nosuchrun" })
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error.kind).toBe("not-found");
    const cancel = otel.only("cancel emr-serverless");
    expect(cancel.status).toEqual({ code: SpanStatusCode.ERROR, message: "not-found" });
    expect(cancel.attributes).toMatchObject({
      "cancel.outcome": "error",
      "error.type": "not-found",
      "http.response.status_code": 404,
      "cancel.error.code": "ResourceNotFoundException",
      "cancel.request_id": error.requestId,
      "cancel.attempts": 1,
    });
    expect(error.message).not.toBe("");
    const texts = JSON.stringify(otel.spans().map((s) => [s.attributes, s.status, s.events]));
    expect(texts).not.toContain(error.vendorMessage!);
  });

  it("of a provider that is not configured: a span with the invalid-request, nothing sent", async () => {
    const sdk = createCancelClient({ tracer: otel.tracer });
    await expect(sdk.cancel(TARGET)).rejects.toMatchObject({ kind: "invalid-request" });
    const cancel = otel.only("cancel emr-serverless");
    expect(cancel.attributes).toMatchObject({
      "cancel.outcome": "error",
      "error.type": "invalid-request",
      "cancel.attempts": 0,
    });
    expect(cancel.attributes["server.address"]).toBeUndefined();
    expect(sims.emrServerless.requests).toEqual([]);
  });
});

describe("a status read and a wait", () => {
  it("status: a client span with the state read", async () => {
    sims.emrServerless.addJobRun(run(IDS.jobRunId));
    const status = await client().status(TARGET);
    const read = otel.only("status emr-serverless");
    expect(read.attributes).toEqual({
      "cancel.provider": "emr-serverless",
      "cancel.operation": "getJobRun",
      "http.request.method": "GET",
      "server.address": HOST,
      "server.port": 443,
      "cancel.outcome": "ok",
      "cancel.attempts": 1,
      "cancel.request_id": status.requestId,
      "http.response.status_code": 200,
      "cancel.run_state": "running",
      "cancel.vendor_state": "RUNNING",
    });
    expect(read.parentSpanContext).toBeUndefined();
  });

  it("a wait that times out: status ERROR, the last state and the polls", async () => {
    sims.emrServerless.addJobRun(run(IDS.jobRunId));
    await expect(
      client().waitUntilTerminal(TARGET, { timeoutMs: 2500, initialDelayMs: 1000 }),
    ).rejects.toMatchObject({ kind: "timeout" });
    const wait = otel.only("wait emr-serverless");
    const polls = otel.named("status emr-serverless");
    expect(wait.status).toEqual({ code: SpanStatusCode.ERROR, message: "timeout" });
    expect(wait.attributes).toMatchObject({
      "cancel.outcome": "error",
      "error.type": "timeout",
      "cancel.polls": polls.length,
      "cancel.run_state": "running",
    });
    expect(polls.length).toBeGreaterThan(1);
  });
});

describe("cancelMany", () => {
  it("one span with the counts, a cancel span per target under it", async () => {
    sims.emrServerless.addJobRun({ ...run("00finished"), state: "FAILED" });
    sims.emrServerless.addJobRun(run("00running"));
    const entries = await client().cancelMany([
      { ...TARGET, ...run("00finished") },
      { ...TARGET, ...run("00running") },
      { ...TARGET, ...run("00missing") },
    ]);
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.kind))).toEqual([
      "already-terminal",
      "cancel-requested",
      "not-found",
    ]);
    const many = otel.only("cancelMany");
    expect(many.kind).toBe(SpanKind.INTERNAL);
    expect(many.attributes).toEqual({
      "cancel.outcome": "partial",
      "cancel.targets": 3,
      "cancel.succeeded": 2,
      "cancel.failed": 1,
    });
    const cancels = otel.named("cancel emr-serverless");
    expect(cancels).toHaveLength(3);
    for (const cancel of cancels) expect(isChildOf(cancel, many)).toBe(true);
    expect(cancels.map((c) => c.attributes["cancel.outcome"]).sort()).toEqual([
      "already-terminal",
      "cancel-requested",
      "error",
    ]);
  });
});

describe("without a tracer", () => {
  it("no span is started, even with a global OpenTelemetry provider registered", async () => {
    trace.setGlobalTracerProvider({ getTracer: () => otel.tracer });
    try {
      sims.emrServerless.addJobRun(run(IDS.jobRunId));
      await client({ tracer: undefined }).cancel(TARGET, { wait: true });
      expect(otel.spans()).toEqual([]);
    } finally {
      trace.disable();
    }
  });
});
