import { authenticateRequest } from "@cancel/testkit";
/**
 * The simulators on the wire, request by request (the logic both msw and the HTTP server call):
 * paths, methods, bodies, each vendor's error envelope and headers, auth refusals.
 */
import { createHuaweiAuthenticator } from "@cancel/huawei-auth";
import { describe, expect, it } from "vitest";
import {
  CONNECTION_RESET,
  createManualClock,
  createSimulators,
  type SimAnswer,
} from "../src/index.js";

const DBX = "https://dbc-a1b2345c-d6e7.cloud.databricks.com";
const EMR = "https://emr-serverless.us-east-1.amazonaws.com";
const MRS = "https://mrs.cn-north-4.myhuaweicloud.com";
const DLI = "https://dli.cn-north-4.myhuaweicloud.com";
const FABRIC = "https://workload.simulator.test/workload";
const FABRIC_JOB = `${FABRIC}/workspaces/e5ef604d-e14f-4a59-9133-75d5a0cb9334/items/Contoso.FinanceAnalytics.Forecast/b14cb7e7-d346-4751-9cfd-8c2767d53111/jobTypes/calculateForecast/instances/63f77191-432d-4ee6-9c5f-31a1a6987072`;

function response(answer: SimAnswer): Response {
  if (answer === CONNECTION_RESET) throw new Error("unexpected reset");
  return answer;
}

const bearer = { authorization: "Bearer anything" };
const fabricHeaders = {
  authorization: 'SubjectAndAppToken1.0 subjectToken="", appToken="eyJapp"',
  activityid: "a1",
  requestid: "r1",
  "x-ms-client-tenant-id": "72f988bf-86f1-41af-91ab-2d7cd011db47",
};
// Well-formed AK/SK header: accepted when no credentials are configured.
const aksk = {
  authorization: `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=${"0".repeat(64)}`,
  "x-sdk-date": "20260101T000000Z",
};
const sigv4 = {
  authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/emr-serverless/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
  "x-amz-date": "20260101T000000Z",
};

describe("databricks wire", () => {
  it("cancel → TERMINATING → TERMINATED/CANCELED over the clock; errors in the error_code envelope", async () => {
    const clock = createManualClock();
    const sims = createSimulators({ clock, cancelDelayMs: 1000 });
    sims.databricks.addRun({ runId: 7, jobId: 70 });
    const cancel = response(
      await sims.databricks.handle(
        new Request(`${DBX}/api/2.1/jobs/runs/cancel`, {
          method: "POST",
          headers: bearer,
          body: JSON.stringify({ run_id: 7 }),
        }),
      ),
    );
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toEqual({});
    expect(cancel.headers.get("x-request-id")).toBeTruthy();
    const get = async (id: string) =>
      response(
        await sims.databricks.handle(
          new Request(`${DBX}/api/2.2/jobs/runs/get?run_id=${id}`, { headers: bearer }),
        ),
      );
    expect((await (await get("7")).json()).state.life_cycle_state).toBe("TERMINATING");
    clock.advance(999);
    expect((await (await get("7")).json()).status.state).toBe("TERMINATING");
    clock.advance(1);
    const run = await (await get("7")).json();
    expect(run.state).toMatchObject({ life_cycle_state: "TERMINATED", result_state: "CANCELED" });
    expect(run.status).toMatchObject({
      state: "TERMINATED",
      termination_details: { code: "USER_CANCELED" },
    });
    const missing = await get("123");
    expect(missing.status).toBe(400);
    const body = await missing.json();
    expect(body).toMatchObject({
      error_code: "INVALID_PARAMETER_VALUE",
      message: "Run 123 does not exist.",
    });
    expect(body.details[0]["@type"]).toBe("type.googleapis.com/google.rpc.RequestInfo");
    const unauthenticated = response(
      await sims.databricks.handle(new Request(`${DBX}/api/2.2/jobs/runs/get?run_id=7`)),
    );
    expect(unauthenticated.status).toBe(401);
    expect((await unauthenticated.json()).error_code).toBe("UNAUTHENTICATED");
  });

  it("cancel-all cancels the job's active runs; 2.1 requires job_id", async () => {
    const sims = createSimulators();
    sims.databricks.addRun({ runId: 1, jobId: 9 });
    sims.databricks.addRun({ runId: 2, jobId: 9, state: "QUEUED" });
    sims.databricks.addRun({ runId: 3, jobId: 8 });
    const post = async (version: string, body: unknown) =>
      response(
        await sims.databricks.handle(
          new Request(`${DBX}/api/${version}/jobs/runs/cancel-all`, {
            method: "POST",
            headers: bearer,
            body: JSON.stringify(body),
          }),
        ),
      );
    expect((await post("2.1", { all_queued_runs: true })).status).toBe(400);
    expect((await post("2.2", { job_id: 9 })).status).toBe(200);
    expect(sims.databricks.runState(1)).toEqual({
      lifeCycleState: "TERMINATED",
      resultState: "CANCELED",
    });
    expect(sims.databricks.runState(2)?.lifeCycleState).toBe("QUEUED");
    expect(sims.databricks.runState(3)?.lifeCycleState).toBe("RUNNING");
    expect((await post("2.2", { all_queued_runs: true })).status).toBe(200);
    expect(sims.databricks.runState(2)?.resultState).toBe("CANCELED");
  });

  it("OAuth: client credentials with Basic auth issue tokens that expire", async () => {
    const clock = createManualClock();
    const sims = createSimulators({
      clock,
      databricks: {
        oauthClients: [{ clientId: "id", clientSecret: "secret" }],
        tokenTtlSeconds: 60,
      },
    });
    sims.databricks.addRun({ runId: 5 });
    const token = async (user: string) =>
      response(
        await sims.databricks.handle(
          new Request(`${DBX}/oidc/v1/token`, {
            method: "POST",
            headers: {
              authorization: `Basic ${btoa(user)}`,
              "content-type": "application/x-www-form-urlencoded",
            },
            body: "grant_type=client_credentials&scope=all-apis",
          }),
        ),
      );
    const refused = await token("id:wrong");
    expect(refused.status).toBe(401);
    expect((await refused.json()).error).toBe("invalid_client");
    const issued = await (await token("id:secret")).json();
    expect(issued).toMatchObject({ token_type: "Bearer", expires_in: 60, scope: "all-apis" });
    const get = async (auth: string) =>
      response(
        await sims.databricks.handle(
          new Request(`${DBX}/api/2.2/jobs/runs/get?run_id=5`, {
            headers: { authorization: auth },
          }),
        ),
      ).status;
    expect(await get(`Bearer ${issued.access_token}`)).toBe(200);
    expect(await get("Bearer dapi-not-configured")).toBe(401);
    clock.advance(60_000);
    expect(await get(`Bearer ${issued.access_token}`)).toBe(401);
  });
});

