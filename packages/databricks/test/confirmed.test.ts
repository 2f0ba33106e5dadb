/**
 * `cancelRunConfirmed` and `getRunState` against msw: what a cancel achieved on Databricks, and
 * how a run's state is read from `status` first, then the deprecated `state`.
 */
import {
  BadRequestError,
  PermissionDeniedError,
  readRunState,
  ServerError,
  type ApiError,
} from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  cancelRun,
  cancelRunConfirmed,
  cancelRunRule,
  createClient,
  type GetRunOutput,
  getRunState,
} from "../src/index.js";

const BASE = "https://dbc-a1b2345c-d6e7.cloud.databricks.com/api/2.2";
const RUN = 455644833;
const mock = createMockServer();
const examples = specExamples("databricks");
const client = createClient({
  baseUrl: BASE,
  retry: false,
  authenticate: (request) => {
    request.headers.set("authorization", "Bearer dapi-test");
    return request;
  },
});

beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const getRunCalls = () => mock.requests.filter((r) => r.url.pathname.endsWith("/runs/get"));

/** runs/cancel answers `status`/`body`; runs/get answers `run` (a read would be visible). */
function serve(status: number, body: unknown, run: unknown = { run_id: RUN }) {
  mock.use(
    http.post(`${BASE}/jobs/runs/cancel`, () =>
      HttpResponse.json(body as never, { status, headers: { "x-request-id": "req-cancel" } }),
    ),
    http.get(`${BASE}/jobs/runs/get`, () => HttpResponse.json(run as never)),
  );
}

const example = (name: string) =>
  examples.getRun!.success.find((e) => e.name === name)!.value as GetRunOutput;

describe("cancelRunConfirmed", () => {
  it("documents no ambiguous refusal: Databricks answers 200 {} for running and finished runs alike", () => {
    expect(cancelRunRule.ambiguous).toEqual([]);
    expect(cancelRunRule.answer).toBeUndefined();
    expect(cancelRunRule.status?.operation.operationId).toBe("getRun");
  });

  it("a running run: cancel-requested, the cancel's answer and request id, no status read", async () => {
    serve(200, {}, example("terminating"));
    const result = await cancelRunConfirmed(client, { runId: RUN });
    expect(result).toMatchObject({
      outcome: "cancel-requested",
      data: {},
      state: undefined,
      refusal: undefined,
      confirmation: undefined,
    });
    expect(result.metadata).toMatchObject({ status: 200, requestId: "req-cancel", attempts: 1 });
    expect(mock.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      "POST /api/2.2/jobs/runs/cancel",
    ]);
  });

  it("a finished run: the cancel is a documented no-op answered 200 {}, so it is cancel-requested too and nothing is read", async () => {
    serve(200, {}, example("canceled"));
    const result = await cancelRunConfirmed(client, { runId: RUN });
    expect(result.outcome).toBe("cancel-requested");
    expect(result.state).toBeUndefined();
    expect(getRunCalls()).toHaveLength(0);
  });

  it.each([
    ["403 PERMISSION_DENIED", 403, PermissionDeniedError],
    ["400 run does not exist", 400, BadRequestError],
    ["500 INTERNAL_ERROR", 500, ServerError],
  ])(
    "a refusal (%s) is thrown as the cancel's own error, never settled by a read",
    async (_name, status, type) => {
      const body = examples.cancelRun!.errors.find((e) => e.status === String(status))!.value;
      serve(status, body, example("canceled"));
      const error = (await cancelRunConfirmed(client, { runId: RUN }).catch(
        (e: unknown) => e,
      )) as ApiError;
      expect(error).toBeInstanceOf(type);
      expect(error.status).toBe(status);
      expect(error.body).toEqual(body);
      expect(error.cause).toBeUndefined();
      expect(getRunCalls()).toHaveLength(0);
      // The same error as the plain operation's.
      const plain = (await cancelRun(client, { runId: RUN }).catch((e: unknown) => e)) as ApiError;
      expect(plain.constructor).toBe(error.constructor);
      expect(plain.message).toBe(error.message);
    },
  );

  it("a refusal is sent once (retry off) and no status read follows, even with reads failing", async () => {
    mock.use(
      http.post(`${BASE}/jobs/runs/cancel`, () =>
        HttpResponse.json(
          { error_code: "PERMISSION_DENIED", message: "no Manage Run permission" },
          { status: 403 },
        ),
      ),
      http.get(`${BASE}/jobs/runs/get`, () => HttpResponse.error()),
    );
    const error = await cancelRunConfirmed(client, { runId: RUN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).cause).toBeUndefined();
    expect(mock.requests.map((r) => r.url.pathname)).toEqual(["/api/2.2/jobs/runs/cancel"]);
  });
});

