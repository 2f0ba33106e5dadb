// The confirmed outcome of a Fabric workload cancel through @cancel/sdk: against the simulator of
// @cancel/testing (the reference workload by default, the spec's tolerated variants by option)
// and with msw answers of the spec's examples.
import { ConflictError, ServerError } from "@cancel/core";
import {
  createManualClock,
  FabricWorkloadSimulator,
  type FabricWorkloadSimulatorOptions,
} from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CancelError, CancelTarget } from "../src/index.js";
import { answer, BASE, IDS, ROUTES, sequence, TARGETS, testClient, unexpected } from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const TARGET = TARGETS["fabric-workload"];
const APP_TOKEN = "eyJ0eXAiOiJKV1QifQ.app.sig";
const JOB_ALREADY_COMPLETED = specExamples("fabric-workload").cancelItemJobInstance!.errors.find(
  (e) => e.name === "jobAlreadyCompleted",
)!.value;
const caught = (promise: Promise<unknown>) =>
  promise.then(unexpected, (error: unknown) => error as CancelError);

/** A simulated workload behind msw at the helpers' Fabric URL, and an sdk client for it. */
function simulated(options: FabricWorkloadSimulatorOptions = {}) {
  const clock = createManualClock();
  const sim = new FabricWorkloadSimulator({
    baseUrl: BASE["fabric-workload"],
    appTokens: [APP_TOKEN],
    clock,
    ...options,
  });
  mock.use(...simulatorHandlers([sim]));
  const sdk = testClient({
    clock,
    fabricWorkload: {
      baseUrl: BASE["fabric-workload"],
      appToken: APP_TOKEN,
      tenantId: IDS.tenantId,
    },
  });
  const calls = () => sim.requests.map((r) => `${r.operation} ${r.status}`);
  return { sim, sdk, clock, calls };
}

const job = (jobInstanceId = TARGET.jobInstanceId) => ({ jobInstanceId, itemId: IDS.itemId });

