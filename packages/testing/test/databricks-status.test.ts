/**
 * The Databricks simulator answers with the `status` model next to the deprecated `state`, as the
 * service does, and logs the unified host's `X-Databricks-Workspace-Id`; and what
 * `cancelRunConfirmed` / `getRunState` of `@cancel/databricks` make of its answers, through msw
 * and through the HTTP server.
 */
import { readRunState, ServerError } from "@cancel/core";
import * as databricks from "@cancel/databricks";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CONNECTION_RESET,
  createManualClock,
  createSimulators,
  type ManualClock,
  type SimAnswer,
  type Simulators,
} from "../src/index.js";
import { simulatorHandlers } from "../src/msw.js";
import { type RunningSimulators, startSimulators } from "../src/node.js";

const DBX = "https://dbc-a1b2345c-d6e7.cloud.databricks.com";
const TOKEN = "dapi0123456789abcdef";
const bearer = { authorization: `Bearer ${TOKEN}` };

async function runJson(sims: Simulators, runId: number) {
  const answer: SimAnswer = await sims.databricks.handle(
    new Request(`${DBX}/api/2.2/jobs/runs/get?run_id=${runId}`, { headers: bearer }),
  );
  if (answer === CONNECTION_RESET) throw new Error("unexpected reset");
  expect(answer.status).toBe(200);
  return (await answer.json()) as { state: Record<string, unknown>; status: unknown };
}

describe("databricks simulator: the status model", () => {
  it.each([
    {
      name: "a running run",
      init: { state: "RUNNING" },
      state: { life_cycle_state: "RUNNING" },
      status: { state: "RUNNING" },
    },
    {
      name: "a queued run",
      init: { state: "QUEUED" },
      state: { life_cycle_state: "QUEUED" },
      status: { state: "QUEUED" },
    },
    {
      name: "a run that succeeded",
      init: { state: "TERMINATED" },
      state: { life_cycle_state: "TERMINATED", result_state: "SUCCESS" },
      status: { state: "TERMINATED", termination_details: { code: "SUCCESS", type: "SUCCESS" } },
    },
    {
      name: "a run that failed",
      init: { state: "TERMINATED", resultState: "FAILED" },
      state: { life_cycle_state: "TERMINATED", result_state: "FAILED" },
      status: {
        state: "TERMINATED",
        termination_details: { code: "RUN_EXECUTION_ERROR", type: "CLIENT_ERROR" },
      },
    },
    {
      name: "a run skipped by the concurrency limit",
      init: { state: "TERMINATED", resultState: "MAXIMUM_CONCURRENT_RUNS_REACHED" },
      state: { life_cycle_state: "TERMINATED", result_state: "MAXIMUM_CONCURRENT_RUNS_REACHED" },
      status: {
        state: "TERMINATED",
        termination_details: { code: "MAX_CONCURRENT_RUNS_EXCEEDED", type: "CLIENT_ERROR" },
      },
    },
    {
      name: "a SKIPPED run (no result_state)",
      init: { state: "SKIPPED" },
      state: { life_cycle_state: "SKIPPED" },
      status: { state: "TERMINATED", termination_details: { code: "SKIPPED", type: "SUCCESS" } },
    },
    {
      name: "an INTERNAL_ERROR run",
      init: { state: "INTERNAL_ERROR" },
      state: { life_cycle_state: "INTERNAL_ERROR" },
      status: {
        state: "TERMINATED",
        termination_details: { code: "INTERNAL_ERROR", type: "INTERNAL_ERROR" },
      },
    },
    {
      name: "a run with a termination code given",
      init: { state: "TERMINATED", resultState: "FAILED", terminationCode: "BREAKING_CHANGE" },
      state: { life_cycle_state: "TERMINATED", result_state: "FAILED" },
      status: {
        state: "TERMINATED",
        termination_details: { code: "BREAKING_CHANGE", type: "CLIENT_ERROR" },
      },
    },
  ] as const)("$name", async ({ init, state, status }) => {
    const sims = createSimulators();
    sims.databricks.addRun({ runId: 1, ...init });
    const run = await runJson(sims, 1);
    expect(run.state).toMatchObject(state);
    if (!("result_state" in state)) expect(run.state).not.toHaveProperty("result_state");
    expect(run.status).toMatchObject(status);
    if (!("termination_details" in status)) {
      expect(run.status).not.toHaveProperty("termination_details");
    }
  });

  it("TERMINATING after a cancel already names USER_CANCELED; finishRun sets the code", async () => {
    const clock = createManualClock();
    const sims = createSimulators({ clock, cancelDelayMs: 1000 });
    sims.databricks.addRun({ runId: 7 });
    sims.databricks.addRun({ runId: 8 });
    await sims.databricks.handle(
      new Request(`${DBX}/api/2.2/jobs/runs/cancel`, {
        method: "POST",
        headers: bearer,
        body: JSON.stringify({ run_id: 7 }),
      }),
    );
    expect((await runJson(sims, 7)).status).toEqual({
      state: "TERMINATING",
      termination_details: {
        code: "USER_CANCELED",
        type: "SUCCESS",
        message: "The run was canceled during execution by a user.",
      },
    });
    sims.databricks.finishRun(8, "FAILED", "CLUSTER_TERMINATED_BY_USER");
    expect((await runJson(sims, 8)).status).toMatchObject({
      state: "TERMINATED",
      termination_details: { code: "CLUSTER_TERMINATED_BY_USER" },
    });
  });

  it("logs the X-Databricks-Workspace-Id of each Jobs call (and accepts it)", async () => {
    const sims = createSimulators();
    sims.databricks.addRun({ runId: 7 });
    const call = (path: string, init: RequestInit) =>
      sims.databricks.handle(new Request(`${DBX}/api/2.2/jobs/runs/${path}`, init));
    await call("get?run_id=7", { headers: { ...bearer, "X-Databricks-Workspace-Id": "123" } });
    await call("cancel", {
      method: "POST",
      headers: { ...bearer, "x-databricks-workspace-id": "conn-abc" },
      body: JSON.stringify({ run_id: 7 }),
    });
    await call("get?run_id=7", { headers: bearer });
    expect(sims.databricks.requests.map((r) => [r.operation, r.status, r.workspaceId])).toEqual([
      ["getRun", 200, "123"],
      ["cancelRun", 200, "conn-abc"],
      ["getRun", 200, undefined],
    ]);
    expect(sims.databricks.requests[2]).not.toHaveProperty("workspaceId");
  });
});

