// One cancel per provider, configured against a loopback base URL, with a secret-bearing auth
// hook so the suite can prove no secret leaks into errors or events.
import type { AttemptEvent, ClientOptions, Clock, OutgoingRequest } from "@cancel/core";
import * as databricks from "@cancel/databricks";
import * as emr from "@cancel/emr-serverless";
import * as fabric from "@cancel/fabric-workload";
import * as dli from "@cancel/huawei-dli";
import * as mrs from "@cancel/huawei-mrs";

export const SECRET = "sEcReT-0123456789-abcdefghij";

export interface Harness {
  clock: Clock & { sleeps: number[] };
  events: AttemptEvent[];
  /** Options that pick the sender the clients use (see `SENDERS`). */
  sender: Partial<ClientOptions>;
}

/**
 * The two ways a client sends: the runtime's own stack (node:http on Node) and `fetch` (what every
 * other runtime uses, and what a `fetch` option selects on Node). Every fault runs on both.
 */
const realFetch = globalThis.fetch;
export const SENDERS: {
  name: string;
  options: Partial<ClientOptions>;
  /** The node:http path must never reach the global fetch (the suite replaces it to prove so). */
  globalFetchAllowed: boolean;
}[] = [
  { name: "node:http sender", options: {}, globalFetchAllowed: false },
  {
    name: "fetch sender",
    options: { fetch: (url, init) => realFetch(url, init) },
    globalFetchAllowed: true,
  },
];

/** A clock whose sleeps return at once and move virtual time forward, honouring aborts. */
export function fakeClock(): Clock & { sleeps: number[] } {
  let now = Date.parse("2026-01-01T00:00:00Z");
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
      await Promise.resolve();
      if (signal?.aborted) throw signal.reason;
    },
  };
}

export function commonOptions(
  harness: Harness,
  extra: Partial<ClientOptions> = {},
): Partial<ClientOptions> {
  return {
    allowInsecureLoopback: true,
    clock: harness.clock,
    random: () => 0.5,
    onAttempt: (event) => harness.events.push(event),
    // Generous per attempt so a loaded machine never turns a slow answer into a retry; the hang
    // test sets its own 50 ms.
    timeoutMs: 5000,
    authenticate: (request: OutgoingRequest) => {
      request.headers.set("authorization", `Bearer ${SECRET}`);
      return request;
    },
    ...harness.sender,
    ...extra,
  };
}

export interface ProviderCase {
  id: string;
  /** Base URL path under the server root. */
  prefix: string;
  /** Path the cancel request goes to. */
  path: string;
  cancel(baseUrl: string, options: Partial<ClientOptions>, signal?: AbortSignal): Promise<unknown>;
  /** A success answer and what the call returns for it. */
  ok: { status: number; body: string; result: unknown };
  /** Whether the spec promises a JSON body on success (MRS kill has none). */
  expectsBody: boolean;
  /**
   * The vendor's ambiguous refusal of a cancel (`x-cancel-cancel.ambiguous`), where there is one,
   * with the status read that settles it (its path and an answer showing the run had ended).
   */
  ambiguous?: {
    status: number;
    body: unknown;
    code: string;
    read: { path: string; status: number; body: unknown; state: string };
  };
  /** The cancel with its confirmed outcome (`<cancel>Confirmed`). */
  confirmed(
    baseUrl: string,
    options: Partial<ClientOptions>,
    signal?: AbortSignal,
  ): Promise<unknown>;
}

const fabricIds = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
  activityId: "0f4d4b6c-2f3e-4a0e-9a59-4b0e6c1d2e3f",
  requestId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
};
const project = "37caa80116e1403ab603e5eeb48a2f74";

