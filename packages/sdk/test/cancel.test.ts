import { createMockServer, specExamples } from "@cancel/testkit";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CancelError, CancelResult, createCancelClient, databricks } from "../src/index.js";
import {
  answer,
  BASE,
  IDS,
  MRS_V11_TARGET,
  REQUEST_ID_HEADER,
  TARGETS,
  testAuth,
  testClient,
  unexpected,
} from "./helpers.js";

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const sdk = testClient();
const ok = (id: string, header: string) => ({ [header]: id });

describe("cancel: one shape for every vendor", () => {
  it("Databricks: POST runs/cancel → cancel-requested", async () => {
    mock.use(answer("cancelRun", 200, {}, ok("req-db", REQUEST_ID_HEADER.databricks)));
    const result = await sdk.cancel(TARGETS.databricks);
    expect(result).toBeInstanceOf(CancelResult);
    expect(result).toMatchObject({
      provider: "databricks",
      target: TARGETS.databricks,
      outcome: "cancel-requested",
      vendorStatus: undefined,
      requestId: "req-db",
      httpStatus: 200,
      operation: "cancelRun",
      raw: {},
      waitable: true,
    });
    const [request] = mock.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url.href).toBe(`${BASE.databricks}/jobs/runs/cancel`);
    expect(JSON.parse(request!.body)).toEqual({ run_id: IDS.runId });
    expect(request!.headers.authorization).toBe("test-auth");
  });

  it("EMR Serverless: DELETE with the grace period → cancel-requested", async () => {
    const body = specExamples("emr-serverless").cancelJobRun!.success[0]!.value;
    mock.use(answer("cancelJobRun", 200, body, ok("req-emr", REQUEST_ID_HEADER["emr-serverless"])));
    const target = { ...TARGETS["emr-serverless"], shutdownGracePeriodInSeconds: 60 };
    const result = await sdk.cancel(target);
    expect(result).toMatchObject({ outcome: "cancel-requested", requestId: "req-emr", raw: body });
    expect(mock.requests[0]!.url.href).toBe(
      `${BASE["emr-serverless"]}/applications/${IDS.applicationId}/jobruns/${IDS.jobRunId}?shutdownGracePeriodInSeconds=60`,
    );
  });

  it("MRS with clusterId: v2 stopJob (no body) → cancel-requested", async () => {
    mock.use(answer("stopJob", 200, undefined, ok("req-mrs", REQUEST_ID_HEADER["huawei-mrs"])));
    const result = await sdk.cancel(TARGETS["huawei-mrs"]);
    expect(result).toMatchObject({
      outcome: "cancel-requested",
      operation: "stopJob",
      requestId: "req-mrs",
      waitable: true,
    });
    expect(mock.requests[0]!.method).toBe("POST");
    expect(mock.requests[0]!.url.pathname).toBe(
      `/v2/${IDS.projectId}/clusters/${IDS.clusterId}/job-executions/${IDS.jobExecutionId}/kill`,
    );
  });

  it("MRS without clusterId: legacy v1.1 cancelJobExecution, its job_execution as raw", async () => {
    const example = specExamples("huawei-mrs").cancelJobExecution!.success[0]!.value as {
      job_execution: Record<string, unknown>;
    };
    const body = { job_execution: { ...example.job_execution, info: { status: "KILLED" } } };
    mock.use(answer("cancelJobExecution", 200, body));
    const result = await sdk.cancel(MRS_V11_TARGET);
    expect(result).toMatchObject({
      outcome: "cancelled",
      operation: "cancelJobExecution",
      vendorStatus: "KILLED",
      raw: body,
      waitable: true,
    });
    expect(mock.requests[0]!.method).toBe("GET");
    expect(mock.requests[0]!.url.pathname).toBe(
      `/v1.1/${IDS.projectId}/job-executions/${IDS.jobExecutionId}/cancel`,
    );
    // The vendor example (info: null) has no status word.
    mock.use(answer("cancelJobExecution", 200, example));
    expect((await sdk.cancel(MRS_V11_TARGET)).vendorStatus).toBeUndefined();
  });

  it("MRS 0175 is settled by one status read: a finished job → already-terminal with its final state", async () => {
    const refusal = { error_code: "0175", error_msg: "Failed to terminate the job." };
    mock.use(
      answer("stopJob", 400, refusal),
      answer("showSingleJobExe", 202, {
        job_detail: { job_state: "FINISHED", job_result: "SUCCEEDED" },
      }),
    );
    const result = await sdk.cancel(TARGETS["huawei-mrs"]);
    expect(result).toMatchObject({ outcome: "already-terminal", httpStatus: 400, raw: refusal });
    expect(result.final).toMatchObject({
      state: "succeeded",
      terminal: true,
      vendorState: "FINISHED",
    });
    expect(result.runStatus).toBe(result.final);
    expect(mock.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("MRS 0175 while the job runs: the refusal stands (a failed kill is never taken for an ended job)", async () => {
    mock.use(
      answer("stopJob", 500, { error_code: "0175", error_msg: "Failed to kill the job." }),
      answer("showSingleJobExe", 202, {
        job_detail: { job_state: "RUNNING", job_result: "UNDEFINED" },
      }),
    );
    const error = await sdk.cancel(TARGETS["huawei-mrs"]).catch((e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "server", code: "0175", status: 500, retryable: false });
    // Sent once (a final vendor code), read once.
    expect(mock.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("DLI: DELETE → cancel-requested; a 400 for a finished job → already-terminal after one read", async () => {
    mock.use(answer("cancelSqlJob", 200, { is_success: true, message: "" }));
    expect((await sdk.cancel(TARGETS["huawei-dli"])).outcome).toBe("cancel-requested");
    mock.use(
      answer("cancelSqlJob", 400, {
        error_code: "DLI.0007",
        error_msg: "The operation is not supported.",
      }),
      answer("showSqlJobStatus", 200, { job_id: IDS.jobId, status: "FINISHED" }),
    );
    const result = await sdk.cancel(TARGETS["huawei-dli"]);
    expect(result.outcome).toBe("already-terminal");
    expect(result.final).toMatchObject({ state: "succeeded", vendorState: "FINISHED" });
  });

  it("Fabric: the state in the answer (Cancelled → cancelled, Completed → already-terminal)", async () => {
    const examples = specExamples("fabric-workload").cancelItemJobInstance!.success;
    const cancelled = examples.find((e) => e.name === "cancelled")!.value;
    const completed = examples.find((e) => e.name === "alreadyCompleted")!.value;
    mock.use(answer("cancelItemJobInstance", 200, cancelled));
    const result = await sdk.cancel(TARGETS["fabric-workload"]);
    expect(result).toMatchObject({
      outcome: "cancelled",
      vendorStatus: "Cancelled",
      raw: cancelled,
    });
    expect(result.runStatus).toMatchObject({ state: "cancelled", terminal: true });
    expect(result.final).toBe(result.runStatus);
    const sent = mock.requests[0]!;
    expect(sent.headers["x-ms-client-tenant-id"]).toBe(IDS.tenantId);
    expect(sent.headers.activityid).toMatch(/^[0-9a-f-]{36}$/);
    // The workload echoes no RequestId: the one sent is the result's.
    expect(result.requestId).toBe(sent.headers.requestid);

    mock.use(answer("cancelItemJobInstance", 200, completed));
    expect(await sdk.cancel(TARGETS["fabric-workload"])).toMatchObject({
      outcome: "already-terminal",
      vendorStatus: "Completed",
    });
    mock.use(answer("cancelItemJobInstance", 200, { status: "InProgress" }));
    expect((await sdk.cancel(TARGETS["fabric-workload"])).outcome).toBe("cancel-requested");
    // The Job Scheduler's 409 JobAlreadyCompleted, tolerated: settled by one get-state read.
    mock.use(
      answer("cancelItemJobInstance", 409, {
        errorCode: "JobAlreadyCompleted",
        message: "done",
        source: "User",
      }),
      answer("getItemJobInstanceState", 200, { status: "Completed" }),
    );
    const settled = await sdk.cancel(TARGETS["fabric-workload"]);
    expect(settled.outcome).toBe("already-terminal");
    expect(settled.final).toMatchObject({ state: "succeeded", vendorState: "Completed" });
  });

  it("Fabric: a target's tenantId wins over the configured one", async () => {
    mock.use(answer("cancelItemJobInstance", 200, { status: "InProgress" }));
    const other = "11111111-2222-4333-8444-555555555555";
    await sdk.cancel({ ...TARGETS["fabric-workload"], tenantId: other });
    expect(mock.requests[0]!.headers["x-ms-client-tenant-id"]).toBe(other);
  });

  it("Fabric without a configured tenant: the target's tenantId, fresh correlation ids", async () => {
    const client = createCancelClient({
      fabricWorkload: { baseUrl: BASE["fabric-workload"], authenticate: testAuth },
      defaults: { retry: false },
    });
    mock.use(answer("cancelItemJobInstance", 200, { status: "InProgress" }));
    await client.cancel({ ...TARGETS["fabric-workload"], tenantId: IDS.tenantId });
    const sent = mock.requests[0]!;
    expect(sent.headers["x-ms-client-tenant-id"]).toBe(IDS.tenantId);
    expect(sent.headers.requestid).toMatch(/^[0-9a-f-]{36}$/);
    // And without any tenant: invalid-request, nothing sent.
    const error = await client
      .cancel(TARGETS["fabric-workload"])
      .then(unexpected, (e: unknown) => e as CancelError);
    expect(error).toMatchObject({ kind: "invalid-request" });
    expect(mock.requests).toHaveLength(1);
  });
});

describe("the client object", () => {
  it("creates provider clients lazily, once, from one configuration", async () => {
    const sdk2 = testClient();
    expect(sdk2.configured).toEqual([
      "databricks",
      "emr-serverless",
      "fabric-workload",
      "huawei-dli",
      "huawei-mrs",
    ]);
    const client = sdk2.providerClient("databricks");
    expect(sdk2.providerClient("databricks")).toBe(client);
    mock.use(answer("getRun", 200, { run_id: IDS.runId, state: { life_cycle_state: "RUNNING" } }));
    // The provider package's own functions work on it.
    const run = await databricks.getRun(client, { runId: IDS.runId });
    expect(run.state?.life_cycle_state).toBe("RUNNING");
  });

  it("an unconfigured provider is reported before anything is created or sent", async () => {
    const sdk2 = createCancelClient({});
    expect(sdk2.configured).toEqual([]);
    const error = await sdk2.cancel(TARGETS["emr-serverless"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelError);
    expect((error as CancelError).message).toMatch(/emrServerless: \{ region, credentials \}/);
    expect(mock.requests).toHaveLength(0);
  });

  it("reads the environment for a provider configured with {} (Databricks host)", async () => {
    const before = process.env.DATABRICKS_HOST;
    process.env.DATABRICKS_HOST = "https://adb-1234567890123456.7.azuredatabricks.net";
    try {
      const sdk2 = createCancelClient({ databricks: { authenticate: testAuth } });
      const client = sdk2.providerClient("databricks");
      expect(client.transport.baseUrl.href).toBe(
        "https://adb-1234567890123456.7.azuredatabricks.net/api/2.2",
      );
    } finally {
      if (before === undefined) delete process.env.DATABRICKS_HOST;
      else process.env.DATABRICKS_HOST = before;
    }
  });
});
