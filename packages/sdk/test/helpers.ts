import type { Authenticator, Clock } from "@cancel/core";
import { HttpResponse, http } from "msw";
import {
  type CancelClientConfig,
  type CancelTarget,
  createCancelClient,
  type ProviderId,
} from "../src/index.js";

export const BASE = {
  databricks: "https://dbc-a1b2345c-d6e7.cloud.databricks.com/api/2.2",
  "emr-serverless": "https://emr-serverless.us-east-1.amazonaws.com",
  "huawei-mrs": "https://mrs.cn-north-4.myhuaweicloud.com",
  "huawei-dli": "https://dli.cn-north-4.myhuaweicloud.com",
  "fabric-workload": "https://workload.contoso.com/api",
} as const satisfies Record<ProviderId, string>;

export const IDS = {
  runId: 455644833,
  applicationId: "00f1r6ss7gs9ue09",
  jobRunId: "00f1s0tqg1gkas09",
  projectId: "37caa80116e1403ab603e5eeb48a2f74",
  clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
  jobExecutionId: "431b135e-c090-489f-b1db-0abe3822b855",
  jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992",
  workspaceId: "2f4a5b6c-7d8e-4f90-a1b2-c3d4e5f60718",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
};

export const TARGETS = {
  databricks: { provider: "databricks", runId: IDS.runId },
  "emr-serverless": {
    provider: "emr-serverless",
    applicationId: IDS.applicationId,
    jobRunId: IDS.jobRunId,
  },
  "huawei-mrs": {
    provider: "huawei-mrs",
    projectId: IDS.projectId,
    clusterId: IDS.clusterId,
    jobExecutionId: IDS.jobExecutionId,
  },
  "huawei-dli": { provider: "huawei-dli", projectId: IDS.projectId, jobId: IDS.jobId },
  "fabric-workload": {
    provider: "fabric-workload",
    workspaceId: IDS.workspaceId,
    itemType: IDS.itemType,
    itemId: IDS.itemId,
    jobType: IDS.jobType,
    jobInstanceId: IDS.jobInstanceId,
  },
} as const satisfies Record<ProviderId, CancelTarget>;

export const MRS_V11_TARGET = {
  provider: "huawei-mrs",
  projectId: IDS.projectId,
  jobExecutionId: IDS.jobExecutionId,
} as const;

/** The header each vendor puts its request id in. */
export const REQUEST_ID_HEADER: Record<ProviderId, string> = {
  databricks: "x-request-id",
  "emr-serverless": "x-amzn-RequestId",
  "huawei-mrs": "X-Request-Id",
  "huawei-dli": "X-Request-Id",
  "fabric-workload": "RequestId",
};

export const testAuth: Authenticator = (request) => {
  request.headers.set("authorization", "test-auth");
  return request;
};

/** A configuration for all five providers with the `authenticate` escape hatch. */
export function testConfig(extra: Partial<CancelClientConfig> = {}): CancelClientConfig {
  return {
    databricks: { baseUrl: BASE.databricks, authenticate: testAuth },
    emrServerless: { baseUrl: BASE["emr-serverless"], authenticate: testAuth },
    huaweiMrs: { baseUrl: BASE["huawei-mrs"], authenticate: testAuth },
    huaweiDli: { baseUrl: BASE["huawei-dli"], authenticate: testAuth },
    fabricWorkload: {
      baseUrl: BASE["fabric-workload"],
      authenticate: testAuth,
      tenantId: IDS.tenantId,
    },
    defaults: { retry: false },
    random: () => 0,
    ...extra,
  };
}

export function testClient(extra: Partial<CancelClientConfig> = {}) {
  return createCancelClient(testConfig(extra));
}