describe("against the simulator", () => {
  describe("the reference workload (default)", () => {
    it("a running job: cancelled at once, the answer's Cancelled is the final state", async () => {
      const { sim, sdk, calls } = simulated({ cancelDelayMs: 5000 });
      sim.addJobInstance(job());
      const result = await sdk.cancel(TARGET);
      expect(result).toMatchObject({
        outcome: "cancelled",
        vendorStatus: "Cancelled",
        httpStatus: 200,
        raw: { status: "Cancelled" },
      });
      expect(result.final).toMatchObject({ state: "cancelled", terminal: true });
      expect(calls()).toEqual(["cancelItemJobInstance 200"]);
    });

    it("a finished job: still cancelled, since the reference answers Cancelled whatever the state", async () => {
      const { sim, sdk } = simulated();
      sim.addJobInstance({ ...job(), status: "Completed" });
      const result = await sdk.cancel(TARGET);
      expect(result.outcome).toBe("cancelled");
      expect(sim.jobInstanceStatus(TARGET.jobInstanceId)).toBe("Cancelled");
    });

    it("an unknown item: the 404 ItemMetadataNotFound is a not-found error, no read", async () => {
      const { sim, sdk, calls } = simulated();
      sim.addJobInstance(job());
      const error = await caught(sdk.cancel({ ...TARGET, itemId: crypto.randomUUID() }));
      expect(error).toMatchObject({
        kind: "not-found",
        status: 404,
        code: "ItemMetadataNotFound",
        operation: "cancelItemJobInstance",
      });
      expect(calls()).toEqual(["cancelItemJobInstance 404"]);
    });

    it("a job instance it has no record of reads as failed (200 Failed)", async () => {
      const { sim, sdk } = simulated();
      sim.addItem(IDS.itemId);
      expect(await sdk.status(TARGET)).toMatchObject({
        state: "failed",
        terminal: true,
        vendorState: "Failed",
      });
    });
  });

  describe("a workload that answers its job's state (cancelAnswer: state)", () => {
    it("a running job: cancel-requested, then cancelled once it has stopped", async () => {
      const { sim, sdk, clock } = simulated({ cancelAnswer: "state", cancelDelayMs: 3000 });
      sim.addJobInstance(job());
      const result = await sdk.cancel(TARGET);
      expect(result.outcome).toBe("cancel-requested");
      expect(result.runStatus).toMatchObject({ state: "running", terminal: false });
      expect(result.final).toBeUndefined();
      clock.advance(3000);
      expect(await sdk.status(TARGET)).toMatchObject({ state: "cancelled", terminal: true });
    });

    it("a finished job: already-terminal with its final state, from the answer", async () => {
      const { sim, sdk, calls } = simulated({ cancelAnswer: "state" });
      sim.addJobInstance({ ...job(), status: "Failed" });
      const result = await sdk.cancel(TARGET);
      expect(result.outcome).toBe("already-terminal");
      expect(result.final).toMatchObject({ state: "failed", vendorState: "Failed" });
      expect(calls()).toEqual(["cancelItemJobInstance 200"]);
    });
  });

  describe("a workload that refuses a finished job (cancelAnswer: conflict)", () => {
    it("409 JobAlreadyCompleted, sent once and read exactly once: already-terminal, final state set", async () => {
      const { sim, sdk, calls } = simulated({ cancelAnswer: "conflict" });
      sim.addJobInstance({ ...job(), status: "Completed" });
      const result = await sdk.cancel(TARGET);
      expect(result).toMatchObject({
        outcome: "already-terminal",
        httpStatus: 409,
        operation: "cancelItemJobInstance",
      });
      expect(result.raw).toMatchObject({ ErrorCode: "JobAlreadyCompleted" });
      expect(result.final).toMatchObject({
        state: "succeeded",
        terminal: true,
        vendorState: "Completed",
      });
      expect(calls()).toEqual(["cancelItemJobInstance 409", "getItemJobInstanceState 200"]);
    });

    it("a read that fails while confirming: the 409 stands, the read's error is its cause", async () => {
      const { sim, sdk, calls } = simulated({ cancelAnswer: "conflict" });
      sim.addJobInstance({ ...job(), status: "Completed" });
      sim.faults.add({ fault: { kind: "server-error" }, operation: "getItemJobInstanceState" });
      const error = await caught(sdk.cancel(TARGET));
      expect(error).toMatchObject({ kind: "conflict", status: 409, code: "JobAlreadyCompleted" });
      expect(error.cause).toBeInstanceOf(ConflictError);
      const readError = (error.cause as ConflictError).cause;
      expect(readError).toBeInstanceOf(ServerError);
      expect(readError).toMatchObject({ status: 500, code: "InternalError" });
      // testClient sets retry: false: one cancel, one read.
      expect(calls()).toEqual(["cancelItemJobInstance 409", "getItemJobInstanceState 500"]);
    });

    it("a running job is not refused: cancel-requested", async () => {
      const { sim, sdk } = simulated({ cancelAnswer: "conflict", cancelDelayMs: 1000 });
      sim.addJobInstance(job());
      expect((await sdk.cancel(TARGET)).outcome).toBe("cancel-requested");
    });
  });

  it("cancelMany: each target's own outcome, one entry per target in order", async () => {
    const { sim, sdk, calls } = simulated({ cancelAnswer: "conflict", cancelDelayMs: 1000 });
    const running = "63f77191-432d-4ee6-9c5f-31a1a6987001";
    const finished = "63f77191-432d-4ee6-9c5f-31a1a6987002";
    sim.addJobInstance(job(running));
    sim.addJobInstance({ ...job(finished), status: "Failed" });
    const targets: CancelTarget[] = [
      { ...TARGET, jobInstanceId: running },
      { ...TARGET, jobInstanceId: finished },
      { ...TARGET, itemId: "00000000-0000-0000-0000-000000000000" },
    ];
    const entries = await sdk.cancelMany(targets, { concurrency: 1 });
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.kind))).toEqual([
      "cancel-requested",
      "already-terminal",
      "not-found",
    ]);
    expect(entries[1]!.result!.final).toMatchObject({ state: "failed" });
    expect(calls()).toEqual([
      "cancelItemJobInstance 200",
      "cancelItemJobInstance 409",
      "getItemJobInstanceState 200",
      "cancelItemJobInstance 404",
    ]);
  });
});

