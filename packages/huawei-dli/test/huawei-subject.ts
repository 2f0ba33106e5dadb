// DLI as a subject of the suites every Huawei provider runs (`@cancel/testkit/huawei`): its
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
  cancelSqlJob,
  createClient,
  dliEndpoint,
  type HuaweiDliClient,
  listSqlJobs,
  PermissionDeniedError,
  showSqlJobStatus,
  ValidationError,
} from "../src/index.js";

// Ids from the vendor's own examples (dli_02_0021).
const PROJECT = "48cc2c48765f481480c7db940d6409d1";
const JOB = "6d2146a0-c2d5-41bd-8ca0-ca9694ada992";

const examples = specExamples("huawei-dli");
const example = (operation: string) =>
  examples[operation]!.success.find((e) => e.status === "200")!.value as never;

export const dli: HuaweiSubject<HuaweiDliClient> = {
  provider: "huawei-dli",
  createClient,
  endpoint: dliEndpoint,
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
  // Job ids are UUIDs: hyphens, though the vendor docs say letters and digits only.
  idPunctuation: { projectId: "", jobId: "-" },
  // The spec declares no final codes: every documented 429 and 500 may succeed when repeated.
  finalCodes: [],
  operations: [
    {
      name: "cancelSqlJob",
      method: "DELETE",
      route: "/v1.0/:projectId/jobs/:jobId",
      input: { projectId: PROJECT, jobId: JOB },
      call: cancelSqlJob,
      answer: () => HttpResponse.json(example("cancelSqlJob")),
    },
    {
      name: "showSqlJobStatus",
      method: "GET",
      route: "/v1.0/:projectId/jobs/:jobId/status",
      input: { projectId: PROJECT, jobId: JOB },
      call: showSqlJobStatus,
      answer: () => HttpResponse.json(example("showSqlJobStatus")),
    },
    {
      name: "listSqlJobs",
      method: "GET",
      route: "/v1.0/:projectId/jobs",
      input: { projectId: PROJECT },
      // The list's filters and paging, with the vendor's (partly hyphenated) names.
      query: {
        pageSize: "page-size",
        currentPage: "current-page",
        start: "start",
        end: "end",
        jobType: "job-type",
        jobTypes: "job_types",
        jobStatus: "job-status",
        jobId: "job-id",
        queueName: "queue_name",
        sqlPattern: "sql_pattern",
        order: "order",
        engineType: "engine-type",
        owner: "owner",
        tags: "tags",
        dbName: "db_name",
        tableName: "table_name",
      },
      call: listSqlJobs,
      answer: () => HttpResponse.json(example("listSqlJobs")),
    },
  ],
  retried: "showSqlJobStatus",
  requestWithQuery: (client) =>
    openapiClient(client).GET("/v1.0/{project_id}/jobs/{job_id}/status", {
      params: {
        path: { project_id: PROJECT, job_id: JOB },
        query: { "page-size": "10", tags: ["b", "a"], "q w": "x/y*", empty: "" },
      },
      parseAs: "stream",
    } as never),
  // Per the official SDK's DliRegion table: no .cn endpoints, one .eu.
  regions: [
    ["cn-north-4", "https://dli.cn-north-4.myhuaweicloud.com"],
    ["cn-east-3", "https://dli.cn-east-3.myhuaweicloud.com"],
    ["ap-southeast-1", "https://dli.ap-southeast-1.myhuaweicloud.com"],
    ["ap-southeast-4", "https://dli.ap-southeast-4.myhuaweicloud.com"],
    ["ru-northwest-2", "https://dli.ru-northwest-2.myhuaweicloud.com"],
    ["eu-west-101", "https://dli.eu-west-101.myhuaweicloud.eu"],
    ["eu-west-0", "https://dli.eu-west-0.myhuaweicloud.com"],
    ["my-kualalumpur-1", "https://dli.my-kualalumpur-1.myhuaweicloud.com"],
  ],
  agreementRegion: "eu-west-101",
  serviceUnauthorized: { error_code: "DLI.0013", error_msg: "User authentication errors occur." },
  readme: {
    url: new URL("../README.md", import.meta.url),
    bindings: { cancelSqlJob, createClient, showSqlJobStatus },
    calls: ["cancelSqlJob", "showSqlJobStatus"],
    // eu-west-101 is the region whose DLI endpoint ends in .eu, not .com.
    origin: "https://dli.eu-west-101.myhuaweicloud.eu",
    prints: "FINISHED",
  },
};
