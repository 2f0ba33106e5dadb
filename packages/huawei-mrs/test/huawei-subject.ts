// MRS as a subject of the suites every Huawei provider runs (`@cancel/testkit/huawei`): its
// operations with the vendor's own ids and answers, its region table and its README.
import {
  ApiError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from "@cancel/core";
import { checkGatewayAuth } from "@cancel/huawei-auth";
import { specExamples } from "@cancel/testkit";
import type { HuaweiSubject } from "@cancel/testkit/huawei";
import { HttpResponse } from "msw";
import { openapiClient } from "../src/generated/openapi.gen.js";
import {
  allOperations,
  AuthenticationError,
  CancelSdkError,
  ConfigurationError,
  cancelJobExecution,
  createClient,
  type HuaweiMrsClient,
  mrsEndpoint,
  PermissionDeniedError,
  showJobExecution,
  showJobExeListNew,
  showSingleJobExe,
  stopJob,
  ValidationError,
} from "../src/index.js";

// Ids from the vendor's own examples (seed 002 and mrs_02_0086).
const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const CLUSTER = "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df";
const JOB = "431b135e-c090-489f-b1db-0abe3822b855";
const JOB_V11 = "2de74673-1a78-48af-a95b-e1fec4a4ae9c";

const examples = specExamples("huawei-mrs");
const example = (operation: string, status: string) =>
  examples[operation]!.success.find((e) => e.status === status)!.value as never;

export const mrs: HuaweiSubject<HuaweiMrsClient> = {
  provider: "huawei-mrs",
  createClient,
  endpoint: mrsEndpoint,
  checkGatewayAuth,
  errors: {
    ApiError,
    AuthenticationError,
    BadRequestError,
    CancelSdkError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
  },
  allOperations,
  idPunctuation: { projectId: "", clusterId: "_-", jobExecutionId: "_-" },
  // The spec's `x-cancel-retry` final codes: failed kills, queries and lists, missing jobs, sent once.
  finalCodes: ["0160", "0162", "0166", "0175", "0176"],
  operations: [
    {
      name: "stopJob",
      method: "POST",
      route: "/v2/:projectId/clusters/:clusterId/job-executions/:jobExecutionId/kill",
      input: { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB },
      call: stopJob,
      answer: () => new HttpResponse(null, { status: 200 }),
    },
    {
      name: "showSingleJobExe",
      method: "GET",
      route: "/v2/:projectId/clusters/:clusterId/job-executions/:jobExecutionId",
      input: { projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: JOB },
      call: showSingleJobExe,
      answer: () => HttpResponse.json(example("showSingleJobExe", "202"), { status: 202 }),
    },
    {
      name: "cancelJobExecution",
      method: "GET",
      route: "/v1.1/:projectId/job-executions/:jobExecutionId/cancel",
      input: { projectId: PROJECT, jobExecutionId: JOB_V11 },
      call: cancelJobExecution,
      answer: () => HttpResponse.json(example("cancelJobExecution", "200")),
    },
    {
      name: "showJobExecution",
      method: "GET",
      route: "/v1.1/:projectId/job-executions/:jobExecutionId",
      input: { projectId: PROJECT, jobExecutionId: JOB_V11 },
      call: showJobExecution,
      answer: () => HttpResponse.json(example("showJobExecution", "200")),
    },
    {
      name: "showJobExeListNew",
      method: "GET",
      route: "/v2/:projectId/clusters/:clusterId/job-executions",
      input: { projectId: PROJECT, clusterId: CLUSTER },
      // The list's filters and paging (`offset` is a page number), with the vendor's names.
      query: {
        jobName: "job_name",
        jobId: "job_id",
        user: "user",
        jobType: "job_type",
        jobState: "job_state",
        jobResult: "job_result",
        queue: "queue",
        limit: "limit",
        offset: "offset",
        sortBy: "sort_by",
        submittedTimeBegin: "submitted_time_begin",
        submittedTimeEnd: "submitted_time_end",
      },
      call: showJobExeListNew,
      answer: () => HttpResponse.json(example("showJobExeListNew", "202"), { status: 202 }),
    },
  ],
  retried: "showSingleJobExe",
  requestWithQuery: (client) =>
    openapiClient(client).GET(
      "/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}",
      {
        params: {
          path: { project_id: PROJECT, cluster_id: CLUSTER, job_execution_id: JOB },
          query: { verbose: "true", fields: ["job_state", "job_result"], "a b": "x/y*" },
        },
        parseAs: "stream",
      } as never,
    ),
  // Per the official SDK's MrsRegion table: several regions end in .cn, one in .eu.
  regions: [
    ["cn-north-4", "https://mrs.cn-north-4.myhuaweicloud.com"],
    ["cn-east-3", "https://mrs.cn-east-3.myhuaweicloud.com"],
    ["ap-southeast-1", "https://mrs.ap-southeast-1.myhuaweicloud.cn"],
    ["ap-southeast-2", "https://mrs.ap-southeast-2.myhuaweicloud.com"],
    ["ap-southeast-4", "https://mrs.ap-southeast-4.myhuaweicloud.cn"],
    ["ru-northwest-2", "https://mrs.ru-northwest-2.myhuaweicloud.cn"],
    ["eu-west-101", "https://mrs.eu-west-101.myhuaweicloud.eu"],
    ["eu-west-0", "https://mrs.eu-west-0.myhuaweicloud.com"],
    ["af-south-1", "https://mrs.af-south-1.myhuaweicloud.com"],
  ],
  agreementRegion: "ru-northwest-2",
  serviceUnauthorized: { error_code: "12000001", error_msg: "Invalid authentication" },
  readme: {
    url: new URL("../README.md", import.meta.url),
    bindings: { createClient, showSingleJobExe, stopJob },
    calls: ["stopJob", "showSingleJobExe"],
    // ap-southeast-1 is one of the regions whose MRS endpoint ends in .cn, not .com.
    origin: "https://mrs.ap-southeast-1.myhuaweicloud.cn",
    prints: "FINISHED",
  },
};