// Our own client against the simulator, once through msw and once through the HTTP server (msw
// listens only in its own mode, or it would intercept the loopback requests).
const server = setupServer();
let running: RunningSimulators | undefined;
afterEach(async () => {
  server.resetHandlers();
  await running?.close();
  running = undefined;
});

const modes = {
  msw: async (sims: Simulators) => {
    server.resetHandlers(...simulatorHandlers(sims));
    return "dbc-a1b2345c-d6e7.cloud.databricks.com";
  },
  "HTTP server": async (sims: Simulators) => {
    running = await startSimulators({ simulators: sims });
    return running.urls.databricks;
  },
};

describe.each(Object.entries(modes))(
  "cancelRunConfirmed against the simulator (%s)",
  (mode, serve) => {
    if (mode === "msw") {
      beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
      afterAll(() => server.close());
    }
    let sims: Simulators;
    let clock: ManualClock;
    const client = async (options: databricks.DatabricksClientOptions = {}) =>
      databricks.createClient({
        host: await serve(sims),
        token: TOKEN,
        allowInsecureLoopback: true,
        clock,
        retry: false,
        ...options,
      });
    const begin = () => {
      clock = createManualClock();
      sims = createSimulators({ clock, cancelDelayMs: 3000, databricks: { tokens: [TOKEN] } });
    };
    const operations = () => sims.databricks.requests.map((r) => r.operation);

    it("a running run: cancel-requested; the run reads stopping, then cancelled", async () => {
      begin();
      sims.databricks.addRun({ runId: 1, state: "RUNNING" });
      const c = await client();
      const result = await databricks.cancelRunConfirmed(c, { runId: 1 });
      expect(result.outcome).toBe("cancel-requested");
      expect(result.metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(operations()).toEqual(["cancelRun"]);
      const read = async () =>
        readRunState(databricks.getRunState, await databricks.getRun(c, { runId: 1 }));
      expect(await read()).toMatchObject({ state: "stopping", vendorResult: "USER_CANCELED" });
      clock.advance(3000);
      expect(await read()).toEqual({
        state: "cancelled",
        terminal: true,
        vendorState: "TERMINATED",
        vendorResult: "USER_CANCELED",
      });
    });

    it("a finished run: the no-op cancel is cancel-requested, nothing is read, and the run keeps its own end", async () => {
      begin();
      sims.databricks.addRun({ runId: 2, state: "TERMINATED", resultState: "SUCCESS" });
      const c = await client();
      const result = await databricks.cancelRunConfirmed(c, { runId: 2 });
      expect(result.outcome).toBe("cancel-requested");
      expect(result.confirmation).toBeUndefined();
      expect(operations()).toEqual(["cancelRun"]);
      const run = await databricks.getRun(c, { runId: 2 });
      expect(readRunState(databricks.getRunState, run)).toMatchObject({
        state: "succeeded",
        terminal: true,
        vendorResult: "SUCCESS",
      });
    });

    it("a refused cancel of a running run is the refusal itself; no status read, the run still runs", async () => {
      begin();
      sims.databricks.addRun({ runId: 3, state: "RUNNING" });
      sims.databricks.faults.add({
        fault: { kind: "server-error", status: 500 },
        operation: "cancelRun",
      });
      sims.databricks.faults.add({ fault: { kind: "reset" }, operation: "getRun" });
      const error = await databricks
        .cancelRunConfirmed(await client(), { runId: 3 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ status: 500, code: "INTERNAL_ERROR", attempts: 1 });
      expect((error as Error).cause).toBeUndefined();
      expect(operations()).toEqual(["cancelRun"]);
      expect(sims.databricks.runState(3)).toEqual({ lifeCycleState: "RUNNING" });
    });

    it("sends the client's workspace id on the cancel and the read", async () => {
      begin();
      sims.databricks.addRun({ runId: 4 });
      const c = await client({ workspaceId: "1234567890123456" });
      await databricks.cancelRunConfirmed(c, { runId: 4 });
      await databricks.getRun(c, { runId: 4 });
      expect(sims.databricks.requests.map((r) => [r.operation, r.workspaceId])).toEqual([
        ["cancelRun", "1234567890123456"],
        ["getRun", "1234567890123456"],
      ]);
    });
  },
);
