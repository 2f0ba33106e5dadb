// The confirmed outcome of a cancel (`stopJobConfirmed`, `cancelJobExecutionConfirmed`) against
// msw: MRS `0175` ("Failed to kill the job") does not prove the job had ended, so it is settled
// by one status read of the same job, and never sent twice.
import { ApiError, BadRequestError, ServerError } from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  cancelJobExecutionConfirmed,
  createClient,
  type HuaweiMrsClient,
  stopJob,
  stopJobConfirmed,
} from "../src/index.js";

const BASE = "https://mrs.cn-north-4.myhuaweicloud.com";
const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const CLUSTER = "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df";
const JOB = "431b135e-c090-489f-b1db-0abe3822b855";
const V2 = { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB };
const V11 = { projectId: PROJECT, jobExecutionId: JOB };
const KILL = `${BASE}/v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}/kill`;
const SHOW = `${BASE}/v2/${PROJECT}/clusters/${CLUSTER}/job-executions/${JOB}`;
const CANCEL_V11 = `${BASE}/v1.1/${PROJECT}/job-executions/${JOB}/cancel`;
const SHOW_V11 = `${BASE}/v1.1/${PROJECT}/job-executions/${JOB}`;

const examples = specExamples("huawei-mrs");
const detail = (examples.showSingleJobExe!.success[0]!.value as { job_detail: object }).job_detail;
const execution = (
  examples.showJobExecution!.success.find((e) => e.name === "queried")!.value as {
    job_execution: object;
  }
).job_execution;
const jobDetail = (job_state: string, job_result: string) => ({
  job_detail: { ...detail, job_state, job_result },
});
const jobExecution = (info: { status: string } | null) => ({
  job_execution: { ...execution, info },
});

const KILL_FAILED_400 = { error_msg: "Failed to terminate the job.", error_code: "0175" };
const KILL_FAILED_500 = { error_msg: "Failed to kill the job.", error_code: "0175" };

const mock = createMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

// The transport's default retries stay on: a 0175 must be sent once because the spec says so.
const client: HuaweiMrsClient = createClient({
  authenticate: (request) => {
    request.headers.set("X-Auth-Token", "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEw");
    return request;
  },
});

function answer(method: "get" | "post", url: string, status: number, body?: unknown) {
  return http[method](url, () =>
    body === undefined
      ? new HttpResponse(null, { status, headers: { "X-Request-Id": `rid-${status}` } })
      : HttpResponse.json(body as never, { status, headers: { "X-Request-Id": `rid-${status}` } }),
  );
}

const sent = () => mock.requests.map((r) => `${r.method} ${r.url.href}`);

describe("stopJob (plain) answered 0175", () => {
  it.each([
    [400, KILL_FAILED_400],
    [500, KILL_FAILED_500],
  ])("as a %i: sent once, thrown, not retryable", async (status, refusal) => {
    mock.use(answer("post", KILL, status, refusal));
    const error = await stopJob(client, V2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code: "0175", attempts: 1, retryable: false });
    expect(sent()).toEqual([`POST ${KILL}`]);
  });
});

describe("stopJobConfirmed (v2 kill, settled by showSingleJobExe)", () => {
  it.each([200, 202])("a running job: %i is cancel-requested, with no read", async (status) => {
    mock.use(answer("post", KILL, status));
    const result = await stopJobConfirmed(client, V2);
    expect(result).toMatchObject({
      outcome: "cancel-requested",
      data: undefined,
      state: undefined,
      refusal: undefined,
      confirmation: undefined,
    });
    expect(result.metadata).toMatchObject({ status, requestId: `rid-${status}`, attempts: 1 });
    expect(sent()).toEqual([`POST ${KILL}`]);
  });

  it.each([
    ["400 (the kill page)", 400, KILL_FAILED_400, "FINISHED", "SUCCEEDED", "succeeded"],
    ["500 (the error table)", 500, KILL_FAILED_500, "FINISHED", "SUCCEEDED", "succeeded"],
    ["400, the job had failed", 400, KILL_FAILED_400, "FAILED", "FAILED", "failed"],
    ["500, the job had been killed", 500, KILL_FAILED_500, "KILLED", "KILLED", "cancelled"],
  ])(
    "a finished job: 0175 as %s, one read shows it ended → already-terminal with the final state",
    async (_name, status, refusal, jobState, jobResult, state) => {
      mock.use(
        answer("post", KILL, status, refusal),
        answer("get", SHOW, 202, jobDetail(jobState, jobResult)),
      );
      const result = await stopJobConfirmed(client, V2);
      expect(result.outcome).toBe("already-terminal");
      expect(result.state).toEqual({
        state,
        terminal: true,
        vendorState: jobState,
        vendorResult: jobResult,
      });
      expect(result.refusal).toBeInstanceOf(ApiError);
      expect(result.refusal).toMatchObject({ status, code: "0175", operation: "stopJob" });
      expect(result.metadata).toMatchObject({ status, requestId: `rid-${status}`, attempts: 1 });
      expect(result.confirmation!.data).toEqual(jobDetail(jobState, jobResult));
      expect(result.confirmation!.metadata.status).toBe(202);
      // The refusal is sent once (never retried, even as a 500) and read exactly once.
      expect(sent()).toEqual([`POST ${KILL}`, `GET ${SHOW}`]);
    },
  );

  it.each([
    ["RUNNING", "UNDEFINED"],
    ["ACCEPTED", "UNDEFINED"],
    ["SOMETHING_NEW", "UNDEFINED"],
  ])(
    "a kill refused while the job runs (%s): the original 0175 is thrown, after one read",
    async (jobState, jobResult) => {
      mock.use(
        answer("post", KILL, 500, KILL_FAILED_500),
        answer("get", SHOW, 202, jobDetail(jobState, jobResult)),
      );
      const error = await stopJobConfirmed(client, V2).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({
        status: 500,
        code: "0175",
        vendorMessage: "Failed to kill the job.",
        operation: "stopJob",
        attempts: 1,
        retryable: false,
      });
      expect((error as Error).cause).toBeUndefined();
      expect(sent()).toEqual([`POST ${KILL}`, `GET ${SHOW}`]);
    },
  );

  it("a read that fails while confirming: the original 0175, with the read's error as its cause", async () => {
    mock.use(
      answer("post", KILL, 400, KILL_FAILED_400),
      answer("get", SHOW, 500, { error_msg: "Failed to query the job.", error_code: "0162" }),
    );
    const error = (await stopJobConfirmed(client, V2).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: "0175", operation: "stopJob" });
    expect(error.cause).toBeInstanceOf(ServerError);
    expect(error.cause).toMatchObject({
      status: 500,
      code: "0162",
      operation: "showSingleJobExe",
    });
    expect(sent()).toEqual([`POST ${KILL}`, `GET ${SHOW}`]);
  });

  it.each([
    ["0176 (the job does not exist)", 500, "0176"],
    ["0160 (another failed kill code)", 500, "0160"],
    ["APIGW.0302 (not allowed)", 403, "APIGW.0302"],
  ])("any other refusal, %s, is thrown as is, without a read", async (_name, status, code) => {
    mock.use(answer("post", KILL, status, { error_code: code, error_msg: "refused" }));
    const error = await stopJobConfirmed(client, V2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code, operation: "stopJob" });
    expect(sent()).toEqual([`POST ${KILL}`]);
  });
});

