/**
 * EMR Serverless through the umbrella: AWS refuses the cancel of a run that has already ended with
 * 400 ValidationException, which one GetJobRun settles (specs/emr-serverless.yaml,
 * x-cancel-cancel.ambiguous). With msw answers, then against the `@cancel/testing` simulator.
 */
import { type ApiError, BadRequestError, PermissionDeniedError, ServerError } from "@cancel/core";
import { createSimulators, type Simulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { startSimulators } from "@cancel/testing/node";
import { createMockServer } from "@cancel/testkit";
import { HttpResponse, http, passthrough } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CancelError, CancelResult, createCancelClient } from "../src/index.js";
import { autoClock, IDS, ROUTES, TARGETS, testClient, unexpected } from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const TARGET = TARGETS["emr-serverless"];
const RUN_PATH = `/applications/${IDS.applicationId}/jobruns/${IDS.jobRunId}`;
const NOT_CANCELLABLE = { message: `Job run ${IDS.jobRunId} is not in a cancellable state` };
const awsHeaders = (type: string | undefined, requestId: string) => ({
  ...(type && {
    "X-Amzn-ErrorType": `${type}:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`,
  }),
  "x-amzn-RequestId": requestId,
});
const jobRun = (state: string, jobRunId = IDS.jobRunId) => ({
  jobRun: {
    applicationId: IDS.applicationId,
    jobRunId,
    arn: `arn:aws:emr-serverless:us-east-1:123456789012:/applications/${IDS.applicationId}/jobruns/${jobRunId}`,
    createdBy: "arn:aws:iam::123456789012:user/data-engineer",
    createdAt: 1717430400.123,
    updatedAt: 1717431060.789,
    executionRole: "arn:aws:iam::123456789012:role/EMRServerlessS3RuntimeRole",
    state,
    stateDetails: "",
    releaseLabel: "emr-7.9.0",
    jobDriver: { sparkSubmit: { entryPoint: "s3://amzn-s3-demo-bucket/scripts/wordcount.py" } },
  },
});
const refused = (status = 400, type = "ValidationException", body: unknown = NOT_CANCELLABLE) =>
  http.delete(ROUTES.cancelJobRun[1], () =>
    HttpResponse.json(body as never, { status, headers: awsHeaders(type, "req-cancel") }),
  );
const reads = (state: string) =>
  http.get(ROUTES.getJobRun[1], () =>
    HttpResponse.json(jobRun(state), { headers: awsHeaders(undefined, "req-read") }),
  );
const calls = () => mock.requests.map((r) => `${r.method} ${r.url.pathname}`);

