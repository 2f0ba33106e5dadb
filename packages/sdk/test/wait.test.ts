import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CancelError, pollDelay, type RunStatus, WAIT_DEFAULTS } from "../src/index.js";
import {
  answer,
  autoClock,
  BASE,
  MRS_V11_TARGET,
  sequence,
  TARGETS,
  testClient,
  unexpected,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const dbRun = (life_cycle_state: string, result_state?: string) => ({
  body: { run_id: 1, state: { life_cycle_state, ...(result_state ? { result_state } : {}) } },
});
const statusRequests = () => mock.requests.filter((r) => r.method === "GET").length;

describe("wait until terminal", () => {
  it("Databricks: polls getRun until TERMINATED/CANCELED, 1 s growing, progress per read", async () => {
    const clock = autoClock();
    const sdk = testClient({ clock });
    mock.use(
      answer("cancelRun", 200, {}),
      sequence("getRun", [
        dbRun("RUNNING"),
        dbRun("TERMINATING"),
        dbRun("TERMINATING"),
        dbRun("TERMINATED", "CANCELED"),
      ]),
    );
    const seen: [string, number][] = [];
    const result = await sdk.cancel(TARGETS.databricks, {
      wait: { onProgress: (status, { polls }) => seen.push([status.state, polls]) },
    });
    expect(result.outcome).toBe("cancel-requested");
    expect(result.final).toMatchObject({
      provider: "databricks",
      state: "cancelled",
      terminal: true,
      vendorState: "TERMINATED",
      vendorResult: "CANCELED",
    });
    expect(seen).toEqual([
      ["running", 1],
      ["stopping", 2],
      ["stopping", 3],
      ["cancelled", 4],
    ]);
    expect(clock.sleeps).toEqual([1000, 2000, 3000]);
    expect(statusRequests()).toBe(4);
  });

  it("EMR: the run finished (SUCCESS) before the cancel took", async () => {
    const sdk = testClient({ clock: autoClock() });
    const cancelled = specExamples("emr-serverless").getJobRun!.success.find(
      (e) => e.name === "cancelled",
    )!.value as { jobRun: Record<string, unknown> };
    mock.use(
      answer("cancelJobRun", 200, { applicationId: "a", jobRunId: "b" }),
      answer("getJobRun", 200, { jobRun: { ...cancelled.jobRun, state: "SUCCESS" } }),
    );
    const result = await sdk.cancel(TARGETS["emr-serverless"], { wait: true });
    expect(result.outcome).toBe("cancel-requested");
    expect(result.final).toMatchObject({
      state: "succeeded",
      vendorState: "SUCCESS",
      terminal: true,
    });
  });

  it("EMR: CANCELLING then CANCELLED (the spec's examples)", async () => {
    const sdk = testClient({ clock: autoClock() });
    const examples = specExamples("emr-serverless").getJobRun!.success;
    mock.use(
      answer("cancelJobRun", 200, { applicationId: "a", jobRunId: "b" }),
      sequence(
        "getJobRun",
        ["cancelling", "cancelled"].map((name) => ({
          body: examples.find((e) => e.name === name)!.value,
        })),
      ),
    );
    const result = await sdk.cancel(TARGETS["emr-serverless"]);
    const final = await result.wait();
    expect(final).toMatchObject({ state: "cancelled", vendorState: "CANCELLED" });
  });

  it("DLI stuck in RUNNING: a timeout error carrying the last state, no sleep over 10 s", async () => {
    const clock = autoClock();
    const sdk = testClient({ clock });
    mock.use(answer("showSqlJobStatus", 200, { job_id: "j", status: "RUNNING" }));
    const started = clock.now();
    const error = (await sdk
      .waitUntilTerminal(TARGETS["huawei-dli"])
      .catch((e: unknown) => e)) as CancelError;
    expect(error.kind).toBe("timeout");
    expect(error.retryable).toBe(true);
    expect(error.lastStatus).toMatchObject({ state: "running", vendorState: "RUNNING" });
    expect(error.message).toContain("RUNNING");
    expect(clock.now() - started).toBe(WAIT_DEFAULTS.timeoutMs);
    expect(Math.max(...clock.sleeps)).toBe(10_000);
    expect(clock.sleeps.slice(0, 10)).toEqual([
      1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000,
    ]);
    // The last read happens at the deadline.
    expect(statusRequests()).toBe(clock.sleeps.length + 1);
  });

  it("an unknown vendor state passes through as not terminal and never crashes the waiter", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(
      answer("cancelItemJobInstance", 200, { status: "InProgress" }),
      sequence("getItemJobInstanceState", [
        { body: { status: "Paused" } },
        { body: { status: "Deduped" } },
        { body: { status: "Cancelled" } },
      ]),
    );
    const states: RunStatus[] = [];
    const result = await sdk.cancel(TARGETS["fabric-workload"], {
      wait: { onProgress: (status) => states.push(status) },
    });
    expect(states.map((s) => [s.state, s.vendorState, s.terminal])).toEqual([
      ["unknown", "Paused", false],
      ["unknown", "Deduped", false],
      ["cancelled", "Cancelled", true],
    ]);
    expect(result.final.state).toBe("cancelled");
  });

  it("Databricks unknown states: an unknown life cycle is not terminal, TERMINATED with an unknown result is `ended`", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(sequence("getRun", [dbRun("HIBERNATING"), dbRun("TERMINATED", "SOMETHING_NEW")]));
    const final = await sdk.waitUntilTerminal(TARGETS.databricks);
    expect(final).toMatchObject({ state: "ended", terminal: true, vendorResult: "SOMETHING_NEW" });
  });

  it("Fabric's cancel answer is already final: no status read", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(answer("cancelItemJobInstance", 200, { status: "Cancelled" }));
    const result = await sdk.cancel(TARGETS["fabric-workload"], { wait: true });
    expect(result.final).toMatchObject({ state: "cancelled" });
    expect(statusRequests()).toBe(0);
  });

  it("MRS v2: KILLED, and FINISHED refined by job_result", async () => {
    const sdk = testClient({ clock: autoClock() });
    const finished = specExamples("huawei-mrs").showSingleJobExe!.success[0]!.value as {
      job_detail: Record<string, unknown>;
    };
    mock.use(
      answer("stopJob", 200),
      sequence("showSingleJobExe", [
        {
          status: 202,
          body: {
            job_detail: { ...finished.job_detail, job_state: "RUNNING", job_result: "UNDEFINED" },
          },
        },
        {
          status: 202,
          body: {
            job_detail: { ...finished.job_detail, job_state: "KILLED", job_result: "KILLED" },
          },
        },
      ]),
    );
    const result = await sdk.cancel(TARGETS["huawei-mrs"], { wait: true });
    expect(result.final).toMatchObject({
      state: "cancelled",
      vendorState: "KILLED",
      vendorResult: "KILLED",
    });
    mock.use(answer("showSingleJobExe", 202, finished));
    expect(await sdk.waitUntilTerminal(TARGETS["huawei-mrs"])).toMatchObject({
      state: "succeeded",
      vendorState: "FINISHED",
      vendorResult: "SUCCEEDED",
    });
  });

  it("MRS v1.1: waits on showJobExecution until info.status is terminal", async () => {
    const clock = autoClock();
    const sdk = testClient({ clock });
    const example = specExamples("huawei-mrs").showJobExecution!.success[0]!.value as {
      job_execution: Record<string, unknown>;
    };
    const execution = (info: { status: string } | null) => ({
      body: { job_execution: { ...example.job_execution, info } },
    });
    let reads = 0;
    const answers = [
      execution(null),
      execution({ status: "TOBEKILLED" }),
      execution({ status: "KILLED" }),
    ];
    mock.use(
      answer("cancelJobExecution", 200, execution({ status: "RUNNING" }).body),
      http.get(`${BASE["huawei-mrs"]}/v1.1/:projectId/job-executions/:jobExecutionId`, () =>
        HttpResponse.json(answers[Math.min(reads++, answers.length - 1)]!.body),
      ),
    );
    const result = await sdk.cancel(MRS_V11_TARGET, { wait: true });
    expect(result.waitable).toBe(true);
    expect(result.final).toMatchObject({ state: "cancelled", vendorState: "KILLED" });
    expect(reads).toBe(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
    reads = 2;
    expect(await sdk.status(MRS_V11_TARGET)).toMatchObject({ state: "cancelled", terminal: true });
    reads = 0;
    expect(await sdk.status(MRS_V11_TARGET)).toMatchObject({
      state: "unknown",
      terminal: false,
      vendorState: undefined,
    });
  });

  it("abort: stops at once with the last state; nothing more is read", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(answer("getJobRun", 200, { jobRun: { state: "RUNNING" } }));
    const controller = new AbortController();
    const error = (await sdk
      .waitUntilTerminal(TARGETS["emr-serverless"], {
        signal: controller.signal,
        onProgress: (_status, { polls }) => {
          if (polls === 3) controller.abort(new Error("user gave up"));
        },
      })
      .catch((e: unknown) => e)) as CancelError;
    expect(error.kind).toBe("aborted");
    expect(error.lastStatus).toMatchObject({ state: "running" });
    expect(statusRequests()).toBe(3);
  });

  it("a retryable status read failure is polled through; a non-retryable one ends the wait", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(
      sequence("showSqlJobStatus", [
        { status: 503, body: { error_code: "APIGW.0308", error_msg: "busy" } },
        { body: { job_id: "j", status: "CANCELLED" } },
      ]),
    );
    expect(await sdk.waitUntilTerminal(TARGETS["huawei-dli"])).toMatchObject({
      state: "cancelled",
    });
    mock.use(answer("showSqlJobStatus", 404, { error_code: "DLI.0023", error_msg: "gone" }));
    await expect(sdk.waitUntilTerminal(TARGETS["huawei-dli"])).rejects.toMatchObject({
      kind: "not-found",
    });
  });

  it("an observer that throws does not change the wait", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(answer("showSqlJobStatus", 200, { job_id: "j", status: "FAILED" }));
    const final = await sdk.waitUntilTerminal(TARGETS["huawei-dli"], {
      onProgress: () => {
        throw new Error("observer bug");
      },
    });
    expect(final).toMatchObject({ state: "failed", terminal: true });
  });

  it("pollDelay: 1 s growing by 1 s to 10 s, jitter takes off at most 20 %", () => {
    expect([1, 2, 5, 10, 50].map((n) => pollDelay(n, () => 0))).toEqual([
      1000, 2000, 5000, 10_000, 10_000,
    ]);
    expect(pollDelay(10, () => 0.999)).toBeGreaterThanOrEqual(8000);
  });
});