describe("cancelJobExecutionConfirmed (v1.1 cancel, settled by showJobExecution)", () => {
  it.each([
    ["KILLED: cancelled", { status: "KILLED" }, "cancelled", "cancelled"],
    ["TOBEKILLED: the kill is under way", { status: "TOBEKILLED" }, "cancel-requested", "stopping"],
    ["info null (the vendor example): says nothing", null, "cancel-requested", "unknown"],
    [
      "SUCCEEDED: the job had already ended",
      { status: "SUCCEEDED" },
      "already-terminal",
      "succeeded",
    ],
  ])("the answer's info.status, %s", async (_name, info, outcome, state) => {
    mock.use(answer("get", CANCEL_V11, 200, jobExecution(info)));
    const result = await cancelJobExecutionConfirmed(client, V11);
    expect(result.outcome).toBe(outcome);
    expect(result.state).toMatchObject({ state, vendorState: info?.status });
    expect(result.data).toEqual(jobExecution(info));
    expect(result.refusal).toBeUndefined();
    expect(sent()).toEqual([`GET ${CANCEL_V11}`]);
  });

  it.each([
    ["SUCCEEDED", "succeeded"],
    ["DONEWITHERROR", "failed"],
    ["KILLED", "cancelled"],
  ])(
    "a finished job: 0175, one read of the job execution shows %s → already-terminal",
    async (status, state) => {
      mock.use(
        answer("get", CANCEL_V11, 500, KILL_FAILED_500),
        answer("get", SHOW_V11, 200, jobExecution({ status })),
      );
      const result = await cancelJobExecutionConfirmed(client, V11);
      expect(result.outcome).toBe("already-terminal");
      expect(result.state).toMatchObject({ state, terminal: true, vendorState: status });
      expect(result.refusal).toMatchObject({ code: "0175", operation: "cancelJobExecution" });
      expect(result.confirmation!.data).toEqual(jobExecution({ status }));
      expect(sent()).toEqual([`GET ${CANCEL_V11}`, `GET ${SHOW_V11}`]);
    },
  );

  it.each([
    ["RUNNING", { status: "RUNNING" }],
    ["info null", null],
  ])("a kill refused while the read shows %s: the original 0175 is thrown", async (_name, info) => {
    mock.use(
      answer("get", CANCEL_V11, 400, KILL_FAILED_400),
      answer("get", SHOW_V11, 200, jobExecution(info)),
    );
    const error = await cancelJobExecutionConfirmed(client, V11).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: "0175", operation: "cancelJobExecution" });
    expect((error as Error).cause).toBeUndefined();
    expect(sent()).toEqual([`GET ${CANCEL_V11}`, `GET ${SHOW_V11}`]);
  });

  it("a read that fails while confirming: the original 0175, with the read's error as its cause", async () => {
    mock.use(
      answer("get", CANCEL_V11, 500, KILL_FAILED_500),
      answer("get", SHOW_V11, 403, { error_code: "APIGW.0302", error_msg: "not authorized" }),
    );
    const error = (await cancelJobExecutionConfirmed(client, V11).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toMatchObject({ status: 500, code: "0175", operation: "cancelJobExecution" });
    expect(error.cause).toMatchObject({
      status: 403,
      code: "APIGW.0302",
      operation: "showJobExecution",
    });
    expect(sent()).toEqual([`GET ${CANCEL_V11}`, `GET ${SHOW_V11}`]);
  });
});
