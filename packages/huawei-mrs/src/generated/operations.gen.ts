// generated from specs/huawei-mrs.yaml by tools/generator, regenerate with `pnpm generate`
import { type CallOptions, invoke, type Operation, type ProviderClient } from "@cancel/core";
import type { operations, paths } from "./schema.gen.js";

/** Input of {@link cancelJobExecution}: path, query, header and body fields in one object. */
export interface CancelJobExecutionInput {
  /**
   * Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
   * vendor docs: 1 to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
   * ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
   * UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
   * guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
   * path; this is our constraint, not the vendor's.
   *
   * Sent as path parameter `job_execution_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  jobExecutionId: string;
}

/** Success body of {@link cancelJobExecution}. */
export type CancelJobExecutionOutput =
  operations["cancelJobExecution"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link cancelJobExecution} (found on `ApiError.body`). */
export type CancelJobExecutionErrorBody =
  | operations["cancelJobExecution"]["responses"][400]["content"]["application/json"]
  | operations["cancelJobExecution"]["responses"][401]["content"]["application/json"]
  | operations["cancelJobExecution"]["responses"][403]["content"]["application/json"]
  | operations["cancelJobExecution"]["responses"][404]["content"]["application/json"]
  | operations["cancelJobExecution"]["responses"][429]["content"]["application/json"]
  | operations["cancelJobExecution"]["responses"][500]["content"]["application/json"];

/** Description of {@link cancelJobExecution} for `invoke` / `invokeWithMetadata`. */
export const cancelJobExecutionOperation: Operation<
  CancelJobExecutionInput,
  CancelJobExecutionOutput,
  paths
> = {
  operationId: "cancelJobExecution",
  method: "GET",
  path: "/v1.1/{project_id}/job-executions/{job_execution_id}/cancel",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "jobExecutionId",
      name: "job_execution_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * Cancel a job execution (legacy V1.1, Sahara-compatible)
 *
 * Cancels a job execution object that is being executed. Vendor page: mrs_02_0052 (seed
 * `002_f2cde10439faa2c4.txt`), section "Job Execution Object APIs (V1, Not Recommended)".
 * This API is compatible with OpenStack Sahara.
 *
 * **MRS 3.x clusters do not accept the V1.1 job APIs — use `stopJob` instead.** This
 * operation is marked `deprecated` because the vendor classifies it as "Not Recommended"
 * and lists V1.1 job APIs among those discarded during MRS version evolution; it remains
 * fully described for MRS 1.x/2.x clusters. It is not present in the vendor's V1 or V2 SDKs.
 *
 * Note that this is a `GET` request with side effects: it must not be retried blindly.
 *
 * No request body. On success (200) the response carries the job execution object. The
 * vendor table types `end_time` as "Bool" although it is the job end time and the vendor
 * example shows `null`; this spec models it as a nullable string. Every field the vendor
 * example shows as `null` is nullable here; `engine_job_id` and `data_source_urls` appear
 * only in the example (Sahara fields) and are included. Timestamps have the form
 * `2017-05-25T07:28:12` (no time-zone designator, so no `date-time` format is declared).
 *
 * The answer's `job_execution.info.status` is the job execution's state after the cancel
 * (`KILLED`: cancelled; `TOBEKILLED`: the kill is under way; a state Sahara calls terminated:
 * the job had already ended); `info` is `null` in the vendor example, which says nothing.
 * `showJobExecution` reads the same job execution afterwards.
 *
 * Errors: the page only refers to the generic status-code table (mrs_02_0015) and the
 * error-code table (mrs_02_0014); the common MRS error responses are declared. A `0175`
 * ("Failed to kill the job.") is settled by one `showJobExecution` read, as for `stopJob`.
 *
 * `GET /v1.1/{project_id}/job-executions/{job_execution_id}/cancel`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 * @deprecated
 */
export function cancelJobExecution(
  client: ProviderClient<paths>,
  input: CancelJobExecutionInput,
  options?: CallOptions,
): Promise<CancelJobExecutionOutput> {
  return invoke(client, cancelJobExecutionOperation, input, options);
}

/** Input of {@link showJobExeListNew}: path, query, header and body fields in one object. */
export interface ShowJobExeListNewInput {
  /**
   * Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
   * vendor docs: 1 to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
   * 64 characters, letters, digits, underscores (_) and hyphens (-).
   *
   * Sent as path parameter `cluster_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  clusterId: string;
  /**
   * Only jobs with this name: letters, digits, `-` and `_`; 1 to 64 characters on the
   * current page (1 to 36 on an older copy), 1 to 128 in the Go SDK, which is accepted.
   *
   * Sent as query parameter `job_name`; length 1–128, pattern `^[A-Za-z0-9_-]+$`.
   */
  jobName?: string;
  /**
   * Only the job with this ID (1 to 64 letters, digits and `-`, Go SDK).
   *
   * Sent as query parameter `job_id`; length 1–64, pattern `^[A-Za-z0-9-]+$`.
   */
  jobId?: string;
  /**
   * Only jobs submitted by this user: 1 to 32 letters, digits, `-`, `_` and `.`, not
   * starting with a digit (Go SDK).
   *
   * Sent as query parameter `user`; length 1–32, pattern `^[A-Za-z_.-][A-Za-z0-9_.-]*$`.
   */
  user?: string;
  /**
   * Only jobs of this type. Known values: `MapReduce`, `SparkSubmit` (also for SparkPython
   * jobs: the pages say to query them as `SparkSubmit`), `HiveScript`, `HiveSql`, `DistCp`
   * (importing and exporting data), `SparkScript`, `SparkSql`, `Flink`. Not an enum, as
   * in `JobQueryBean.job_type`.
   *
   * Sent as query parameter `job_type`; length 1–∞.
   */
  jobType?: string;
  /**
   * Only jobs in this execution state (`JobState`; the pages spell `NEW` as `New`, the Go
   * SDK's enum `NEW`).
   *
   * Sent as query parameter `job_state`.
   */
  jobState?:
    "NEW" | "NEW_SAVING" | "SUBMITTED" | "ACCEPTED" | "RUNNING" | "FINISHED" | "FAILED" | "KILLED";
  /**
   * Only jobs with this result (`JobResult`; `UNDEFINED` is a job still running).
   *
   * Sent as query parameter `job_result`.
   */
  jobResult?: "SUCCEEDED" | "FAILED" | "KILLED" | "UNDEFINED";
  /**
   * Only jobs of this resource queue (1 to 64 letters, digits, `-` and `_`, Go SDK).
   *
   * Sent as query parameter `queue`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  queue?: string;
  /**
   * Number of jobs on each page (default 10; no maximum is documented).
   *
   * Sent as query parameter `limit`; format int32, range 1–∞.
   */
  limit?: number;
  /**
   * The **page number**, from 1 (the default), despite the name: see the operation's
   * description.
   *
   * Sent as query parameter `offset`; format int32, range 1–∞.
   */
  offset?: number;
  /**
   * Order of the results, `desc` (the default) or `asc`.
   *
   * Sent as query parameter `sort_by`.
   */
  sortBy?: "asc" | "desc";
  /**
   * Only jobs submitted after this UTC timestamp, in milliseconds.
   *
   * Sent as query parameter `submitted_time_begin`; format int64.
   */
  submittedTimeBegin?: number;
  /**
   * Only jobs submitted before this UTC timestamp, in milliseconds.
   *
   * Sent as query parameter `submitted_time_end`; format int64.
   */
  submittedTimeEnd?: number;
}

/** Success body of {@link showJobExeListNew}. */
export type ShowJobExeListNewOutput =
  operations["showJobExeListNew"]["responses"][202]["content"]["application/json"];

/** Error bodies the spec documents for {@link showJobExeListNew} (found on `ApiError.body`). */
export type ShowJobExeListNewErrorBody =
  | operations["showJobExeListNew"]["responses"][400]["content"]["application/json"]
  | operations["showJobExeListNew"]["responses"][401]["content"]["application/json"]
  | operations["showJobExeListNew"]["responses"][403]["content"]["application/json"]
  | operations["showJobExeListNew"]["responses"][404]["content"]["application/json"]
  | operations["showJobExeListNew"]["responses"][429]["content"]["application/json"]
  | operations["showJobExeListNew"]["responses"][500]["content"]["application/json"];

/** Description of {@link showJobExeListNew} for `invoke` / `invokeWithMetadata`. */
export const showJobExeListNewOperation: Operation<
  ShowJobExeListNewInput,
  ShowJobExeListNewOutput,
  paths
> = {
  operationId: "showJobExeListNew",
  method: "GET",
  path: "/v2/{project_id}/clusters/{cluster_id}/job-executions",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "clusterId",
      name: "cluster_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
    {
      key: "jobName",
      name: "job_name",
      in: "query",
      required: false,
      schema: { maxLength: 128, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
    {
      key: "jobId",
      name: "job_id",
      in: "query",
      required: false,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9-]+$", type: "string" },
    },
    {
      key: "user",
      name: "user",
      in: "query",
      required: false,
      schema: {
        maxLength: 32,
        minLength: 1,
        pattern: "^[A-Za-z_.-][A-Za-z0-9_.-]*$",
        type: "string",
      },
    },
    {
      key: "jobType",
      name: "job_type",
      in: "query",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
    {
      key: "jobState",
      name: "job_state",
      in: "query",
      required: false,
      schema: {
        enum: [
          "NEW",
          "NEW_SAVING",
          "SUBMITTED",
          "ACCEPTED",
          "RUNNING",
          "FINISHED",
          "FAILED",
          "KILLED",
        ],
        type: "string",
      },
    },
    {
      key: "jobResult",
      name: "job_result",
      in: "query",
      required: false,
      schema: { enum: ["SUCCEEDED", "FAILED", "KILLED", "UNDEFINED"], type: "string" },
    },
    {
      key: "queue",
      name: "queue",
      in: "query",
      required: false,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
    {
      key: "limit",
      name: "limit",
      in: "query",
      required: false,
      schema: { format: "int32", minimum: 1, type: "integer" },
    },
    {
      key: "offset",
      name: "offset",
      in: "query",
      required: false,
      schema: { format: "int32", minimum: 1, type: "integer" },
    },
    {
      key: "sortBy",
      name: "sort_by",
      in: "query",
      required: false,
      schema: { enum: ["asc", "desc"], type: "string" },
    },
    {
      key: "submittedTimeBegin",
      name: "submitted_time_begin",
      in: "query",
      required: false,
      schema: { format: "int64", type: "integer" },
    },
    {
      key: "submittedTimeEnd",
      name: "submitted_time_end",
      in: "query",
      required: false,
      schema: { format: "int64", type: "integer" },
    },
  ],
  success: { "202": { json: true, emptyOk: true } },
};

/**
 * Query a list of jobs (V2)
 *
 * Queries the jobs of an MRS cluster, one page at a time. Vendor page: mrs_02_0087
 * "Querying a List of Jobs" (T-Systems OTC copy: opentelekomcloud-docs/mapreduce-service
 * `api-ref/source/apis/job_object_apis_v2/querying_a_list_of_jobs.rst`); SDK operation
 * `ShowJobExeListNew` (Go `GenReqDefForShowJobExeListNew`: `GET
 * /v2/{project_id}/clusters/{cluster_id}/job-executions`, every query parameter;
 * `model/model_show_job_exe_list_new_request.go`, `…_response.go`; the items are the
 * `JobQueryBean`s of `showSingleJobExe`).
 *
 * The success status is **202**, as for `showSingleJobExe`: the page's note says so ("due
 * to compatibility problems in earlier versions, the status code for a successful call of
 * this API is 202"), and Huawei's Terraform provider
 * (huaweicloud/terraform-provider-huaweicloud
 * `huaweicloud/services/mrs/data_source_huaweicloud_mapreduce_cluster_jobs.go`) accepts
 * only 202 from it.
 *
 * **Pages.** `limit` is the page size (default 10; no maximum is documented). `offset` is,
 * despite its name, the **page number, from 1**: the pages give it the default 1; Huawei's
 * Terraform provider says "The offset indicates the page number, starts from 1" and asks
 * for `offset=1, 2, …` with `limit=100` until a page has fewer than 100 jobs. The Go SDK's
 * comment ("the offset from which the list starts", default 0 since its 2022 releases,
 * default 1 before) says nothing about the unit. `total_record` is the number of jobs that
 * match, over all pages. The SDKs type `limit` and `offset` as strings; the pages as
 * integers, as here.
 *
 * **Order:** `sort_by` `desc` (the default) or `asc`; the pages do not name the sort key.
 *
 * **Filters:** `job_state`, `job_result`, `job_type`, `job_name`, `job_id`, `user`,
 * `queue`, and `submitted_time_begin` / `submitted_time_end` (jobs submitted after / before
 * a UTC timestamp in milliseconds).
 *
 * Failure example of the page: `{"error_msg": "Failed to query the job list.",
 * "error_code": "0166"}` (no status given there; the error-code table lists 0166 "Failed to
 * query a job list." with status 500). Like `0162`, it is not retried (`x-cancel-retry`
 * `final`).
 *
 * `GET /v2/{project_id}/clusters/{cluster_id}/job-executions`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function showJobExeListNew(
  client: ProviderClient<paths>,
  input: ShowJobExeListNewInput,
  options?: CallOptions,
): Promise<ShowJobExeListNewOutput> {
  return invoke(client, showJobExeListNewOperation, input, options);
}

/** Input of {@link showJobExecution}: path, query, header and body fields in one object. */
export interface ShowJobExecutionInput {
  /**
   * Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
   * vendor docs: 1 to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
   * ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
   * UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
   * guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
   * path; this is our constraint, not the vendor's.
   *
   * Sent as path parameter `job_execution_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  jobExecutionId: string;
}

/** Success body of {@link showJobExecution}. */
export type ShowJobExecutionOutput =
  operations["showJobExecution"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link showJobExecution} (found on `ApiError.body`). */
export type ShowJobExecutionErrorBody =
  | operations["showJobExecution"]["responses"][400]["content"]["application/json"]
  | operations["showJobExecution"]["responses"][401]["content"]["application/json"]
  | operations["showJobExecution"]["responses"][403]["content"]["application/json"]
  | operations["showJobExecution"]["responses"][404]["content"]["application/json"]
  | operations["showJobExecution"]["responses"][429]["content"]["application/json"]
  | operations["showJobExecution"]["responses"][500]["content"]["application/json"];

/** Description of {@link showJobExecution} for `invoke` / `invokeWithMetadata`. */
export const showJobExecutionOperation: Operation<
  ShowJobExecutionInput,
  ShowJobExecutionOutput,
  paths
> = {
  operationId: "showJobExecution",
  method: "GET",
  path: "/v1.1/{project_id}/job-executions/{job_execution_id}",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "jobExecutionId",
      name: "job_execution_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * Query a job execution object (legacy V1.1, Sahara-compatible)
 *
 * Queries the details of one job execution object. Vendor page: mrs_02_0051 "Querying Job
 * Execution Object Details" (T-Systems OTC copy: opentelekomcloud-docs/mapreduce-service
 * `api-ref/source/apis/job_execution_object_apis_v1_not_recommended/querying_job_execution_object_details.rst`),
 * section "Job Execution Object APIs (V1, Not Recommended)". This API is compatible with
 * OpenStack Sahara. Like every V1.1 job API it is not accepted by MRS 3.x clusters, hence
 * `deprecated`.
 *
 * It reads the job execution that `cancelJobExecution` cancels: the same `project_id` and
 * `job_execution_id`, and no cluster id. The name is ours: the vendor's Go SDK
 * (`services/mrs/v1`) has no GET of this path, only `DeleteJobExecution` on it; the name
 * follows its `Show…` reads and `…JobExecution` resource.
 *
 * The job execution's state is `job_execution.info.status`: the page describes `info` as
 * the key-value set of job running information returned by Oozie, and Sahara keeps the
 * job execution's status there (values in `JobExecutionStatus`, from openstack/sahara
 * `sahara/utils/edp.py`). The vendor's example shows `info: null`: then the state is
 * unknown, not terminal.
 *
 * No request body. Success is **200** with the `job_execution` object, the same object as
 * the cancel's answer; this page types `end_time` String (the cancel page says Bool) and
 * lists `engine_job_id`, `data_source_urls` and the members of `job_configs`.
 *
 * Errors: the page only refers to the generic status-code table (mrs_02_0015) and the
 * error-code table (mrs_02_0014); the common MRS error responses are declared.
 *
 * `GET /v1.1/{project_id}/job-executions/{job_execution_id}`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 * @deprecated
 */
export function showJobExecution(
  client: ProviderClient<paths>,
  input: ShowJobExecutionInput,
  options?: CallOptions,
): Promise<ShowJobExecutionOutput> {
  return invoke(client, showJobExecutionOperation, input, options);
}

/** Input of {@link showSingleJobExe}: path, query, header and body fields in one object. */
export interface ShowSingleJobExeInput {
  /**
   * Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
   * vendor docs: 1 to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
   * 64 characters, letters, digits, underscores (_) and hyphens (-).
   *
   * Sent as path parameter `cluster_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  clusterId: string;
  /**
   * Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
   * ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
   * UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
   * guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
   * path; this is our constraint, not the vendor's.
   *
   * Sent as path parameter `job_execution_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  jobExecutionId: string;
}

/** Success body of {@link showSingleJobExe}. */
export type ShowSingleJobExeOutput =
  operations["showSingleJobExe"]["responses"][202]["content"]["application/json"];

/** Error bodies the spec documents for {@link showSingleJobExe} (found on `ApiError.body`). */
export type ShowSingleJobExeErrorBody =
  | operations["showSingleJobExe"]["responses"][400]["content"]["application/json"]
  | operations["showSingleJobExe"]["responses"][401]["content"]["application/json"]
  | operations["showSingleJobExe"]["responses"][403]["content"]["application/json"]
  | operations["showSingleJobExe"]["responses"][404]["content"]["application/json"]
  | operations["showSingleJobExe"]["responses"][429]["content"]["application/json"]
  | operations["showSingleJobExe"]["responses"][500]["content"]["application/json"];

/** Description of {@link showSingleJobExe} for `invoke` / `invokeWithMetadata`. */
export const showSingleJobExeOperation: Operation<
  ShowSingleJobExeInput,
  ShowSingleJobExeOutput,
  paths
> = {
  operationId: "showSingleJobExe",
  method: "GET",
  path: "/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "clusterId",
      name: "cluster_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
    {
      key: "jobExecutionId",
      name: "job_execution_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
  ],
  success: { "202": { json: true, emptyOk: false } },
};

/**
 * Query information about a job (V2)
 *
 * Queries the details of a specified job in an MRS cluster. Vendor page: mrs_02_0086; SDK
 * operation `ShowSingleJobExe`.
 *
 * The success status is **202**, not 200. The vendor says so explicitly: "Generally, if
 * status code 200 is returned, an API is successfully called. However, due to compatibility
 * problems in earlier versions, the status code for a successful call of this API is 202."
 *
 * A cancellation requested with `stopJob` has completed when `job_detail.job_state` is one
 * of `KILLED`, `FAILED` or `FINISHED` (`job_result` is then `KILLED`, `FAILED` or
 * `SUCCEEDED`; `UNDEFINED` means the job is still running).
 *
 * Failure example from the vendor page: status 500, `{"error_msg": "Failed to query the
 * job.", "error_code": "0162"}` (some copies of the page show the message in Chinese,
 * "查询作业失败"). The error table lists 0162 with status 500; vendor-facts also lists it
 * with 400.
 *
 * `GET /v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function showSingleJobExe(
  client: ProviderClient<paths>,
  input: ShowSingleJobExeInput,
  options?: CallOptions,
): Promise<ShowSingleJobExeOutput> {
  return invoke(client, showSingleJobExeOperation, input, options);
}

/** Input of {@link stopJob}: path, query, header and body fields in one object. */
export interface StopJobInput {
  /**
   * Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
   * vendor docs: 1 to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
   * 64 characters, letters, digits, underscores (_) and hyphens (-).
   *
   * Sent as path parameter `cluster_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  clusterId: string;
  /**
   * Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
   * ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
   * UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
   * guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
   * path; this is our constraint, not the vendor's.
   *
   * Sent as path parameter `job_execution_id`; length 1–64, pattern `^[A-Za-z0-9_-]+$`.
   */
  jobExecutionId: string;
}

/** Success body of {@link stopJob}. */
export type StopJobOutput = undefined;

/** Error bodies the spec documents for {@link stopJob} (found on `ApiError.body`). */
export type StopJobErrorBody =
  | operations["stopJob"]["responses"][400]["content"]["application/json"]
  | operations["stopJob"]["responses"][401]["content"]["application/json"]
  | operations["stopJob"]["responses"][403]["content"]["application/json"]
  | operations["stopJob"]["responses"][404]["content"]["application/json"]
  | operations["stopJob"]["responses"][429]["content"]["application/json"]
  | operations["stopJob"]["responses"][500]["content"]["application/json"];

/** Description of {@link stopJob} for `invoke` / `invokeWithMetadata`. */
export const stopJobOperation: Operation<StopJobInput, StopJobOutput, paths> = {
  operationId: "stopJob",
  method: "POST",
  path: "/v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}/kill",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "clusterId",
      name: "cluster_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
    {
      key: "jobExecutionId",
      name: "job_execution_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9_-]+$", type: "string" },
    },
  ],
  success: { "200": { json: false, emptyOk: false }, "202": { json: false, emptyOk: false } },
};

/**
 * Terminate a job (V2, "Terminating a Job")
 *
 * Terminates a specified job in an MRS cluster. Vendor page: mrs_02_0088; SDK operation
 * `StopJob` (Go `GenReqDefForStopJob`, Node `stopJob(StopJobRequest{jobExecutionId,
 * clusterId})`).
 *
 * No request body (the SDK sends `Content-Type: application/json` with an empty body) and
 * no response body.
 *
 * Differences to the legacy V1.1 `cancelJobExecution`:
 * - method `POST` on `.../kill` instead of a `GET` on `.../cancel`;
 * - the **cluster id** is part of the path and therefore required;
 * - nothing is returned on success (V1.1 returns the `job_execution` object);
 * - it works on MRS 3.x clusters, which reject the V1.1 job APIs.
 *
 * Termination is asynchronous: a success status means the request was accepted. Poll
 * `showSingleJobExe` until `job_state` is `KILLED`, `FAILED` or `FINISHED`.
 *
 * Success status: the current Huawei page lists no success code and refers to the generic
 * status table; vendor-facts and the SDKs treat success as **200**; the eu-west-0 and
 * T-Systems OTC copies of this page document **202** ("The job termination request has been
 * accepted. Please wait."). Both are declared here.
 *
 * Failure: the page's example is `{"error_msg": "Failed to terminate the job.",
 * "error_code": "0175"}` under "Status code: 400" (the vendor's JSON example is missing the
 * comma between the two members; it is reproduced here as valid JSON). The MRS error-code
 * table (mrs_02_0014) lists 0160 "Failed to kill the job." and 0175 "Failed to kill the
 * job." with status 500; both statuses are therefore declared, each with a 0175 example.
 *
 * `0175` means that the kill failed. It does not say that the job had already ended (a
 * finished job cannot be killed, but a kill can also fail while the job runs on), so it is
 * not taken as "already finished": one `showSingleJobExe` read settles it (`x-cancel-cancel`
 * `ambiguous`). It is sent once, never retried, as a 400 or a 500.
 *
 * `POST /v2/{project_id}/clusters/{cluster_id}/job-executions/{job_execution_id}/kill`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function stopJob(
  client: ProviderClient<paths>,
  input: StopJobInput,
  options?: CallOptions,
): Promise<StopJobOutput> {
  return invoke(client, stopJobOperation, input, options);
}

/** Every operation of this provider, by operationId. */
// Typed by name: an inferred type makes tsc copy the operations' type nodes into the .d.ts with
// comments read from the wrong file, which can land inside a type.
export const allOperations: {
  readonly cancelJobExecution: typeof cancelJobExecutionOperation;
  readonly showJobExeListNew: typeof showJobExeListNewOperation;
  readonly showJobExecution: typeof showJobExecutionOperation;
  readonly showSingleJobExe: typeof showSingleJobExeOperation;
  readonly stopJob: typeof stopJobOperation;
} = {
  cancelJobExecution: cancelJobExecutionOperation,
  showJobExeListNew: showJobExeListNewOperation,
  showJobExecution: showJobExecutionOperation,
  showSingleJobExe: showSingleJobExeOperation,
  stopJob: stopJobOperation,
};