describe('onTimeout: "cancel" — a wait that ends in a cancel', () => {
  const dli = TARGETS["huawei-dli"];
  const dliRunning = answer("showSqlJobStatus", 200, { job_id: "j", status: "RUNNING" });
  const cancels = () => mock.requests.filter((r) => r.method === "DELETE").length;
  const waitError = (promise: Promise<unknown>) =>
    promise.then(unexpected, (e: unknown) => e as CancelError);

  it("waitUntilTerminal: the timeout sends one cancel and reports it on the timeout error", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(dliRunning, answer("cancelSqlJob", 200, { is_success: true, message: "" }));
    const error = await waitError(
      sdk.waitUntilTerminal(dli, { timeoutMs: 5000, onTimeout: "cancel" }),
    );
    expect(error).toBeInstanceOf(CancelError);
    expect(error.kind).toBe("timeout");
    expect(error.lastStatus).toMatchObject({ state: "running" });
    expect(error.cancelOnTimeout).toMatchObject({
      ok: true,
      result: { outcome: "cancel-requested", operation: "cancelSqlJob", target: dli },
    });
    expect(error.message).toBe(
      "huawei-dli: the run did not reach a terminal state within 5000 ms (last state running / RUNNING); cancelled it: cancel-requested",
    );
    expect(cancels()).toBe(1);
  });

  it('"leave" (the default) leaves the run alone', async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(dliRunning);
    for (const onTimeout of ["leave", undefined] as const) {
      const error = await waitError(sdk.waitUntilTerminal(dli, { timeoutMs: 3000, onTimeout }));
      expect(error.kind).toBe("timeout");
      expect(error.cancelOnTimeout).toBeUndefined();
    }
    expect(cancels()).toBe(0);
  });

  it("a cancel that fails is reported as such; the error is still the wait's timeout", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(
      dliRunning,
      answer("cancelSqlJob", 403, { error_code: "DLI.0003", error_msg: "no permission" }),
    );
    const error = await waitError(
      sdk.waitUntilTerminal(dli, { timeoutMs: 3000, onTimeout: "cancel" }),
    );
    expect(error.kind).toBe("timeout");
    expect(error.cancelOnTimeout).toMatchObject({ ok: false, error: { kind: "forbidden" } });
    expect(error.message).toMatch(/; the cancel sent then failed: forbidden$/);
  });

  it("the cancel has its own deadline (cancelDeadlineMs), not the wait's", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(
      dliRunning,
      http.delete(`${BASE["huawei-dli"]}/v1.0/:projectId/jobs/:jobId`, async () => {
        await new Promise(() => {});
        return HttpResponse.json({});
      }),
    );
    const started = performance.now();
    const error = await waitError(
      sdk.waitUntilTerminal(dli, { timeoutMs: 3000, onTimeout: "cancel", cancelDeadlineMs: 100 }),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.cancelOnTimeout).toMatchObject({ ok: false, error: { kind: "timeout" } });
  });

  it("an abort never cancels", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(dliRunning);
    const error = await waitError(
      sdk.waitUntilTerminal(dli, { onTimeout: "cancel", signal: AbortSignal.abort() }),
    );
    expect(error.kind).toBe("aborted");
    expect(cancels()).toBe(0);
  });

  it("result.wait and cancel(…, { wait }) take it too: the cancel is sent once more at the timeout", async () => {
    const sdk = testClient({ clock: autoClock() });
    mock.use(dliRunning, answer("cancelSqlJob", 200, { is_success: true, message: "" }));
    const result = await sdk.cancel(dli);
    const fromResult = await waitError(result.wait({ timeoutMs: 2000, onTimeout: "cancel" }));
    expect(fromResult.cancelOnTimeout?.ok).toBe(true);
    expect(cancels()).toBe(2);
    const fromCancel = await waitError(
      sdk.cancel(dli, { wait: { timeoutMs: 2000, onTimeout: "cancel" } }),
    );
    expect(fromCancel.cancelOnTimeout?.ok).toBe(true);
    expect(cancels()).toBe(4);
  });

  it.each([
    [{ onTimeout: "kill" }, 'wait: onTimeout must be "leave" or "cancel", got "kill"'],
    [{ cancelDeadlineMs: -1 }, "wait: cancelDeadlineMs must be a positive number of ms, got -1"],
    [{ cancelDeadlineMs: Number.POSITIVE_INFINITY }, "got Infinity"],
  ])("%o is refused before anything is sent", async (options, message) => {
    const sdk = testClient({ clock: autoClock() });
    for (const call of [
      () => sdk.waitUntilTerminal(dli, options as never),
      () => sdk.cancel(dli, { wait: options as never }),
    ]) {
      const error = await waitError(call());
      expect(error.kind).toBe("invalid-request");
      expect(error.message).toContain(message);
    }
    expect(mock.requests).toEqual([]);
  });
});