describe("emr-serverless wire", () => {
  it("answers restJson1 errors with X-Amzn-ErrorType and x-amzn-RequestId", async () => {
    const sims = createSimulators();
    sims.emrServerless.addJobRun({ applicationId: "app1", jobRunId: "run1", state: "SUCCESS" });
    const call = async (method: string, path: string, headers: Record<string, string> = sigv4) =>
      response(await sims.emrServerless.handle(new Request(`${EMR}${path}`, { method, headers })));
    // A finished run: 400 ValidationException, not in a cancellable state (as AWS answers).
    const done = await call("DELETE", "/applications/app1/jobruns/run1");
    expect(done.status).toBe(400);
    expect(done.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
    expect(await done.json()).toEqual({ message: "Job run run1 is not in a cancellable state" });
    expect(done.headers.get("x-amzn-requestid")).toBeTruthy();
    const missing = await call("GET", "/applications/app1/jobruns/nope");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-amzn-errortype")).toMatch(/^ResourceNotFoundException:/);
    expect(await missing.json()).toEqual({
      message: "Job run nope does not exist in application app1",
    });
    const invalid = await call("GET", "/applications/App-1/jobruns/run1");
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
    const unsigned = await call("GET", "/applications/app1/jobruns/run1", {});
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get("x-amzn-errortype")).toMatch(
      /^MissingAuthenticationTokenException/,
    );
  });
});

describe("emr-serverless cancel by state", () => {
  it.each([
    ["SUCCESS", 400],
    ["FAILED", 400],
    ["CANCELLED", 400],
    ["CANCELLING", 200],
    ["RUNNING", 200],
    ["QUEUED", 200],
  ] as const)("a run in %s answers %i", async (state, status) => {
    const sims = createSimulators();
    sims.emrServerless.addJobRun({ applicationId: "app1", jobRunId: "run1", state });
    const answer = response(
      await sims.emrServerless.handle(
        new Request(`${EMR}/applications/app1/jobruns/run1`, { method: "DELETE", headers: sigv4 }),
      ),
    );
    expect(answer.status).toBe(status);
    if (status === 400) {
      expect(answer.headers.get("x-amzn-errortype")).toMatch(/^ValidationException:/);
      // Nothing changes: the run keeps its final state.
      expect(sims.emrServerless.jobRunState("app1", "run1")).toBe(state);
    } else {
      expect(await answer.json()).toEqual({ applicationId: "app1", jobRunId: "run1" });
    }
  });
});

