/**
 * What `@cancel/sdk` makes of a Databricks cancel, with msw and against the Databricks simulator
 * (`@cancel/testing`): Databricks answers `200 {}` for a running and a finished run alike and
 * refuses nothing that could mean "already over", so no refusal is ever settled by a status read;
 * the run's end comes from `wait()` (status first, then the deprecated state).
 */
import { createManualClock, createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CancelError, createCancelClient, databricks } from "../src/index.js";
import {
  answer,
  autoClock,
  BASE,
  IDS,
  REQUEST_ID_HEADER,
  ROUTES,
  sequence,
  TARGETS,
  testAuth,
  testClient,
  unexpected,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const examples = specExamples("databricks");
const runExample = (name: string) => examples.getRun!.success.find((e) => e.name === name)!.value;
const errorExample = (status: string, name?: string) =>
  examples.cancelRun!.errors.find((e) => e.status === status && (!name || e.name === name))!
    .value as Record<string, unknown>;
const paths = () => mock.requests.map((r) => `${r.method} ${r.url.pathname}`);
const CANCEL = "POST /api/2.2/jobs/runs/cancel";
const GET = "GET /api/2.2/jobs/runs/get";
const target = TARGETS.databricks;

describe("databricks through @cancel/sdk (msw)", () => {
  it("a running run: cancel-requested, nothing read, nothing final yet", async () => {
    mock.use(
      answer("cancelRun", 200, {}, { [REQUEST_ID_HEADER.databricks]: "req-1" }),
      answer("getRun", 200, runExample("terminating")),
    );
    const result = await testClient().cancel(target);
    expect(result).toMatchObject({
      outcome: "cancel-requested",
      operation: "cancelRun",
      httpStatus: 200,
      requestId: "req-1",
      runStatus: undefined,
      final: undefined,
      waitable: true,
    });
    expect(paths()).toEqual([CANCEL]);
  });

  it("a finished run: the documented no-op is cancel-requested too; wait() then reads its final state once", async () => {
    mock.use(answer("cancelRun", 200, {}), answer("getRun", 200, runExample("canceled")));
    const result = await testClient({ clock: autoClock() }).cancel(target);
    expect(result.outcome).toBe("cancel-requested");
    expect(result.final).toBeUndefined();
    expect(paths()).toEqual([CANCEL]);
    const final = await result.wait();
    expect(final).toMatchObject({
      state: "cancelled",
      terminal: true,
      vendorState: "TERMINATED",
      vendorResult: "USER_CANCELED",
    });
    expect(paths()).toEqual([CANCEL, GET]);
  });

  it("wait: true reads until terminal, from status first (skipped: never ran)", async () => {
    mock.use(
      answer("cancelRun", 200, {}),
      sequence("getRun", [
        { body: runExample("terminating") },
        {
          body: {
            run_id: IDS.runId,
            status: {
              state: "TERMINATED",
              termination_details: { code: "WORKSPACE_RUN_LIMIT_EXCEEDED", type: "CLIENT_ERROR" },
            },
            state: { life_cycle_state: "TERMINATED", result_state: "FAILED" },
          },
        },
      ]),
    );
    const result = await testClient({ clock: autoClock() }).cancel(target, { wait: true });
    expect(result.outcome).toBe("cancel-requested");
    expect(result.final).toMatchObject({
      state: "skipped",
      terminal: true,
      vendorResult: "WORKSPACE_RUN_LIMIT_EXCEEDED",
    });
    expect(paths()).toEqual([CANCEL, GET, GET]);
  });

  it("a refused cancel of a running run is the refusal, as a CancelError with the original as cause; no read", async () => {
    mock.use(
      answer("cancelRun", 403, errorExample("403"), { [REQUEST_ID_HEADER.databricks]: "req-403" }),
      answer("getRun", 200, runExample("terminating")),
    );
    const error = (await testClient()
      .cancel(target)
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({
      kind: "forbidden",
      status: 403,
      code: "PERMISSION_DENIED",
      requestId: "req-403",
      provider: "databricks",
    });
    expect((error.cause as Error).name).toBe("PermissionDeniedError");
    expect((error.cause as Error).cause).toBeUndefined();
    expect(paths()).toEqual([CANCEL]);
  });

  it("no refusal is confirmed by a read: a failing status read is never made, the refusal has no read as cause", async () => {
    mock.use(
      answer("cancelRun", 400, errorExample("400", "runDoesNotExist")),
      http.get(ROUTES.getRun[1], () => HttpResponse.error()),
    );
    const error = (await testClient()
      .cancel(target)
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error.kind).toBe("not-found");
    expect(error.vendorMessage).toBe("Run 123 does not exist.");
    expect((error.cause as Error).cause).toBeUndefined();
    expect(paths()).toEqual([CANCEL]);
  });

  it("a refusal is sent once with retries off and read never (the spec names no ambiguous refusal)", async () => {
    expect(databricks.profile.variants.map((v) => v.rule.ambiguous)).toEqual([[]]);
    mock.use(
      answer("cancelRun", 500, errorExample("500")),
      answer("getRun", 200, runExample("canceled")),
    );
    const error = (await testClient()
      .cancel(target)
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error.kind).toBe("server");
    expect(paths()).toEqual([CANCEL]);
  });

  it.each([
    [
      "NOT_FOUND (the Errors page's code) decides over the HTTP status",
      400,
      errorExample("404", "errorsPageExample"),
      "not-found",
      "NOT_FOUND",
    ],
    [
      "a legacy integer error_code is no code: the status decides",
      404,
      errorExample("404", "legacyIntegerCode"),
      "not-found",
      undefined,
    ],
    [
      "the API 1.2 {error} body: its message, the status decides",
      400,
      errorExample("400", "legacyApi12"),
      "invalid-request",
      undefined,
    ],
  ])("%s", async (_name, status, body, kind, code) => {
    mock.use(answer("cancelRun", status, body));
    const error = (await testClient()
      .cancel(target)
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({ kind, status, code });
    expect(error.vendorMessage).toBeTruthy();
  });

  it("sends the configured workspace id on the cancel and on every read of wait()", async () => {
    mock.use(answer("cancelRun", 200, {}), answer("getRun", 200, runExample("canceled")));
    const sdk = createCancelClient({
      databricks: {
        baseUrl: BASE.databricks,
        authenticate: testAuth,
        workspaceId: "1234567890123456",
      },
      defaults: { retry: false },
      clock: autoClock(),
    });
    const result = await sdk.cancel(target, { wait: true });
    expect(result.final.state).toBe("cancelled");
    expect(mock.requests.map((r) => r.headers["x-databricks-workspace-id"])).toEqual([
      "1234567890123456",
      "1234567890123456",
    ]);
  });

  it("cancelMany: running and finished runs are cancel-requested, a missing and a forbidden one are errors; no reads", async () => {
    mock.use(
      http.post(ROUTES.cancelRun[1], async ({ request }) => {
        const { run_id } = (await request.json()) as { run_id: number };
        if (run_id === 3)
          return HttpResponse.json(errorExample("400", "runDoesNotExist"), { status: 400 });
        if (run_id === 4) return HttpResponse.json(errorExample("403"), { status: 403 });
        return HttpResponse.json({});
      }),
      answer("getRun", 200, runExample("canceled")),
    );
    const entries = await testClient().cancelMany(
      [1, 2, 3, 4].map((runId) => ({ provider: "databricks" as const, runId })),
    );
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.kind))).toEqual([
      "cancel-requested",
      "cancel-requested",
      "not-found",
      "forbidden",
    ]);
    expect(paths().every((p) => p === CANCEL)).toBe(true);
    expect(paths()).toHaveLength(4);
  });
});

