// The confirmed outcome of a Huawei DLI cancel through @cancel/sdk: DLI documents no code or
// message for its refusal of a finished job, so every 400 of cancelSqlJob is settled by one
// showSqlJobStatus read. Against stubbed answers (msw) and against @cancel/testing's simulator.
import { type ApiError, BadRequestError, ServerError } from "@cancel/core";
import { createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { createMockServer } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CancelError, createCancelClient } from "../src/index.js";
import { answer, BASE, IDS, TARGETS, testClient, testConfig, unexpected } from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const TARGET = TARGETS["huawei-dli"];
const CANCEL_SENT = `DELETE ${BASE["huawei-dli"]}/v1.0/${IDS.projectId}/jobs/${IDS.jobId}`;
const READ_SENT = `GET ${BASE["huawei-dli"]}/v1.0/${IDS.projectId}/jobs/${IDS.jobId}/status`;
const sent = () => mock.requests.map((r) => `${r.method} ${r.url.href}`);
const NOT_SUPPORTED = { error_code: "DLI.0007", error_msg: "The operation is not supported." };
const rid = (id: string) => ({ "X-Request-Id": id });

describe("huawei-dli through @cancel/sdk, stubbed answers", () => {
  const sdk = testClient();

  it.each([
    ["FINISHED", "succeeded"],
    ["FAILED", "failed"],
    ["CANCELLED", "cancelled"],
  ] as const)(
    "a %s job: already-terminal, with the final state (%s) as result.final",
    async (status, state) => {
      const read = { job_id: IDS.jobId, status, duration: 2523 };
      mock.use(
        answer("cancelSqlJob", 400, NOT_SUPPORTED, rid("rid-cancel")),
        answer("showSqlJobStatus", 200, read, rid("rid-read")),
      );
      const result = await sdk.cancel(TARGET);
      expect(result).toMatchObject({
        provider: "huawei-dli",
        outcome: "already-terminal",
        operation: "cancelSqlJob",
        httpStatus: 400,
        requestId: "rid-cancel",
        raw: NOT_SUPPORTED,
        waitable: true,
      });
      const final = {
        provider: "huawei-dli",
        target: TARGET,
        state,
        terminal: true,
        vendorState: status,
        vendorResult: undefined,
        requestId: "rid-read",
        raw: read,
      };
      expect(result.final).toEqual(final);
      expect(result.runStatus).toEqual(final);
      // The final state is known: waiting reads nothing more.
      expect(await result.wait()).toEqual(final);
      expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
    },
  );

  it("a running job: cancel-requested, nothing read, no final state", async () => {
    mock.use(answer("cancelSqlJob", 200, { is_success: true, message: "" }, rid("rid-cancel")));
    const result = await sdk.cancel(TARGET);
    expect(result).toMatchObject({
      outcome: "cancel-requested",
      httpStatus: 200,
      requestId: "rid-cancel",
      raw: { is_success: true, message: "" },
      runStatus: undefined,
      final: undefined,
    });
    expect(sent()).toEqual([CANCEL_SENT]);
  });

  it.each([
    [
      "RUNNING",
      "forbidden",
      { error_code: "DLI.0003", error_msg: "SQL permission verification fails." },
    ],
    ["LAUNCHING", "invalid-request", NOT_SUPPORTED],
    ["SOME_FUTURE_STATE", "invalid-request", NOT_SUPPORTED],
  ] as const)(
    "a refused cancel of a %s job is the refusal itself (kind %s)",
    async (status, kind, refusal) => {
      mock.use(
        answer("cancelSqlJob", 400, refusal, rid("rid-cancel")),
        answer("showSqlJobStatus", 200, { job_id: IDS.jobId, status }, rid("rid-read")),
      );
      const error = (await sdk.cancel(TARGET).then(unexpected, (e: unknown) => e)) as CancelError;
      expect(error).toBeInstanceOf(CancelError);
      expect(error).toMatchObject({
        kind,
        provider: "huawei-dli",
        operation: "cancelSqlJob",
        target: TARGET,
        status: 400,
        code: refusal.error_code,
        vendorMessage: refusal.error_msg,
        requestId: "rid-cancel",
        retryable: false,
      });
      // The original refusal, unchanged: no read error attached.
      expect(error.cause).toBeInstanceOf(BadRequestError);
      expect(error.cause).toMatchObject({ code: refusal.error_code, body: refusal });
      expect((error.cause as ApiError).cause).toBeUndefined();
      expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
    },
  );

  it("a read that fails while confirming: the refusal, with the read's error as its cause", async () => {
    const readError = { error_code: "APIGW.0103", error_msg: "The backend does not exist." };
    mock.use(
      answer("cancelSqlJob", 400, NOT_SUPPORTED, rid("rid-cancel")),
      answer("showSqlJobStatus", 500, readError, rid("rid-read")),
    );
    const error = (await sdk.cancel(TARGET).then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({
      kind: "invalid-request",
      status: 400,
      code: "DLI.0007",
      requestId: "rid-cancel",
    });
    const refusal = error.cause as ApiError;
    expect(refusal).toBeInstanceOf(BadRequestError);
    expect(refusal.cause).toBeInstanceOf(ServerError);
    expect(refusal.cause).toMatchObject({
      status: 500,
      code: "APIGW.0103",
      requestId: "rid-read",
      operation: "showSqlJobStatus",
    });
    expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
  });

  it("sends the ambiguous refusal once and reads once, with retries on", async () => {
    const retrying = createCancelClient(testConfig({ defaults: { retry: { maxAttempts: 5 } } }));
    mock.use(
      answer("cancelSqlJob", 400, NOT_SUPPORTED, rid("rid-cancel")),
      answer("showSqlJobStatus", 200, { job_id: IDS.jobId, status: "FINISHED" }, rid("rid-read")),
    );
    const result = await retrying.cancel(TARGET);
    expect(result.outcome).toBe("already-terminal");
    expect(sent()).toEqual([CANCEL_SENT, READ_SENT]);
  });
});

describe("huawei-dli through @cancel/sdk, against the DLI simulator (msw)", () => {
  const KEY = { ak: "HPUASIMULATORAK01", sk: "simulatorSecretKey0123456789" };
  let sims: Simulators;
  const sdk = createCancelClient({
    huaweiDli: { region: "cn-north-4", credentials: KEY, projectId: IDS.projectId },
    defaults: { retry: false },
  });
  const job = (jobId: string) => ({ ...TARGET, jobId });
  const calls = () => sims.huaweiDli.requests.map((r) => `${r.operation} ${r.jobId} ${r.status}`);

  beforeEach(() => {
    sims = createSimulators({ huaweiDli: { credentials: [KEY] } });
    mock.use(...simulatorHandlers([sims.huaweiDli]));
  });

  it("a finished job: already-terminal with FINISHED as result.final", async () => {
    sims.huaweiDli.addJob({ jobId: "job-finished", status: "FINISHED" });
    const result = await sdk.cancel(job("job-finished"));
    expect(result).toMatchObject({
      outcome: "already-terminal",
      httpStatus: 400,
      raw: NOT_SUPPORTED,
      final: { state: "succeeded", terminal: true, vendorState: "FINISHED" },
    });
    expect(calls()).toEqual(["cancelSqlJob job-finished 400", "showSqlJobStatus job-finished 200"]);
  });

  it("a running job: cancel-requested; a job the caller may not cancel: its refusal", async () => {
    sims.huaweiDli.addJob({ jobId: "job-running" });
    sims.huaweiDli.addJob({ jobId: "job-denied", cancelDenied: true });
    expect((await sdk.cancel(job("job-running"))).outcome).toBe("cancel-requested");
    const error = await sdk.cancel(job("job-denied")).then(unexpected, (e: unknown) => e);
    expect(error).toMatchObject({ kind: "forbidden", status: 400, code: "DLI.0003" });
    expect(sims.huaweiDli.jobStatus("job-denied")).toBe("RUNNING");
  });

  it("a read that fails while confirming: the refusal, with the read's error as its cause", async () => {
    sims.huaweiDli.addJob({ jobId: "job-failed", status: "FAILED" });
    sims.huaweiDli.faults.add({ fault: { kind: "server-error" }, operation: "showSqlJobStatus" });
    const error = (await sdk
      .cancel(job("job-failed"))
      .then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({ status: 400, code: "DLI.0007" });
    expect((error.cause as ApiError).cause).toMatchObject({ status: 500, code: "DLI.0999" });
  });

  it("cancelMany: each job gets its own confirmed outcome, in input order", async () => {
    sims.huaweiDli.addJob({ jobId: "job-running" });
    sims.huaweiDli.addJob({ jobId: "job-finished", status: "FINISHED" });
    sims.huaweiDli.addJob({ jobId: "job-cancelled", status: "CANCELLED" });
    sims.huaweiDli.addJob({ jobId: "job-denied", cancelDenied: true });
    const entries = await sdk.cancelMany(
      ["job-running", "job-finished", "job-cancelled", "job-denied"].map(job),
      { concurrency: 1 },
    );
    expect(entries.map((e) => (e.ok ? e.result.outcome : e.error.kind))).toEqual([
      "cancel-requested",
      "already-terminal",
      "already-terminal",
      "forbidden",
    ]);
    expect(entries[1]!.result?.final).toMatchObject({
      state: "succeeded",
      vendorState: "FINISHED",
    });
    expect(entries[2]!.result?.final).toMatchObject({
      state: "cancelled",
      vendorState: "CANCELLED",
    });
    expect(entries[3]!.error).toMatchObject({ status: 400, code: "DLI.0003" });
    // Each refusal was sent once and read once; the accepted cancel needed no read.
    expect(calls()).toEqual([
      "cancelSqlJob job-running 200",
      "cancelSqlJob job-finished 400",
      "showSqlJobStatus job-finished 200",
      "cancelSqlJob job-cancelled 400",
      "showSqlJobStatus job-cancelled 200",
      "cancelSqlJob job-denied 400",
      "showSqlJobStatus job-denied 200",
    ]);
  });
});