describe("huawei wire", () => {
  it("MRS: 200 kill without body, 202 query, 0175 (500) for a finished job, 0176 for an unknown one", async () => {
    const clock = createManualClock();
    const sims = createSimulators({ clock });
    sims.huaweiMrs.addJob({ jobExecutionId: "job1", clusterId: "c1" });
    sims.huaweiMrs.addJob({ jobExecutionId: "job2", state: "FINISHED" });
    const call = async (method: string, path: string) =>
      response(
        await sims.huaweiMrs.handle(new Request(`${MRS}${path}`, { method, headers: aksk })),
      );
    const kill = await call("POST", "/v2/p1/clusters/c1/job-executions/job1/kill");
    expect(kill.status).toBe(200);
    expect(await kill.text()).toBe("");
    expect(kill.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
    const show = await call("GET", "/v2/p1/clusters/c1/job-executions/job1");
    expect(show.status).toBe(202);
    expect((await show.json()).job_detail).toMatchObject({
      job_state: "KILLED",
      job_result: "KILLED",
    });
    // The error-code table's status (mrs_02_0014) for both cancels of a finished job.
    for (const path of [
      "/v2/p1/clusters/c9/job-executions/job2/kill",
      "/v1.1/p1/job-executions/job2/cancel",
    ]) {
      const finished = await call(path.endsWith("kill") ? "POST" : "GET", path);
      expect(finished.status).toBe(500);
      expect(await finished.json()).toEqual({
        error_code: "0175",
        error_msg: "Failed to terminate the job.",
      });
    }
    const otherCluster = await call("POST", "/v2/p1/clusters/c2/job-executions/job1/kill");
    expect(await otherCluster.json()).toMatchObject({ error_code: "0176" });
    const wrongPath = await call("GET", "/v3/whatever");
    expect(wrongPath.status).toBe(404);
    expect((await wrongPath.json()).error_code).toBe("APIGW.0101");
  });

  it("MRS: 0175 as the kill page shows it (400) with failedKillStatus: 400", async () => {
    const sims = createSimulators({ huaweiMrs: { failedKillStatus: 400 } });
    sims.huaweiMrs.addJob({ jobExecutionId: "job2", state: "FAILED" });
    const finished = response(
      await sims.huaweiMrs.handle(
        new Request(`${MRS}/v2/p1/clusters/c1/job-executions/job2/kill`, {
          method: "POST",
          headers: aksk,
        }),
      ),
    );
    expect(finished.status).toBe(400);
    expect(await finished.json()).toMatchObject({ error_code: "0175" });
  });

  it("MRS: a job whose kill fails answers 0175 and runs on (v2 and v1.1)", async () => {
    const sims = createSimulators();
    sims.huaweiMrs.addJob({ jobExecutionId: "job1", killFails: true });
    const call = async (method: string, path: string) =>
      response(
        await sims.huaweiMrs.handle(new Request(`${MRS}${path}`, { method, headers: aksk })),
      );
    const kill = await call("POST", "/v2/p1/clusters/c1/job-executions/job1/kill");
    expect(kill.status).toBe(500);
    expect(await kill.json()).toMatchObject({ error_code: "0175" });
    const cancel = await call("GET", "/v1.1/p1/job-executions/job1/cancel");
    expect(await cancel.json()).toMatchObject({ error_code: "0175" });
    expect(sims.huaweiMrs.jobState("job1")).toBe("RUNNING");
    const show = await call("GET", "/v2/p1/clusters/c1/job-executions/job1");
    expect((await show.json()).job_detail).toMatchObject({
      job_state: "RUNNING",
      job_result: "UNDEFINED",
    });
    const read = await call("GET", "/v1.1/p1/job-executions/job1");
    expect((await read.json()).job_execution.info).toEqual({ status: "RUNNING" });
  });

  it("MRS v1.1 cancel returns the job_execution object, its state in info.status", async () => {
    const sims = createSimulators();
    sims.huaweiMrs.addJob({ jobExecutionId: "job1" });
    const res = response(
      await sims.huaweiMrs.handle(
        new Request(`${MRS}/v1.1/p1/job-executions/job1/cancel`, { headers: aksk }),
      ),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).job_execution).toMatchObject({
      id: "job1",
      tenant_id: "p1",
      info: { status: "KILLED" },
    });
    expect(sims.huaweiMrs.jobState("job1")).toBe("KILLED");
  });

  it("MRS v1.1 read: GET …/job-executions/{id} → 200, TOBEKILLED while the kill takes, then KILLED", async () => {
    const clock = createManualClock();
    const sims = createSimulators({ clock, cancelDelayMs: 1000 });
    sims.huaweiMrs.addJob({ jobExecutionId: "job1" });
    sims.huaweiMrs.addJob({ jobExecutionId: "job2", state: "FINISHED" });
    const call = async (path: string) =>
      response(await sims.huaweiMrs.handle(new Request(`${MRS}${path}`, { headers: aksk })));
    const before = await call("/v1.1/p1/job-executions/job1");
    expect(before.status).toBe(200);
    expect((await before.json()).job_execution).toMatchObject({
      id: "job1",
      end_time: null,
      info: { status: "RUNNING" },
    });
    const cancel = await call("/v1.1/p1/job-executions/job1/cancel");
    expect((await cancel.json()).job_execution.info).toEqual({ status: "TOBEKILLED" });
    expect((await (await call("/v1.1/p1/job-executions/job1")).json()).job_execution.info).toEqual({
      status: "TOBEKILLED",
    });
    clock.advance(1000);
    const after = (await (await call("/v1.1/p1/job-executions/job1")).json()).job_execution;
    expect(after.info).toEqual({ status: "KILLED" });
    expect(after.end_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const finished = await call("/v1.1/p1/job-executions/job2");
    expect((await finished.json()).job_execution.info).toEqual({ status: "SUCCEEDED" });
    const unknown = await call("/v1.1/p1/job-executions/nope");
    expect(unknown.status).toBe(500);
    expect(await unknown.json()).toMatchObject({ error_code: "0176" });
    expect(sims.huaweiMrs.requests.map((r) => r.operation)).toEqual([
      "showJobExecution",
      "cancelJobExecution",
      "showJobExecution",
      "showJobExecution",
      "showJobExecution",
      "showJobExecution",
    ]);
  });

  it("DLI: unknown job is 400 DLI.0002 or, configured, 404 DLI.0023; finished job cannot be canceled", async () => {
    const sims = createSimulators({ huaweiDli: { unknownJob: "DLI.0023" } });
    sims.huaweiDli.addJob({ jobId: "j1", status: "FAILED" });
    const del = async (id: string) =>
      response(
        await sims.huaweiDli.handle(
          new Request(`${DLI}/v1.0/p1/jobs/${id}`, { method: "DELETE", headers: aksk }),
        ),
      );
    const unknown = await del("j0");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error_code: "DLI.0023",
      error_msg: "No related resources were found.",
    });
    // DLI names no code for this refusal: the error table's "operation not supported", no state.
    const finished = await del("j1");
    expect(finished.status).toBe(400);
    expect(await finished.json()).toEqual({
      error_code: "DLI.0007",
      error_msg: "The operation is not supported.",
    });
    const status = response(
      await sims.huaweiDli.handle(new Request(`${DLI}/v1.0/p1/jobs/j1/status`, { headers: aksk })),
    );
    expect((await status.json()).status).toBe("FAILED");
    const defaults = createSimulators();
    const res = response(
      await defaults.huaweiDli.handle(
        new Request(`${DLI}/v1.0/p1/jobs/j0`, { method: "DELETE", headers: aksk }),
      ),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error_code).toBe("DLI.0002");
  });

  it("AK/SK: a configured key verifies through huawei-auth; a wrong secret is 401 APIGW.0301", async () => {
    const sims = createSimulators({ huaweiDli: { credentials: [{ ak: "AK1", sk: "right" }] } });
    sims.huaweiDli.addJob({ jobId: "j1" });
    const signed = async (sk: string) => {
      const request = new Request(`${DLI}/v1.0/p1/jobs/j1/status`);
      const sign = createHuaweiAuthenticator({ credentials: { ak: "AK1", sk }, projectId: "p1" });
      const context = { provider: "huawei-dli", operation: undefined, attempt: 1, body: undefined };
      return response(
        await sims.huaweiDli.handle(await authenticateRequest(sign, request, context)),
      );
    };
    expect((await signed("right")).status).toBe(200);
    const refused = await signed("wrong");
    expect(refused.status).toBe(401);
    const body = await refused.json();
    expect(body).toMatchObject({
      error_code: "APIGW.0301",
      error_msg: "Incorrect IAM authentication information: verify aksk signature fail",
    });
    expect(refused.headers.get("x-request-id")).toBe(body.request_id);
    const token = response(
      await sims.huaweiDli.handle(
        new Request(`${DLI}/v1.0/p1/jobs/j1/status`, { headers: { "x-auth-token": "t" } }),
      ),
    );
    expect(token.status).toBe(401);
  });
});

