// MRS through @cancel/sdk: a cancel answered 0175 ("Failed to kill the job") is settled by one
// status read of the same job, inside the call: a job that had ended is `already-terminal` with
// its final state; a kill that failed while the job runs is thrown. Against the MRS simulator
// (its msw handler) and against msw answers in the vendor's documented shapes.
import { ApiError } from "@cancel/core";
import { createSimulators } from "@cancel/testing";
import { vendorHandler } from "@cancel/testing/msw";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CancelError, type CancelTarget } from "../src/index.js";
import {
  answer,
  autoClock,
  BASE,
  IDS,
  MRS_V11_TARGET,
  ROUTES,
  TARGETS,
  testClient,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const V2 = TARGETS["huawei-mrs"];
const V11 = MRS_V11_TARGET;
const KILL_FAILED = { error_msg: "Failed to terminate the job.", error_code: "0175" };
// The v1.1 read: no helper route for it (helpers.ts predates it).
const SHOW_V11 = `${BASE["huawei-mrs"]}/v1.1/:projectId/job-executions/:jobExecutionId`;

/** The transport's own retries stay on (helpers turn them off): 0175 must go out once anyway. */
const sdkWithRetries = () => testClient({ clock: autoClock(Date.now()), defaults: {} });

describe("MRS confirmed cancel against the simulator", () => {
  const KEYS = { ak: "HPUASIMULATORAK01", sk: "simulatorSecretKey0123456789" };

  function setup(options: { cancelDelayMs?: number } = {}) {
    const sims = createSimulators({ huaweiMrs: { credentials: [KEYS] }, ...options });
    mock.use(vendorHandler(sims.huaweiMrs));
    const sdk = testClient({
      // Signatures are dated by the client's clock: the simulator checks them against real time.
      clock: autoClock(Date.now()),
      defaults: {},
      huaweiMrs: { region: "cn-north-4", credentials: KEYS, projectId: IDS.projectId },
    });
    const calls = () => sims.huaweiMrs.requests.map((r) => `${r.operation} ${r.status}`);
    return { sims, sdk, calls };
  }

  it("a finished job (v2): 0175 once, one read → already-terminal with its final state", async () => {
    const { sims, sdk, calls } = setup();
    sims.huaweiMrs.addJob({ jobExecutionId: IDS.jobExecutionId, state: "FINISHED" });
    const result = await sdk.cancel(V2);
    expect(result).toMatchObject({
      outcome: "already-terminal",
      operation: "stopJob",
      httpStatus: 500,
      raw: { error_code: "0175", error_msg: "Failed to terminate the job." },
      waitable: true,
    });
    expect(result.final).toMatchObject({
      provider: "huawei-mrs",
      state: "succeeded",
      terminal: true,
      vendorState: "FINISHED",
      vendorResult: "SUCCEEDED",
    });
    expect(result.runStatus).toBe(result.final);
    expect(calls()).toEqual(["stopJob 500", "showSingleJobExe 202"]);
  });

  it("a finished job (v1.1): 0175 once, one showJobExecution read → already-terminal", async () => {
    const { sims, sdk, calls } = setup();
    sims.huaweiMrs.addJob({ jobExecutionId: IDS.jobExecutionId, state: "FAILED" });
    const result = await sdk.cancel(V11);
    expect(result.outcome).toBe("already-terminal");
    expect(result.operation).toBe("cancelJobExecution");
    expect(result.final).toMatchObject({ state: "failed", terminal: true, vendorState: "FAILED" });
    expect(calls()).toEqual(["cancelJobExecution 500", "showJobExecution 200"]);
  });

  it("a running job: cancel-requested, nothing read (v2); v1.1 reports TOBEKILLED", async () => {
    const { sims, sdk, calls } = setup({ cancelDelayMs: 60_000 });
    sims.huaweiMrs.addJob({ jobExecutionId: IDS.jobExecutionId });
    const v2 = await sdk.cancel(V2);
    expect(v2).toMatchObject({ outcome: "cancel-requested", httpStatus: 200, final: undefined });
    sims.huaweiMrs.addJob({ jobExecutionId: "job-v11" });
    const v11 = await sdk.cancel({ ...V11, jobExecutionId: "job-v11" });
    expect(v11).toMatchObject({
      outcome: "cancel-requested",
      vendorStatus: "TOBEKILLED",
      waitable: true,
      final: undefined,
    });
    expect(v11.runStatus).toMatchObject({ state: "stopping", terminal: false });
    expect(calls()).toEqual(["stopJob 200", "cancelJobExecution 200"]);
  });

  it("a kill refused while the job runs: the original 0175 is the error, after one read", async () => {
    const { sims, sdk, calls } = setup();
    sims.huaweiMrs.addJob({ jobExecutionId: IDS.jobExecutionId, killFails: true });
    const error = (await sdk.cancel(V2).catch((e: unknown) => e)) as CancelError;
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({
      kind: "server",
      provider: "huawei-mrs",
      operation: "stopJob",
      status: 500,
      code: "0175",
      retryable: false,
      attempts: 1,
    });
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(error.cause).toMatchObject({ code: "0175", operation: "stopJob" });
    expect((error.cause as Error).cause).toBeUndefined();
    expect(sims.huaweiMrs.jobState(IDS.jobExecutionId)).toBe("RUNNING");
    expect(calls()).toEqual(["stopJob 500", "showSingleJobExe 202"]);
  });

  it("a read that fails while confirming: the 0175, with the read's failure as its cause", async () => {
    const { sims, sdk, calls } = setup();
    sims.huaweiMrs.addJob({ jobExecutionId: IDS.jobExecutionId, killFails: true });
    sims.huaweiMrs.faults.add({ fault: { kind: "server-error" }, operation: "showJobExecution" });
    const error = (await sdk.cancel(V11).catch((e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({ code: "0175", operation: "cancelJobExecution" });
    const refusal = error.cause as ApiError;
    expect(refusal).toMatchObject({ code: "0175", operation: "cancelJobExecution" });
    expect(refusal.cause).toBeInstanceOf(ApiError);
    expect(refusal.cause).toMatchObject({
      status: 500,
      code: "0162",
      operation: "showJobExecution",
    });
    expect(calls()).toEqual(["cancelJobExecution 500", "showJobExecution 500"]);
  });

  it("cancelMany: an ended job, a running one and a failing kill, each settled on its own", async () => {
    const { sims, sdk, calls } = setup({ cancelDelayMs: 60_000 });
    sims.huaweiMrs.addJob({ jobExecutionId: "ended", state: "KILLED" });
    sims.huaweiMrs.addJob({ jobExecutionId: "running" });
    sims.huaweiMrs.addJob({ jobExecutionId: "stuck", killFails: true });
    const targets: CancelTarget[] = [
      { ...V2, jobExecutionId: "ended" },
      { ...V11, jobExecutionId: "running" },
      { ...V2, jobExecutionId: "stuck" },
    ];
    const entries = await sdk.cancelMany(targets, { concurrency: 1 });
    expect(entries[0]).toMatchObject({
      ok: true,
      result: { outcome: "already-terminal", final: { state: "cancelled", vendorState: "KILLED" } },
    });
    expect(entries[1]).toMatchObject({
      ok: true,
      result: { outcome: "cancel-requested", vendorStatus: "TOBEKILLED" },
    });
    expect(entries[2]).toMatchObject({ ok: false, error: { kind: "server", code: "0175" } });
    expect(calls()).toEqual([
      "stopJob 500",
      "showSingleJobExe 202",
      "cancelJobExecution 200",
      "stopJob 500",
      "showSingleJobExe 202",
    ]);
  });
});

describe("MRS confirmed cancel against msw answers", () => {
  const detail = (
    specExamples("huawei-mrs").showSingleJobExe!.success[0]!.value as {
      job_detail: Record<string, unknown>;
    }
  ).job_detail;
  const jobDetail = (job_state: string, job_result: string) => ({
    job_detail: { ...detail, job_state, job_result },
  });
  const execution = (
    specExamples("huawei-mrs").showJobExecution!.success[0]!.value as {
      job_execution: Record<string, unknown>;
    }
  ).job_execution;
  const jobExecution = (info: { status: string } | null) => ({
    job_execution: { ...execution, info },
  });
  const count = (path: string) => mock.requests.filter((r) => r.url.pathname === path).length;
  const KILL = `/v2/${IDS.projectId}/clusters/${IDS.clusterId}/job-executions/${IDS.jobExecutionId}/kill`;
  const SHOW = `/v2/${IDS.projectId}/clusters/${IDS.clusterId}/job-executions/${IDS.jobExecutionId}`;
  const CANCEL = `/v1.1/${IDS.projectId}/job-executions/${IDS.jobExecutionId}/cancel`;
  const READ = `/v1.1/${IDS.projectId}/job-executions/${IDS.jobExecutionId}`;

  it("the kill page's 400 0175 and a FINISHED job: already-terminal, final state succeeded", async () => {
    mock.use(
      answer("stopJob", 400, KILL_FAILED, { "X-Request-Id": "rid-kill" }),
      answer("showSingleJobExe", 202, jobDetail("FINISHED", "SUCCEEDED")),
    );
    const result = await sdkWithRetries().cancel(V2);
    expect(result).toMatchObject({
      outcome: "already-terminal",
      httpStatus: 400,
      requestId: "rid-kill",
      final: { state: "succeeded", vendorState: "FINISHED", vendorResult: "SUCCEEDED" },
    });
    expect([count(KILL), count(SHOW)]).toEqual([1, 1]);
  });

  it("the error table's 500 0175 and a RUNNING job: the 0175, sent once and read once", async () => {
    mock.use(
      answer("stopJob", 500, KILL_FAILED),
      answer("showSingleJobExe", 202, jobDetail("RUNNING", "UNDEFINED")),
    );
    const error = (await sdkWithRetries()
      .cancel(V2)
      .catch((e: unknown) => e)) as CancelError;
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({ kind: "server", status: 500, code: "0175", retryable: false });
    expect([count(KILL), count(SHOW)]).toEqual([1, 1]);
  });

  it("a running job: 200 is cancel-requested, nothing read", async () => {
    mock.use(answer("stopJob", 200));
    const result = await sdkWithRetries().cancel(V2);
    expect(result).toMatchObject({ outcome: "cancel-requested", final: undefined });
    expect(mock.requests).toHaveLength(1);
  });

  it("v1.1: a read that fails (403) leaves the 0175, with the read's error as its cause", async () => {
    mock.use(
      answer("cancelJobExecution", 500, KILL_FAILED),
      http.get(SHOW_V11, () =>
        HttpResponse.json(
          { error_code: "APIGW.0302", error_msg: "The IAM user is not authorized." },
          { status: 403 },
        ),
      ),
    );
    const error = (await sdkWithRetries()
      .cancel(V11)
      .catch((e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({ code: "0175", operation: "cancelJobExecution" });
    expect((error.cause as ApiError).cause).toMatchObject({
      status: 403,
      code: "APIGW.0302",
      operation: "showJobExecution",
    });
    expect([count(CANCEL), count(READ)]).toEqual([1, 1]);
  });

  it.each([
    ["KILLED", { status: "KILLED" }, "cancelled", "cancelled"],
    ["SUCCEEDED", { status: "SUCCEEDED" }, "already-terminal", "succeeded"],
    ["info null (the vendor's example)", null, "cancel-requested", undefined],
  ])("v1.1: the cancel's own answer, %s", async (_name, info, outcome, final) => {
    mock.use(answer("cancelJobExecution", 200, jobExecution(info)));
    const result = await sdkWithRetries().cancel(V11);
    expect(result.outcome).toBe(outcome);
    expect(result.vendorStatus).toBe(info?.status);
    expect(result.final?.state).toBe(final);
    expect(mock.requests).toHaveLength(1);
  });

  it("cancelMany: a 0175 settled as ended next to a 0175 that stands", async () => {
    const ended = { ...V2, jobExecutionId: "ended" };
    const stuck = { ...V2, jobExecutionId: "stuck" };
    mock.use(
      answer("stopJob", 500, KILL_FAILED),
      http.get(ROUTES.showSingleJobExe[1], ({ params }) =>
        HttpResponse.json(
          params.jobExecutionId === "ended"
            ? jobDetail("KILLED", "KILLED")
            : jobDetail("RUNNING", "UNDEFINED"),
          { status: 202 },
        ),
      ),
    );
    const entries = await sdkWithRetries().cancelMany([ended, stuck]);
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.code))).toEqual([
      "already-terminal",
      "0175",
    ]);
    expect(entries[0]!.result!.final).toMatchObject({ state: "cancelled", vendorState: "KILLED" });
    expect(mock.requests.map((r) => r.method).sort()).toEqual(["GET", "GET", "POST", "POST"]);
  });

  it("wait after a v1.1 cancel polls showJobExecution until a terminal info.status", async () => {
    mock.use(
      answer("cancelJobExecution", 200, jobExecution({ status: "TOBEKILLED" })),
      http.get(SHOW_V11, () => HttpResponse.json(jobExecution({ status: "KILLED" }))),
    );
    const result = await sdkWithRetries().cancel(V11, { wait: true });
    expect(result.final).toMatchObject({ state: "cancelled", vendorState: "KILLED" });
    expect([count(CANCEL), count(READ)]).toEqual([1, 1]);
  });
});