export const providers: ProviderCase[] = [
  {
    id: "databricks",
    prefix: "/api/2.2",
    path: "/api/2.2/jobs/runs/cancel",
    cancel: (baseUrl, options, signal) =>
      databricks.cancelRun(
        databricks.createClient({ ...options, baseUrl: `${baseUrl}/api/2.2` }),
        { runId: 455644833 },
        { signal },
      ),
    confirmed: (baseUrl, options, signal) =>
      databricks.cancelRunConfirmed(
        databricks.createClient({ ...options, baseUrl: `${baseUrl}/api/2.2` }),
        { runId: 455644833 },
        { signal },
      ),
    ok: { status: 200, body: "{}", result: {} },
    expectsBody: true,
  },
  {
    id: "emr-serverless",
    prefix: "",
    path: "/applications/00f1r6ss7gs9ue09/jobruns/00f1s0tqg1gkas09",
    cancel: (baseUrl, options, signal) =>
      emr.cancelJobRun(
        emr.createClient({ ...options, baseUrl }),
        { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" },
        { signal },
      ),
    confirmed: (baseUrl, options, signal) =>
      emr.cancelJobRunConfirmed(
        emr.createClient({ ...options, baseUrl }),
        { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" },
        { signal },
      ),
    ok: {
      status: 200,
      body: '{"applicationId":"00f1r6ss7gs9ue09","jobRunId":"00f1s0tqg1gkas09"}',
      result: { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" },
    },
    expectsBody: true,
    ambiguous: {
      status: 400,
      body: { message: "Job run 00f1s0tqg1gkas09 is not in a cancellable state" },
      code: "ValidationException",
      read: {
        path: "/applications/00f1r6ss7gs9ue09/jobruns/00f1s0tqg1gkas09",
        status: 200,
        body: { jobRun: { state: "SUCCESS" } },
        state: "succeeded",
      },
    },
  },
  {
    id: "huawei-mrs",
    prefix: "",
    path: `/v2/${project}/clusters/ef7b54f2-3d92-49b2-a6d7-94607e1ea7df/job-executions/2de74673-1a78-48af-a95b-e1fec4a4ae9c/kill`,
    cancel: (baseUrl, options, signal) =>
      mrs.stopJob(
        mrs.createClient({ ...options, baseUrl }),
        {
          projectId: project,
          clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
          jobExecutionId: "2de74673-1a78-48af-a95b-e1fec4a4ae9c",
        },
        { signal },
      ),
    confirmed: (baseUrl, options, signal) =>
      mrs.stopJobConfirmed(
        mrs.createClient({ ...options, baseUrl }),
        {
          projectId: project,
          clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
          jobExecutionId: "2de74673-1a78-48af-a95b-e1fec4a4ae9c",
        },
        { signal },
      ),
    ok: { status: 200, body: "", result: undefined },
    expectsBody: false,
    ambiguous: {
      status: 500,
      body: { error_code: "0175", error_msg: "Failed to terminate the job." },
      code: "0175",
      read: {
        path: `/v2/${project}/clusters/ef7b54f2-3d92-49b2-a6d7-94607e1ea7df/job-executions/2de74673-1a78-48af-a95b-e1fec4a4ae9c`,
        status: 202,
        body: { job_detail: { job_state: "KILLED", job_result: "KILLED" } },
        state: "cancelled",
      },
    },
  },
  {
    id: "huawei-dli",
    prefix: "",
    path: `/v1.0/${project}/jobs/6d2146a0-c2d5-41bd-8ca0-ca9694ada992`,
    cancel: (baseUrl, options, signal) =>
      dli.cancelSqlJob(
        dli.createClient({ ...options, baseUrl }),
        { projectId: project, jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992" },
        { signal },
      ),
    confirmed: (baseUrl, options, signal) =>
      dli.cancelSqlJobConfirmed(
        dli.createClient({ ...options, baseUrl }),
        { projectId: project, jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992" },
        { signal },
      ),
    ok: {
      status: 200,
      body: '{"is_success":true,"message":""}',
      result: { is_success: true, message: "" },
    },
    expectsBody: true,
    ambiguous: {
      status: 400,
      body: { error_code: "DLI.0007", error_msg: "The operation is not supported." },
      code: "DLI.0007",
      read: {
        path: `/v1.0/${project}/jobs/6d2146a0-c2d5-41bd-8ca0-ca9694ada992/status`,
        status: 200,
        body: { job_id: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992", status: "FAILED" },
        state: "failed",
      },
    },
  },
  {
    id: "fabric-workload",
    prefix: "/workload",
    path: `/workload/workspaces/${fabricIds.workspaceId}/items/${fabricIds.itemType}/${fabricIds.itemId}/jobTypes/${fabricIds.jobType}/instances/${fabricIds.jobInstanceId}/cancel`,
    cancel: (baseUrl, options, signal) =>
      fabric.cancelItemJobInstance(
        fabric.createClient({ ...options, baseUrl: `${baseUrl}/workload` }),
        fabricIds,
        { signal },
      ),
    confirmed: (baseUrl, options, signal) =>
      fabric.cancelItemJobInstanceConfirmed(
        fabric.createClient({ ...options, baseUrl: `${baseUrl}/workload` }),
        fabricIds,
        { signal },
      ),
    ok: { status: 200, body: '{"status":"Cancelled"}', result: { status: "Cancelled" } },
    expectsBody: true,
    ambiguous: {
      status: 409,
      body: {
        errorCode: "JobAlreadyCompleted",
        message: "The job instance already completed.",
        source: "User",
      },
      code: "JobAlreadyCompleted",
      read: {
        path: `/workload/workspaces/${fabricIds.workspaceId}/items/${fabricIds.itemType}/${fabricIds.itemId}/jobTypes/${fabricIds.jobType}/instances/${fabricIds.jobInstanceId}`,
        status: 200,
        body: { status: "Completed" },
        state: "succeeded",
      },
    },
  },
];