describe("with msw answers", () => {
  const sdk = testClient();
  const gets = () => mock.requests.filter((r) => r.method === "GET").length;
  const posts = () => mock.requests.filter((r) => r.method === "POST").length;

  it("200 {status: Cancelled} (the reference workload) is cancelled, no read", async () => {
    mock.use(answer("cancelItemJobInstance", 200, { status: "Cancelled" }));
    const result = await sdk.cancel(TARGET);
    expect(result.outcome).toBe("cancelled");
    expect(result.final).toMatchObject({ state: "cancelled" });
    expect([posts(), gets()]).toEqual([1, 0]);
  });

  it("200 InProgress is cancel-requested", async () => {
    mock.use(answer("cancelItemJobInstance", 200, { status: "InProgress" }));
    expect((await sdk.cancel(TARGET)).outcome).toBe("cancel-requested");
  });

  it("409 JobAlreadyCompleted and a finished job: already-terminal, sent once, read once", async () => {
    mock.use(
      answer("cancelItemJobInstance", 409, JOB_ALREADY_COMPLETED),
      answer("getItemJobInstanceState", 200, { status: "Completed" }),
    );
    const result = await sdk.cancel(TARGET);
    expect(result.outcome).toBe("already-terminal");
    expect(result.final).toMatchObject({ state: "succeeded", vendorState: "Completed" });
    expect(result.raw).toEqual(JOB_ALREADY_COMPLETED);
    expect([posts(), gets()]).toEqual([1, 1]);
  });

  it("409 JobAlreadyCompleted of a running job: the 409 is the error", async () => {
    mock.use(
      answer("cancelItemJobInstance", 409, JOB_ALREADY_COMPLETED),
      answer("getItemJobInstanceState", 200, { status: "InProgress" }),
    );
    const error = await caught(sdk.cancel(TARGET));
    expect(error).toMatchObject({ kind: "conflict", status: 409, code: "JobAlreadyCompleted" });
    expect(error.cause).toBeInstanceOf(ConflictError);
    expect((error.cause as ConflictError).cause).toBeUndefined();
    expect([posts(), gets()]).toEqual([1, 1]);
  });

  it("409 JobAlreadyCompleted and a read that fails: the 409, with the read's error as its cause", async () => {
    mock.use(
      answer("cancelItemJobInstance", 409, JOB_ALREADY_COMPLETED),
      sequence("getItemJobInstanceState", [
        {
          status: 503,
          body: { errorCode: "ServiceUnavailable", message: "later", source: "System" },
        },
      ]),
    );
    const error = await caught(sdk.cancel(TARGET));
    expect(error).toMatchObject({ kind: "conflict", code: "JobAlreadyCompleted" });
    const readError = (error.cause as ConflictError).cause;
    expect(readError).toMatchObject({ status: 503, code: "ServiceUnavailable" });
    expect([posts(), gets()]).toEqual([1, 1]);
  });

  it("404 JobInstanceNotFound is not ambiguous: not-found, no read", async () => {
    const notFound = specExamples("fabric-workload").cancelItemJobInstance!.errors.find(
      (e) => e.name === "jobInstanceNotFound",
    )!.value;
    mock.use(
      answer("cancelItemJobInstance", 404, notFound),
      answer("getItemJobInstanceState", 200, { status: "Failed" }),
    );
    const error = await caught(sdk.cancel(TARGET));
    expect(error).toMatchObject({ kind: "not-found", code: "JobInstanceNotFound" });
    expect([posts(), gets()]).toEqual([1, 0]);
  });

  it("cancelMany: a refusal settled as already-terminal next to a plain cancel", async () => {
    const finished = "63f77191-432d-4ee6-9c5f-31a1a6987002";
    mock.use(
      http.post(ROUTES.cancelItemJobInstance[1], ({ params }) =>
        params.jobInstanceId === finished
          ? HttpResponse.json(JOB_ALREADY_COMPLETED as never, { status: 409 })
          : HttpResponse.json({ status: "Cancelled" }),
      ),
      answer("getItemJobInstanceState", 200, { status: "Completed" }),
    );
    const entries = await sdk.cancelMany([TARGET, { ...TARGET, jobInstanceId: finished }], {
      concurrency: 1,
    });
    expect(entries.map((e) => e.ok && e.result.outcome)).toEqual(["cancelled", "already-terminal"]);
    expect(entries[1]!.result!.final).toMatchObject({ state: "succeeded" });
    expect([posts(), gets()]).toEqual([2, 1]);
  });
});
