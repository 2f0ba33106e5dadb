// @cancel/fabric-workload's cancelItemJobInstanceConfirmed against the Fabric simulator (through
// msw): the reference workload's answers by default, the spec's tolerated variants by option.
import { type ApiError, AuthenticationError, ConflictError, ServerError } from "@cancel/core";
import { cancelItemJobInstanceConfirmed, createClient } from "@cancel/fabric-workload";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createManualClock,
  FABRIC_SIMULATOR_BASE_URL,
  FabricWorkloadSimulator,
  type FabricWorkloadSimulatorOptions,
} from "../src/index.js";
import { vendorHandler } from "../src/msw.js";

const APP_TOKEN = "eyJ0eXAiOiJKV1QifQ.app.sig";
const IDS = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());

function workload(options: FabricWorkloadSimulatorOptions = {}, appToken = APP_TOKEN) {
  const clock = createManualClock();
  const sim = new FabricWorkloadSimulator({ appTokens: [APP_TOKEN], clock, ...options });
  server.resetHandlers(vendorHandler(sim));
  const client = createClient({
    baseUrl: FABRIC_SIMULATOR_BASE_URL,
    tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    appToken,
    clock,
  });
  const calls = () => sim.requests.map((r) => `${r.operation} ${r.status}`);
  return { sim, client, clock, calls };
}
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error as ApiError,
  );

describe("the reference workload (default)", () => {
  it("a running job: cancelled, from the answer alone", async () => {
    const { sim, client, calls } = workload({ cancelDelayMs: 5000 });
    sim.addJobInstance({ jobInstanceId: IDS.jobInstanceId, itemId: IDS.itemId });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result).toMatchObject({
      outcome: "cancelled",
      data: { status: "Cancelled" },
      state: { state: "cancelled", terminal: true },
    });
    expect(calls()).toEqual(["cancelItemJobInstance 200"]);
  });

  it("a finished job: also cancelled (the reference answers Cancelled whatever the state)", async () => {
    const { sim, client } = workload();
    sim.addJobInstance({
      jobInstanceId: IDS.jobInstanceId,
      itemId: IDS.itemId,
      status: "Completed",
    });
    expect((await cancelItemJobInstanceConfirmed(client, IDS)).outcome).toBe("cancelled");
  });

  it("refused cancels are thrown as they came, with no read: unknown item, wrong app token", async () => {
    const { sim, client, calls } = workload();
    sim.addJobInstance({ jobInstanceId: IDS.jobInstanceId, itemId: IDS.itemId });
    const unknownItem = await caught(
      cancelItemJobInstanceConfirmed(client, { ...IDS, itemId: crypto.randomUUID() }),
    );
    expect(unknownItem).toMatchObject({ status: 404, code: "ItemMetadataNotFound" });
    const wrongToken = workload({}, "eyJ0eXAiOiJKV1QifQ.other.sig");
    wrongToken.sim.addJobInstance({ jobInstanceId: IDS.jobInstanceId, itemId: IDS.itemId });
    const refused = await caught(cancelItemJobInstanceConfirmed(wrongToken.client, IDS));
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused.code).toBe("AuthError");
    expect(calls()).toEqual(["cancelItemJobInstance 404"]);
    expect(wrongToken.calls()).toEqual(["cancelItemJobInstance 401"]);
    expect(wrongToken.sim.jobInstanceStatus(IDS.jobInstanceId)).toBe("InProgress");
  });
});

describe("the tolerated variants", () => {
  it("cancelAnswer state: a running job is cancel-requested, a finished one already-terminal", async () => {
    const { sim, client } = workload({ cancelAnswer: "state", cancelDelayMs: 3000 });
    sim.addJobInstance({ jobInstanceId: IDS.jobInstanceId, itemId: IDS.itemId });
    const running = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(running.outcome).toBe("cancel-requested");
    expect(running.state).toMatchObject({ state: "running", vendorState: "InProgress" });
    sim.finishJobInstance(IDS.jobInstanceId, "Failed");
    const finished = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(finished.outcome).toBe("already-terminal");
    expect(finished.state).toMatchObject({ state: "failed", terminal: true });
  });

  it("cancelAnswer conflict: the 409 is sent once and settled by exactly one read", async () => {
    const { sim, client, calls } = workload({ cancelAnswer: "conflict" });
    sim.addJobInstance({
      jobInstanceId: IDS.jobInstanceId,
      itemId: IDS.itemId,
      status: "Completed",
    });
    const result = await cancelItemJobInstanceConfirmed(client, IDS);
    expect(result.outcome).toBe("already-terminal");
    expect(result.state).toMatchObject({ state: "succeeded", vendorState: "Completed" });
    expect(result.refusal).toBeInstanceOf(ConflictError);
    expect(result.refusal?.code).toBe("JobAlreadyCompleted");
    expect(calls()).toEqual(["cancelItemJobInstance 409", "getItemJobInstanceState 200"]);
  });

  it("cancelAnswer conflict, a read that fails: the 409 is thrown, the read's error its cause", async () => {
    const { sim, client, calls } = workload({ cancelAnswer: "conflict" });
    sim.addJobInstance({
      jobInstanceId: IDS.jobInstanceId,
      itemId: IDS.itemId,
      status: "Completed",
    });
    // Every attempt of the read fails (the client retries a 500 within the call's deadline).
    sim.faults.add({ fault: { kind: "server-error" }, operation: "getItemJobInstanceState" });
    const error = await caught(cancelItemJobInstanceConfirmed(client, IDS));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("JobAlreadyCompleted");
    expect(error.cause).toBeInstanceOf(ServerError);
    expect(error.cause).toMatchObject({ code: "InternalError", attempts: 3 });
    expect(calls()).toEqual([
      "cancelItemJobInstance 409",
      "getItemJobInstanceState 500",
      "getItemJobInstanceState 500",
      "getItemJobInstanceState 500",
    ]);
  });

  it("unknownJobInstance not-found: the 404 is thrown, no read", async () => {
    const { sim, client, calls } = workload({ unknownJobInstance: "not-found" });
    sim.addItem(IDS.itemId);
    const error = await caught(cancelItemJobInstanceConfirmed(client, IDS));
    expect(error).toMatchObject({ status: 404, code: "JobInstanceNotFound" });
    expect(calls()).toEqual(["cancelItemJobInstance 404"]);
  });
});