describe("databricks through @cancel/sdk against the simulator", () => {
  let sims: Simulators;
  const sdk = () => {
    const clock = createManualClock();
    sims = createSimulators({ clock, databricks: { tokens: ["dapi-sim"] } });
    mock.use(...simulatorHandlers(sims));
    return createCancelClient({
      databricks: {
        host: "dbc-a1b2345c-d6e7.cloud.databricks.com",
        token: "dapi-sim",
        workspaceId: "1234567890123456",
      },
      defaults: { retry: false },
      clock,
    });
  };
  const operations = () => sims.databricks.requests.map((r) => r.operation);

  it("runs/cancel answers 200 for an ended run too: verify reads once after and says already-terminal", async () => {
    const client = sdk();
    sims.databricks.addRun({ runId: IDS.runId, state: "TERMINATED", resultState: "SUCCESS" });
    // Without verify, the 200 is all there is: cancel-requested, nothing read.
    const plain = await client.cancel(target);
    expect(plain).toMatchObject({ outcome: "cancel-requested", final: undefined });
    expect(operations()).toEqual(["cancelRun"]);
    const verified = await client.cancel(target, { verify: true });
    expect(verified).toMatchObject({
      outcome: "already-terminal",
      final: { state: "succeeded", terminal: true, vendorState: "TERMINATED" },
    });
    expect(operations()).toEqual(["cancelRun", "cancelRun", "getRun"]);
  });

  it("verify on a running run: stopping when read → cancel-requested; stopped at once → cancelled", async () => {
    const client = sdk();
    sims.databricks.cancelDelayMs = 5000;
    sims.databricks.addRun({ runId: IDS.runId, state: "RUNNING" });
    const result = await client.cancel(target, { verify: true });
    expect(result.outcome).toBe("cancel-requested");
    expect(result.runStatus).toMatchObject({ state: "stopping", terminal: false });
    expect(operations()).toEqual(["cancelRun", "getRun"]);
    sims.databricks.cancelDelayMs = 0;
    sims.databricks.addRun({ runId: IDS.runId + 1, state: "RUNNING" });
    const quick = await client.cancel({ ...target, runId: IDS.runId + 1 }, { verify: true });
    expect(quick).toMatchObject({ outcome: "cancelled", final: { state: "cancelled" } });
  });

  it("a running run: cancel-requested; wait() reads TERMINATED / USER_CANCELED as cancelled", async () => {
    const client = sdk();
    sims.databricks.addRun({ runId: IDS.runId, state: "RUNNING" });
    const result = await client.cancel(target);
    expect(result.outcome).toBe("cancel-requested");
    expect(operations()).toEqual(["cancelRun"]);
    expect(await result.wait()).toMatchObject({
      state: "cancelled",
      vendorState: "TERMINATED",
      vendorResult: "USER_CANCELED",
    });
    expect(sims.databricks.requests.map((r) => r.workspaceId)).toEqual([
      "1234567890123456",
      "1234567890123456",
    ]);
  });

  it("a finished run: cancel-requested (no-op), not read; its final state is its own end", async () => {
    const client = sdk();
    sims.databricks.addRun({ runId: IDS.runId, state: "TERMINATED", resultState: "FAILED" });
    const result = await client.cancel(target);
    expect(result).toMatchObject({ outcome: "cancel-requested", final: undefined });
    expect(operations()).toEqual(["cancelRun"]);
    expect(await result.wait()).toMatchObject({
      state: "failed",
      terminal: true,
      vendorResult: "RUN_EXECUTION_ERROR",
    });
    expect(sims.databricks.runState(IDS.runId)).toEqual({
      lifeCycleState: "TERMINATED",
      resultState: "FAILED",
    });
  });

  it("a refused cancel (the simulator's 500) is the refusal; no read, the run still runs", async () => {
    const client = sdk();
    sims.databricks.addRun({ runId: IDS.runId, state: "RUNNING" });
    sims.databricks.faults.add({ fault: { kind: "server-error" }, operation: "cancelRun" });
    const error = (await client.cancel(target).then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({ kind: "server", status: 500, code: "INTERNAL_ERROR" });
    expect(operations()).toEqual(["cancelRun"]);
    expect(sims.databricks.runState(IDS.runId)).toEqual({ lifeCycleState: "RUNNING" });
  });

  it("cancelMany: a running, a finished and a missing run", async () => {
    const client = sdk();
    sims.databricks.addRun({ runId: 1, state: "RUNNING" });
    sims.databricks.addRun({ runId: 2, state: "SKIPPED" });
    const entries = await client.cancelMany(
      [1, 2, 3].map((runId) => ({ provider: "databricks" as const, runId })),
    );
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.kind))).toEqual([
      "cancel-requested",
      "cancel-requested",
      "not-found",
    ]);
    expect(operations()).toEqual(["cancelRun", "cancelRun", "cancelRun"]);
    expect(await client.status({ provider: "databricks", runId: 2 })).toMatchObject({
      state: "skipped",
      terminal: true,
      vendorState: "TERMINATED",
      vendorResult: "SKIPPED",
    });
  });
});