describe("EMR Serverless confirmed outcomes (msw)", () => {
  // The transport's retries on: an ambiguous refusal must still be sent once and read once.
  const sdk = testClient({ clock: autoClock(), defaults: {} });

  it.each([
    ["SUCCESS", "succeeded"],
    ["FAILED", "failed"],
    ["CANCELLED", "cancelled"],
  ])("a run that ended %s: already-terminal, with its final state", async (vendorState, state) => {
    mock.use(refused(), reads(vendorState));
    const result = await sdk.cancel(TARGET);
    expect(result).toBeInstanceOf(CancelResult);
    expect(result).toMatchObject({
      provider: "emr-serverless",
      outcome: "already-terminal",
      operation: "cancelJobRun",
      httpStatus: 400,
      requestId: "req-cancel",
      raw: NOT_CANCELLABLE,
    });
    expect(result.final).toMatchObject({
      provider: "emr-serverless",
      target: TARGET,
      state,
      terminal: true,
      vendorState,
      requestId: "req-read",
    });
    expect(result.runStatus).toBe(result.final);
    // Nothing left to wait for: the final state is already known.
    expect(await result.wait()).toBe(result.final);
    expect(calls()).toEqual([`DELETE ${RUN_PATH}`, `GET ${RUN_PATH}`]);
  });

  it("a running run: cancel-requested, nothing read", async () => {
    mock.use(
      http.delete(ROUTES.cancelJobRun[1], () =>
        HttpResponse.json(
          { applicationId: IDS.applicationId, jobRunId: IDS.jobRunId },
          { headers: awsHeaders(undefined, "req-ok") },
        ),
      ),
      reads("CANCELLING"),
    );
    const result = await sdk.cancel(TARGET);
    expect(result).toMatchObject({
      outcome: "cancel-requested",
      httpStatus: 200,
      requestId: "req-ok",
    });
    expect(result.final).toBeUndefined();
    expect(calls()).toEqual([`DELETE ${RUN_PATH}`]);
  });

  it("a refused cancel of a run still running: the refusal, as a CancelError", async () => {
    mock.use(refused(), reads("RUNNING"));
    const error = (await sdk.cancel(TARGET).then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toBeInstanceOf(CancelError);
    expect(error).toMatchObject({
      kind: "invalid-request",
      provider: "emr-serverless",
      operation: "cancelJobRun",
      status: 400,
      code: "ValidationException",
      vendorMessage: NOT_CANCELLABLE.message,
      requestId: "req-cancel",
      target: TARGET,
    });
    expect(error.cause).toBeInstanceOf(BadRequestError);
    expect((error.cause as ApiError).cause).toBeUndefined();
    expect(calls()).toEqual([`DELETE ${RUN_PATH}`, `GET ${RUN_PATH}`]);
  });

  it("a read that fails while confirming: the refusal, with the read's failure as its cause", async () => {
    mock.use(
      refused(),
      http.get(ROUTES.getJobRun[1], () =>
        HttpResponse.json(
          { message: "not authorized to perform: emr-serverless:GetJobRun" },
          { status: 403, headers: awsHeaders("AccessDeniedException", "req-read") },
        ),
      ),
    );
    const error = (await sdk.cancel(TARGET).then(unexpected, (e: unknown) => e)) as CancelError;
    expect(error).toMatchObject({
      kind: "invalid-request",
      code: "ValidationException",
      operation: "cancelJobRun",
    });
    const refusal = error.cause as ApiError;
    expect(refusal).toBeInstanceOf(BadRequestError);
    expect(refusal.cause).toBeInstanceOf(PermissionDeniedError);
    expect(refusal.cause).toMatchObject({ code: "AccessDeniedException", operation: "getJobRun" });
    expect(calls()).toEqual([`DELETE ${RUN_PATH}`, `GET ${RUN_PATH}`]);
  });

  it("a refusal that is not ambiguous is not read (404 ResourceNotFoundException)", async () => {
    mock.use(
      refused(404, "ResourceNotFoundException", { message: "no such run" }),
      reads("SUCCESS"),
    );
    const error = await sdk.cancel(TARGET).then(unexpected, (e: unknown) => e);
    expect(error).toMatchObject({ kind: "not-found", code: "ResourceNotFoundException" });
    expect(calls()).toEqual([`DELETE ${RUN_PATH}`]);
  });

  it("cancelMany: finished, running and refused runs, one entry each, in order", async () => {
    const byRun: Record<string, { cancel: number; state: string }> = {
      "00finished": { cancel: 400, state: "SUCCESS" },
      "00running": { cancel: 200, state: "CANCELLING" },
      "00refused": { cancel: 400, state: "RUNNING" },
    };
    mock.use(
      http.delete(ROUTES.cancelJobRun[1], ({ params }) => {
        const jobRunId = String(params.jobRunId);
        return byRun[jobRunId]!.cancel === 200
          ? HttpResponse.json({ applicationId: IDS.applicationId, jobRunId })
          : HttpResponse.json(NOT_CANCELLABLE, {
              status: 400,
              headers: awsHeaders("ValidationException", `req-${jobRunId}`),
            });
      }),
      http.get(ROUTES.getJobRun[1], ({ params }) => {
        const jobRunId = String(params.jobRunId);
        return HttpResponse.json(jobRun(byRun[jobRunId]!.state, jobRunId));
      }),
    );
    const targets = Object.keys(byRun).map((jobRunId) => ({ ...TARGET, jobRunId }));
    const [finished, running, refusedRun] = await sdk.cancelMany(targets, { concurrency: 3 });
    expect(finished).toMatchObject({ ok: true, result: { outcome: "already-terminal" } });
    expect(finished!.result?.final).toMatchObject({ state: "succeeded", vendorState: "SUCCESS" });
    expect(running).toMatchObject({ ok: true, result: { outcome: "cancel-requested" } });
    expect(refusedRun).toMatchObject({
      ok: false,
      error: { kind: "invalid-request", code: "ValidationException", target: targets[2] },
    });
    const perRun = (id: string) => calls().filter((c) => c.endsWith(`/jobruns/${id}`));
    expect(perRun("00finished")).toEqual([
      expect.stringMatching(/^DELETE/),
      expect.stringMatching(/^GET/),
    ]);
    expect(perRun("00running")).toEqual([expect.stringMatching(/^DELETE/)]);
    expect(perRun("00refused")).toEqual([
      expect.stringMatching(/^DELETE/),
      expect.stringMatching(/^GET/),
    ]);
  });
});

describe("EMR Serverless confirmed outcomes against the simulator", () => {
  const KEY = {
    accessKeyId: "AKIASDKCONFIRM000001",
    secretAccessKey: "sdkConfirmSecret/0123456789",
  };
  let sims: Simulators;
  const config = (extra = {}) => ({
    emrServerless: { region: "us-east-1", credentials: KEY, ...extra },
    defaults: { retry: false as const },
  });
  const operations = () => sims.emrServerless.requests.map((r) => `${r.operation} ${r.status}`);

  describe("msw", () => {
    beforeEach(() => {
      sims = createSimulators({ emrServerless: { credentials: [KEY], region: "us-east-1" } });
      mock.use(...simulatorHandlers(sims));
    });

    it.each(["SUCCESS", "FAILED", "CANCELLED"] as const)(
      "a run that ended %s: already-terminal, one cancel and one read",
      async (state) => {
        sims.emrServerless.addJobRun({
          applicationId: IDS.applicationId,
          jobRunId: IDS.jobRunId,
          state,
        });
        const result = await createCancelClient(config()).cancel(TARGET);
        expect(result.outcome).toBe("already-terminal");
        expect(result.final).toMatchObject({ vendorState: state, terminal: true });
        expect(operations()).toEqual(["cancelJobRun 400", "getJobRun 200"]);
      },
    );

    it("a running run: cancel-requested; cancelling it again once it ended: already-terminal", async () => {
      sims.emrServerless.addJobRun({ applicationId: IDS.applicationId, jobRunId: IDS.jobRunId });
      const sdk = createCancelClient(config());
      const first = await sdk.cancel(TARGET);
      expect(first.outcome).toBe("cancel-requested");
      const final = await first.wait({ timeoutMs: 60_000 });
      expect(final).toMatchObject({ state: "cancelled", vendorState: "CANCELLED" });
      const again = await sdk.cancel(TARGET);
      expect(again).toMatchObject({ outcome: "already-terminal", final: { state: "cancelled" } });
    });

    it("a status read that fails while confirming: the refusal, the read's error as its cause", async () => {
      sims.emrServerless.addJobRun({
        applicationId: IDS.applicationId,
        jobRunId: IDS.jobRunId,
        state: "FAILED",
      });
      sims.emrServerless.faults.add({ fault: { kind: "server-error" }, operation: "getJobRun" });
      const error = (await createCancelClient(config())
        .cancel(TARGET)
        .then(unexpected, (e: unknown) => e)) as CancelError;
      expect(error).toMatchObject({ kind: "invalid-request", code: "ValidationException" });
      expect((error.cause as ApiError).cause).toBeInstanceOf(ServerError);
      expect(operations()).toEqual(["cancelJobRun 400", "getJobRun 500"]);
    });

    it("cancelMany: a finished and a running run", async () => {
      const finished = { applicationId: IDS.applicationId, jobRunId: "00finished" };
      const running = { applicationId: IDS.applicationId, jobRunId: "00running" };
      sims.emrServerless.addJobRun({ ...finished, state: "SUCCESS" });
      sims.emrServerless.addJobRun(running);
      const entries = await createCancelClient(config()).cancelMany([
        { ...TARGET, ...finished },
        { ...TARGET, ...running },
      ]);
      expect(entries.map((e) => e.ok && e.result.outcome)).toEqual([
        "already-terminal",
        "cancel-requested",
      ]);
      expect(entries[0]!.ok && entries[0]!.result.final?.vendorState).toBe("SUCCESS");
    });
  });

  it("over HTTP (the simulator's loopback server)", async () => {
    const running = await startSimulators({
      emrServerless: { credentials: [KEY], region: "us-east-1" },
    });
    try {
      sims = running.sims;
      // This file's msw server lets the loopback requests through to the real server.
      mock.use(http.all(`${running.urls.emrServerless}/*`, () => passthrough()));
      sims.emrServerless.addJobRun({
        applicationId: IDS.applicationId,
        jobRunId: IDS.jobRunId,
        state: "CANCELLED",
      });
      const sdk = createCancelClient(
        config({ endpoint: running.urls.emrServerless, allowInsecureLoopback: true }),
      );
      const result = await sdk.cancel(TARGET);
      expect(result).toMatchObject({ outcome: "already-terminal", final: { state: "cancelled" } });
      expect(operations()).toEqual(["cancelJobRun 400", "getJobRun 200"]);
    } finally {
      await running.close();
    }
  });
});