/** A clock whose sleeps pass at once, moving time forward; records every sleep. */
export function autoClock(start = 1_700_000_000_000): Clock & { sleeps: number[]; time: number } {
  const clock = {
    time: start,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return Promise.reject(signal.reason);
      clock.sleeps.push(ms);
      clock.time += ms;
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
  return clock;
}

/** A clock that stands still until the test advances it. */
export function manualClock(start = 1_700_000_000_000) {
  const sleepers = new Set<{ at: number; resolve: () => void }>();
  const clock = {
    time: start,
    now: () => clock.time,
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const sleeper = {
          at: clock.time + ms,
          resolve: () => {
            signal?.removeEventListener("abort", onAbort);
            sleepers.delete(sleeper);
            resolve();
          },
        };
        const onAbort = () => {
          sleepers.delete(sleeper);
          reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        sleepers.add(sleeper);
      }),
    get sleeping() {
      return sleepers.size;
    },
    advance(ms: number) {
      clock.time += ms;
      for (const sleeper of [...sleepers]) if (sleeper.at <= clock.time) sleeper.resolve();
    },
  };
  return clock;
}

/** Lets pending I/O and promise callbacks run until `done()` holds (no timers involved). */
export async function until(done: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error("condition not reached");
}

type Method = "get" | "post" | "delete";

/** Where each operation lives, as msw paths. */
export const ROUTES = {
  cancelRun: ["post", `${BASE.databricks}/jobs/runs/cancel`],
  getRun: ["get", `${BASE.databricks}/jobs/runs/get`],
  cancelJobRun: [
    "delete",
    `${BASE["emr-serverless"]}/applications/:applicationId/jobruns/:jobRunId`,
  ],
  getJobRun: ["get", `${BASE["emr-serverless"]}/applications/:applicationId/jobruns/:jobRunId`],
  stopJob: [
    "post",
    `${BASE["huawei-mrs"]}/v2/:projectId/clusters/:clusterId/job-executions/:jobExecutionId/kill`,
  ],
  cancelJobExecution: [
    "get",
    `${BASE["huawei-mrs"]}/v1.1/:projectId/job-executions/:jobExecutionId/cancel`,
  ],
  showJobExecution: ["get", `${BASE["huawei-mrs"]}/v1.1/:projectId/job-executions/:jobExecutionId`],
  showSingleJobExe: [
    "get",
    `${BASE["huawei-mrs"]}/v2/:projectId/clusters/:clusterId/job-executions/:jobExecutionId`,
  ],
  cancelSqlJob: ["delete", `${BASE["huawei-dli"]}/v1.0/:projectId/jobs/:jobId`],
  showSqlJobStatus: ["get", `${BASE["huawei-dli"]}/v1.0/:projectId/jobs/:jobId/status`],
  cancelItemJobInstance: [
    "post",
    `${BASE["fabric-workload"]}/workspaces/:workspaceId/items/:itemType/:itemId/jobTypes/:jobType/instances/:jobInstanceId/cancel`,
  ],
  getItemJobInstanceState: [
    "get",
    `${BASE["fabric-workload"]}/workspaces/:workspaceId/items/:itemType/:itemId/jobTypes/:jobType/instances/:jobInstanceId`,
  ],
} as const satisfies Record<string, readonly [Method, string]>;

export type OperationName = keyof typeof ROUTES;

/** An msw handler answering one operation with a fixed status and JSON body (or no body). */
export function answer(
  operation: OperationName,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const [method, path] = ROUTES[operation];
  return http[method](path, () =>
    body === undefined
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body as never, { status, headers }),
  );
}

/** An msw handler answering one operation with successive answers (the last one repeats). */
export function sequence(
  operation: OperationName,
  answers: readonly { status?: number; body?: unknown; headers?: Record<string, string> }[],
) {
  const [method, path] = ROUTES[operation];
  let call = 0;
  return http[method](path, () => {
    const next = answers[Math.min(call++, answers.length - 1)]!;
    const status = next.status ?? 200;
    return next.body === undefined
      ? new HttpResponse(null, { status, headers: next.headers })
      : HttpResponse.json(next.body as never, { status, headers: next.headers });
  });
}

/** For `.then(unexpected, onError)`: a call that was expected to fail succeeded. */
export function unexpected(): never {
  throw new Error("expected the call to fail");
}