describe("fabric wire", () => {
  it("the reference workload's error form: 404 ItemMetadataNotFound, 401 AuthError, 400 missing header", async () => {
    const sims = createSimulators({ fabricWorkload: { appTokens: ["eyJapp"] } });
    sims.fabricWorkload.addItem("b14cb7e7-d346-4751-9cfd-8c2767d53111");
    const call = async (url: string, headers: Record<string, string> = fabricHeaders) =>
      response(await sims.fabricWorkload.handle(new Request(url, { method: "POST", headers })));
    const unknownItem = await call(
      `${FABRIC_JOB.replace("b14cb7e7-d346-4751-9cfd-8c2767d53111", "00000000-0000-0000-0000-000000000000")}/cancel`,
    );
    expect(unknownItem.status).toBe(404);
    expect(await unknownItem.json()).toEqual({
      ErrorCode: "ItemMetadataNotFound",
      Message:
        "Item metadata file cannot be found. It is advised to delete this item and create a new item instead (ItemId: 00000000-0000-0000-0000-000000000000)",
      MessageParameters: ["00000000-0000-0000-0000-000000000000"],
      Source: 0,
      IsPermanent: true,
      MoreDetails: null,
    });
    const badToken = await call(`${FABRIC_JOB}/cancel`, {
      ...fabricHeaders,
      authorization: 'SubjectAndAppToken1.0 subjectToken="", appToken="eyJother"',
    });
    expect(badToken.status).toBe(401);
    expect(await badToken.json()).toMatchObject({ ErrorCode: "AuthError", Source: 2 });
    const bearerOnly = await call(`${FABRIC_JOB}/cancel`, {
      ...fabricHeaders,
      authorization: "Bearer eyJapp",
    });
    expect(bearerOnly.status).toBe(401);
    expect(await bearerOnly.json()).toMatchObject({
      Message:
        "Missing or invalid Authorization header: the Authorization header does not use the SubjectAndAppToken1.0 scheme",
    });
    const badTenant = await call(`${FABRIC_JOB}/cancel`, {
      ...fabricHeaders,
      "x-ms-client-tenant-id": "t1",
    });
    expect(badTenant.status).toBe(401);
    expect(await badTenant.json()).toMatchObject({
      ErrorCode: "AuthError",
      Message: "Missing or invalid x-ms-client-tenant-id header",
    });
    const { activityid: _, ...noActivity } = fabricHeaders;
    const missingHeader = await call(`${FABRIC_JOB}/cancel`, noActivity);
    expect(missingHeader.status).toBe(400);
    expect(await missingHeader.json()).toMatchObject({
      ErrorCode: "InvalidRequest",
      Message: "Invalid request: header ActivityId is required",
      Source: 1,
    });
    expect(sims.fabricWorkload.requests.map((r) => r.status)).toEqual([404, 401, 401, 401, 400]);
  });

  it("without configured tokens any well-formed SubjectAndAppToken header passes", async () => {
    const sims = createSimulators();
    sims.fabricWorkload.addJobInstance({ jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072" });
    const res = response(
      await sims.fabricWorkload.handle(
        new Request(FABRIC_JOB, {
          headers: {
            ...fabricHeaders,
            authorization: 'SubjectAndAppToken1.0 subjectToken="eyJuser", appToken="eyJany"',
          },
        }),
      ),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("InProgress");
  });
});

describe("huawei IAM tokens", () => {
  it("a configured X-Auth-Token passes, another is 401 APIGW.0301 (decrypt token fail)", async () => {
    const sims = createSimulators({ huaweiMrs: { tokens: ["MIIgood"] } });
    sims.huaweiMrs.addJob({ jobExecutionId: "job1" });
    const call = async (token: string) =>
      response(
        await sims.huaweiMrs.handle(
          new Request(`${MRS}/v2/p1/clusters/c1/job-executions/job1`, {
            headers: { "x-auth-token": token },
          }),
        ),
      );
    expect((await call("MIIgood")).status).toBe(202);
    const refused = await call("MIIbad");
    expect(refused.status).toBe(401);
    expect((await refused.json()).error_msg).toMatch(/decrypt token fail/);
  });
});