describe("getRunState: status first, then the deprecated state", () => {
  const read = (body: unknown) => readRunState(getRunState, body as GetRunOutput);

  it.each([
    ["the spec's canceled example", example("canceled"), "cancelled", true],
    ["the spec's terminating example", example("terminating"), "stopping", false],
    ["the spec's queued example", example("queued"), "pending", false],
  ])("%s reads %s", (_name, body, state, terminal) => {
    expect(read(body)).toMatchObject({ state, terminal });
  });

  it("reads status alone (an answer without the deprecated state)", () => {
    expect(
      read({ status: { state: "TERMINATED", termination_details: { code: "USER_CANCELED" } } }),
    ).toEqual({
      state: "cancelled",
      terminal: true,
      vendorState: "TERMINATED",
      vendorResult: "USER_CANCELED",
    });
  });

  it("status wins where the two disagree", () => {
    expect(
      read({
        status: { state: "RUNNING" },
        state: { life_cycle_state: "TERMINATED", result_state: "SUCCESS" },
      }),
    ).toMatchObject({ state: "running", terminal: false, vendorState: "RUNNING" });
    expect(
      read({
        status: { state: "TERMINATED", termination_details: { code: "USER_CANCELED" } },
        state: { life_cycle_state: "TERMINATED", result_state: "SUCCESS" },
      }),
    ).toMatchObject({ state: "cancelled", vendorResult: "USER_CANCELED" });
  });

  it("falls back to state when status is absent", () => {
    expect(read({ state: { life_cycle_state: "TERMINATED", result_state: "TIMEDOUT" } })).toEqual({
      state: "timed-out",
      terminal: true,
      vendorState: "TERMINATED",
      vendorResult: "TIMEDOUT",
    });
  });

  it("falls back to result_state for a termination code the spec does not know yet", () => {
    expect(
      read({
        status: { state: "TERMINATED", termination_details: { code: "SOME_FUTURE_CODE" } },
        state: { life_cycle_state: "TERMINATED", result_state: "FAILED" },
      }),
    ).toMatchObject({ state: "failed", vendorResult: "SOME_FUTURE_CODE" });
  });

  // The Go SDK's documentation of each value (service/jobs/model.go): which ones mean the run
  // never executed (skipped), was cancelled, failed.
  it.each([
    ["SKIPPED", "skipped"],
    ["DISABLED", "skipped"],
    ["MAX_CONCURRENT_RUNS_EXCEEDED", "skipped"],
    ["MAX_JOB_QUEUE_SIZE_EXCEEDED", "skipped"],
    ["WORKSPACE_RUN_LIMIT_EXCEEDED", "skipped"],
    ["USER_CANCELED", "cancelled"],
    ["CANCELED", "cancelled"],
    ["SUCCESS_WITH_FAILURES", "succeeded"],
    ["RUN_EXECUTION_ERROR", "failed"],
    ["BREAKING_CHANGE", "failed"],
    ["CLUSTER_TERMINATED_BY_USER", "failed"],
    ["BUDGET_POLICY_LIMIT_EXCEEDED", "failed"],
  ])("termination code %s: %s", (code, state) => {
    expect(
      read({ status: { state: "TERMINATED", termination_details: { code, type: "SUCCESS" } } }),
    ).toMatchObject({ state, terminal: true });
  });

  it.each([
    ["UPSTREAM_FAILED", "skipped"],
    ["UPSTREAM_CANCELED", "skipped"],
    ["MAXIMUM_CONCURRENT_RUNS_REACHED", "skipped"],
    ["EXCLUDED", "skipped"],
    ["DISABLED", "skipped"],
    ["CANCELED", "cancelled"],
    ["SUCCESS_WITH_FAILURES", "succeeded"],
  ])("deprecated result_state %s: %s", (resultState, state) => {
    expect(
      read({ state: { life_cycle_state: "TERMINATED", result_state: resultState } }),
    ).toMatchObject({ state, terminal: true });
  });

  it.each([
    ["SKIPPED", "skipped", true],
    ["INTERNAL_ERROR", "failed", true],
    ["WAITING_FOR_RETRY", "pending", false],
    ["BLOCKED", "pending", false],
  ])("deprecated life_cycle_state %s: %s", (lifeCycleState, state, terminal) => {
    expect(read({ state: { life_cycle_state: lifeCycleState } })).toMatchObject({
      state,
      terminal,
    });
  });

  it.each([["WAITING"], ["BLOCKED"], ["QUEUED"], ["PENDING"]])(
    "status.state %s is pending",
    (state) => {
      expect(read({ status: { state } })).toMatchObject({ state: "pending", terminal: false });
    },
  );
});
