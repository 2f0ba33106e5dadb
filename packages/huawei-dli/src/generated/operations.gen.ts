// generated from specs/huawei-dli.yaml by tools/generator, regenerate with `pnpm generate`
import { type CallOptions, invoke, type Operation, type ProviderClient } from "@cancel/core";
import type { operations, paths } from "./schema.gen.js";

/** Input of {@link cancelSqlJob}: path, query, header and body fields in one object. */
export interface CancelSqlJobInput {
  /**
   * Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
   * Value range per the vendor docs: up to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Job ID, as returned by "Submitting a SQL Job (Recommended)". Deviation: the vendor docs
   * state "up to 64 characters, only letters and digits", but job ids are UUIDs with
   * hyphens — the docs' own example is `6d2146a0-c2d5-41bd-8ca0-ca9694ada992`. This spec
   * therefore accepts 1 to 64 letters, digits and hyphens.
   *
   * Sent as path parameter `job_id`; length 1–64, pattern `^[A-Za-z0-9-]+$`.
   */
  jobId: string;
}

/** Success body of {@link cancelSqlJob}. */
export type CancelSqlJobOutput =
  operations["cancelSqlJob"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link cancelSqlJob} (found on `ApiError.body`). */
export type CancelSqlJobErrorBody =
  | operations["cancelSqlJob"]["responses"][400]["content"]["application/json"]
  | operations["cancelSqlJob"]["responses"][401]["content"]["application/json"]
  | operations["cancelSqlJob"]["responses"][403]["content"]["application/json"]
  | operations["cancelSqlJob"]["responses"][404]["content"]["application/json"]
  | operations["cancelSqlJob"]["responses"][429]["content"]["application/json"]
  | operations["cancelSqlJob"]["responses"][500]["content"]["application/json"];

/** Description of {@link cancelSqlJob} for `invoke` / `invokeWithMetadata`. */
export const cancelSqlJobOperation: Operation<CancelSqlJobInput, CancelSqlJobOutput, paths> = {
  operationId: "cancelSqlJob",
  method: "DELETE",
  path: "/v1.0/{project_id}/jobs/{job_id}",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "jobId",
      name: "job_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9-]+$", type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: true } },
};

/**
 * Cancel a submitted SQL job ("Canceling a Job (Recommended)")
 *
 * Cancels a submitted job. Vendor page: dli_02_0104 (seed `003_8d93ef8cbf9edce4.txt`); SDK
 * operation `CancelSqlJob` (Go `GenReqDefForCancelSqlJob`: `DELETE
 * /v1.0/{project_id}/jobs/{job_id}`, path parameter `job_id`). IAM action
 * `dli:queue:cancelJob` (write, resource type queue). No request body.
 *
 * On success (200) the body is `{"is_success": true, "message": ""}`; both members are
 * optional and `message` may be empty. Cancellation is asynchronous: poll
 * `showSqlJobStatus` until `status` is `CANCELLED` (or `FINISHED` / `FAILED` if the job
 * ended first).
 *
 * "If execution of a job completes or fails, this job cannot be canceled." The vendor
 * documents only that this is a request error (status 400) carrying a DLI error code from
 * the error-code table (dli_02_0056); it names neither the code nor the message. So every
 * 400 answer is ambiguous (`x-cancel-cancel`): `cancelSqlJobConfirmed` reads the job's
 * status once, and a job that is `FINISHED`, `FAILED` or `CANCELLED` is `already-terminal`
 * (with that final status); otherwise the 400 is thrown unchanged.
 *
 * The vendor page lists status codes 200, 400 and 500; 401, 403, 404 and 429 come from the
 * DLI and API Gateway error tables.
 *
 * Deprecated predecessor (not described as an operation here):
 * `DELETE /v1.0/{project_id}/queues/{queue_name}/jobs/{job_id}` ("Canceling a Job
 * (Discarded)"), which also needed the queue name.
 *
 * `DELETE /v1.0/{project_id}/jobs/{job_id}`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function cancelSqlJob(
  client: ProviderClient<paths>,
  input: CancelSqlJobInput,
  options?: CallOptions,
): Promise<CancelSqlJobOutput> {
  return invoke(client, cancelSqlJobOperation, input, options);
}

/** Input of {@link listSqlJobs}: path, query, header and body fields in one object. */
export interface ListSqlJobsInput {
  /**
   * Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
   * Value range per the vendor docs: up to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Maximum number of jobs on each page (1 to 100; default 50).
   *
   * Sent as query parameter `page-size`; format int32, range 1–100.
   */
  pageSize?: number;
  /**
   * The page to return, from 1 (the default). The pages give the range 1 to 100.
   *
   * Sent as query parameter `current-page`; format int32, range 1–100.
   */
  currentPage?: number;
  /**
   * Queries jobs whose start time is later than this value: a UNIX timestamp in
   * milliseconds (at least 1 in the Go SDK).
   *
   * Sent as query parameter `start`; format int64, range 1–∞.
   */
  start?: number;
  /**
   * Queries jobs whose start time is earlier than this value: a UNIX timestamp in
   * milliseconds (at least 0 in the Go SDK).
   *
   * Sent as query parameter `end`; format int64, range 0–∞.
   */
  end?: number;
  /**
   * Type of the jobs to query, or `ALL` for every type. With `job_types` too, the
   * intersection of the two.
   *
   * Sent as query parameter `job-type`.
   */
  jobType?:
    | "DDL"
    | "DCL"
    | "IMPORT"
    | "EXPORT"
    | "QUERY"
    | "INSERT"
    | "DATA_MIGRATION"
    | "UPDATE"
    | "DELETE"
    | "RESTART_QUEUE"
    | "SCALE_QUEUE"
    | "ALL";
  /**
   * Types of the jobs to query (several; repeated query parameters). With `job-type` too,
   * the intersection of the two.
   *
   * Sent as query parameter `job_types`.
   */
  jobTypes?: Array<"DDL" | "DCL" | "IMPORT" | "EXPORT" | "QUERY" | "INSERT" | "UPDATE" | "DELETE">;
  /**
   * Status of the jobs to query: one of the `JobStatus` values (`LAUNCHING`, `RUNNING`,
   * `SCALING`, `FINISHED`, `FAILED`, `CANCELLED`), or one of the other values of the Go
   * SDK's enum (`COMPUTED`, `SUSPENDED`, `ACTIVE`, `DELETED`, `CREATING`: statuses of
   * other job kinds; at most 16 characters there).
   *
   * Sent as query parameter `job-status`.
   */
  jobStatus?:
    | "LAUNCHING"
    | "RUNNING"
    | "SCALING"
    | "FINISHED"
    | "FAILED"
    | "CANCELLED"
    | "COMPUTED"
    | "SUSPENDED"
    | "ACTIVE"
    | "DELETED"
    | "CREATING";
  /**
   * ID of the job to query. The pages say "up to 64 characters, only letters and digits";
   * job ids are UUIDs with hyphens (see the `job_id` path parameter), which are accepted.
   *
   * Sent as query parameter `job-id`; length 1–64, pattern `^[A-Za-z0-9-]+$`.
   */
  jobId?: string;
  /**
   * Only jobs of this queue: 1 to 128 letters, digits and underscores, not starting with
   * an underscore and not only digits (Go SDK).
   *
   * Sent as query parameter `queue_name`; length 1–128, pattern `^(?!_)(?![0-9]+$)[A-Za-z0-9_]+$`.
   */
  queueName?: string;
  /**
   * A fragment of the SQL statement to filter on, case-insensitive (at most 1024 characters).
   *
   * Sent as query parameter `sql_pattern`; length 0–1024.
   */
  sqlPattern?: string;
  /**
   * Sort order: `start_time_desc` (submission time, newest first; the default),
   * `start_time_asc`, `duration_desc` or `duration_asc` (running time).
   *
   * Sent as query parameter `order`.
   */
  order?: "start_time_desc" | "start_time_asc" | "duration_desc" | "duration_asc";
  /**
   * Engine type: `spark` (the pages name only this one) or `hetuEngine` (Go SDK).
   *
   * Sent as query parameter `engine-type`.
   */
  engineType?: "spark" | "hetuEngine";
  /**
   * Only jobs submitted by this user.
   *
   * Sent as query parameter `owner`; length 1–∞.
   */
  owner?: string;
  /**
   * Job tags to filter on, `key=value`, several separated by commas (`k1=v1,k2=v2`; the
   * client encodes `=` and `,`). The pages: "only fuzzy query across all tags is
   * supported".
   *
   * Sent as query parameter `tags`; length 1–∞.
   */
  tags?: string;
  /**
   * Database name (Go SDK only; at most 16 characters).
   *
   * Sent as query parameter `db_name`; length 1–16.
   */
  dbName?: string;
  /**
   * Table name (Go SDK only; import and export jobs have one).
   *
   * Sent as query parameter `table_name`; length 1–∞.
   */
  tableName?: string;
}

/** Success body of {@link listSqlJobs}. */
export type ListSqlJobsOutput =
  operations["listSqlJobs"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link listSqlJobs} (found on `ApiError.body`). */
export type ListSqlJobsErrorBody =
  | operations["listSqlJobs"]["responses"][400]["content"]["application/json"]
  | operations["listSqlJobs"]["responses"][401]["content"]["application/json"]
  | operations["listSqlJobs"]["responses"][403]["content"]["application/json"]
  | operations["listSqlJobs"]["responses"][404]["content"]["application/json"]
  | operations["listSqlJobs"]["responses"][429]["content"]["application/json"]
  | operations["listSqlJobs"]["responses"][500]["content"]["application/json"];

/** Description of {@link listSqlJobs} for `invoke` / `invokeWithMetadata`. */
export const listSqlJobsOperation: Operation<ListSqlJobsInput, ListSqlJobsOutput, paths> = {
  operationId: "listSqlJobs",
  method: "GET",
  path: "/v1.0/{project_id}/jobs",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "pageSize",
      name: "page-size",
      in: "query",
      required: false,
      schema: { format: "int32", maximum: 100, minimum: 1, type: "integer" },
    },
    {
      key: "currentPage",
      name: "current-page",
      in: "query",
      required: false,
      schema: { format: "int32", maximum: 100, minimum: 1, type: "integer" },
    },
    {
      key: "start",
      name: "start",
      in: "query",
      required: false,
      schema: { format: "int64", minimum: 1, type: "integer" },
    },
    {
      key: "end",
      name: "end",
      in: "query",
      required: false,
      schema: { format: "int64", minimum: 0, type: "integer" },
    },
    {
      key: "jobType",
      name: "job-type",
      in: "query",
      required: false,
      schema: {
        enum: [
          "DDL",
          "DCL",
          "IMPORT",
          "EXPORT",
          "QUERY",
          "INSERT",
          "DATA_MIGRATION",
          "UPDATE",
          "DELETE",
          "RESTART_QUEUE",
          "SCALE_QUEUE",
          "ALL",
        ],
        type: "string",
      },
    },
    {
      key: "jobTypes",
      name: "job_types",
      in: "query",
      required: false,
      schema: {
        items: {
          enum: ["DDL", "DCL", "IMPORT", "EXPORT", "QUERY", "INSERT", "UPDATE", "DELETE"],
          type: "string",
        },
        type: "array",
      },
    },
    {
      key: "jobStatus",
      name: "job-status",
      in: "query",
      required: false,
      schema: {
        enum: [
          "LAUNCHING",
          "RUNNING",
          "SCALING",
          "FINISHED",
          "FAILED",
          "CANCELLED",
          "COMPUTED",
          "SUSPENDED",
          "ACTIVE",
          "DELETED",
          "CREATING",
        ],
        type: "string",
      },
    },
    {
      key: "jobId",
      name: "job-id",
      in: "query",
      required: false,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9-]+$", type: "string" },
    },
    {
      key: "queueName",
      name: "queue_name",
      in: "query",
      required: false,
      schema: {
        maxLength: 128,
        minLength: 1,
        pattern: "^(?!_)(?![0-9]+$)[A-Za-z0-9_]+$",
        type: "string",
      },
    },
    {
      key: "sqlPattern",
      name: "sql_pattern",
      in: "query",
      required: false,
      schema: { maxLength: 1024, type: "string" },
    },
    {
      key: "order",
      name: "order",
      in: "query",
      required: false,
      schema: {
        enum: ["start_time_desc", "start_time_asc", "duration_desc", "duration_asc"],
        type: "string",
      },
    },
    {
      key: "engineType",
      name: "engine-type",
      in: "query",
      required: false,
      schema: { enum: ["spark", "hetuEngine"], type: "string" },
    },
    {
      key: "owner",
      name: "owner",
      in: "query",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
    {
      key: "tags",
      name: "tags",
      in: "query",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
    {
      key: "dbName",
      name: "db_name",
      in: "query",
      required: false,
      schema: { maxLength: 16, minLength: 1, type: "string" },
    },
    {
      key: "tableName",
      name: "table_name",
      in: "query",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * Query all jobs ("Querying All Jobs")
 *
 * Queries the jobs of the project, one page at a time. Vendor page: dli_02_0025 "Querying
 * All Jobs" (and the T-Systems OTC copy, opentelekomcloud-docs/data-lake-insight
 * `api-ref/source/sql_job-related_apis/querying_all_jobs.rst`); SDK operation
 * `ListSqlJobs` (Go `GenReqDefForListSqlJobs`: `GET /v1.0/{project_id}/jobs`, every query
 * parameter; `model/model_list_sql_jobs_request.go`, `…_response.go`, `model_sql_job.go`).
 * Status codes: 200 (the query is successful), 400 (request error), 500 (internal server
 * error).
 *
 * **Pages** are numbered: `current-page` (from 1) and `page-size` (1 to 100, default 50);
 * `job_count` is the number of jobs that match, over all pages, so the last page is
 * `ceil(job_count / page-size)`. The pages give `current-page` the range 1 to 100; the Go
 * SDK says only "an integer greater than 1" (sic: its default is 1). The range of the
 * pages is kept.
 *
 * **Order:** `order`, by default `start_time_desc` (newest submission first).
 *
 * **Filters:** `job-status` (one status), `start` / `end` (jobs whose start time, epoch
 * milliseconds, is later / earlier than the value), `job-type` (one type, or `ALL`) and
 * `job_types` (several; "if both are set, the intersection"), `job-id`, `queue_name`,
 * `owner`, `sql_pattern` (a fragment of the statement, case-insensitive), `engine-type`,
 * `tags` (`key=value`, comma-separated), and from the Go SDK also `db_name` and
 * `table_name`.
 *
 * The items carry the same `status` values as `showSqlJobStatus` (`JobStatus`); the Go SDK's
 * `SqlJobStatus` enum lacks `SCALING`, as its status enum does. The `job-status` filter
 * takes more values in the Go SDK than in the pages (`COMPUTED`, `SUSPENDED`, `ACTIVE`,
 * `DELETED`, `CREATING`, for other job kinds); all are accepted. `job-id` has the same
 * deviation as the `job_id` path parameter: UUIDs with hyphens are accepted.
 *
 * `GET /v1.0/{project_id}/jobs`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function listSqlJobs(
  client: ProviderClient<paths>,
  input: ListSqlJobsInput,
  options?: CallOptions,
): Promise<ListSqlJobsOutput> {
  return invoke(client, listSqlJobsOperation, input, options);
}

/** Input of {@link showSqlJobStatus}: path, query, header and body fields in one object. */
export interface ShowSqlJobStatusInput {
  /**
   * Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
   * Value range per the vendor docs: up to 64 characters, letters and digits only.
   *
   * Sent as path parameter `project_id`; length 1–64, pattern `^[A-Za-z0-9]+$`.
   */
  projectId: string;
  /**
   * Job ID, as returned by "Submitting a SQL Job (Recommended)". Deviation: the vendor docs
   * state "up to 64 characters, only letters and digits", but job ids are UUIDs with
   * hyphens — the docs' own example is `6d2146a0-c2d5-41bd-8ca0-ca9694ada992`. This spec
   * therefore accepts 1 to 64 letters, digits and hyphens.
   *
   * Sent as path parameter `job_id`; length 1–64, pattern `^[A-Za-z0-9-]+$`.
   */
  jobId: string;
}

/** Success body of {@link showSqlJobStatus}. */
export type ShowSqlJobStatusOutput =
  operations["showSqlJobStatus"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link showSqlJobStatus} (found on `ApiError.body`). */
export type ShowSqlJobStatusErrorBody =
  | operations["showSqlJobStatus"]["responses"][400]["content"]["application/json"]
  | operations["showSqlJobStatus"]["responses"][401]["content"]["application/json"]
  | operations["showSqlJobStatus"]["responses"][403]["content"]["application/json"]
  | operations["showSqlJobStatus"]["responses"][404]["content"]["application/json"]
  | operations["showSqlJobStatus"]["responses"][429]["content"]["application/json"]
  | operations["showSqlJobStatus"]["responses"][500]["content"]["application/json"];

/** Description of {@link showSqlJobStatus} for `invoke` / `invokeWithMetadata`. */
export const showSqlJobStatusOperation: Operation<
  ShowSqlJobStatusInput,
  ShowSqlJobStatusOutput,
  paths
> = {
  operationId: "showSqlJobStatus",
  method: "GET",
  path: "/v1.0/{project_id}/jobs/{job_id}/status",
  fields: [
    {
      key: "projectId",
      name: "project_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9]+$", type: "string" },
    },
    {
      key: "jobId",
      name: "job_id",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[A-Za-z0-9-]+$", type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * Query the status of a submitted job ("Querying Job Status")
 *
 * Queries the status of a submitted job. Vendor page: dli_02_0021; SDK operation
 * `ShowSqlJobStatus` (Go `GenReqDefForShowSqlJobStatus`: `GET
 * /v1.0/{project_id}/jobs/{job_id}/status`, path parameter `job_id`). IAM action
 * `dli:jobs:get` (read). Status codes: 200 (the query is successful), 400 (request error),
 * 500 (internal server error).
 *
 * `status` is one of `RUNNING`, `SCALING`, `LAUNCHING`, `FINISHED`, `FAILED`, `CANCELLED`
 * (terminal: `FINISHED`, `FAILED`, `CANCELLED`); unknown values are accepted. This is the
 * read that settles a refused `cancelSqlJob`.
 *
 * Members: the pages mark `is_success`, `message`, `job_id`, `job_type`, `job_mode`,
 * `queue_name`, `owner`, `start_time`, `status`, `input_size` and `result_count` as
 * mandatory on some copies and drop the column on others; the Go and Node SDKs make every
 * member optional. Deviation kept on purpose: this spec requires `job_id` and `status`,
 * the two members a cancelling client relies on (a body without `status` still reads as
 * an unknown, not terminal, state). `user_conf`, `result_path`, `result_format` and
 * `execution_details_path` come from the newer copies of the page and the Go SDK model.
 *
 * `GET /v1.0/{project_id}/jobs/{job_id}/status`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function showSqlJobStatus(
  client: ProviderClient<paths>,
  input: ShowSqlJobStatusInput,
  options?: CallOptions,
): Promise<ShowSqlJobStatusOutput> {
  return invoke(client, showSqlJobStatusOperation, input, options);
}

/** Every operation of this provider, by operationId. */
// Typed by name: an inferred type makes tsc copy the operations' type nodes into the .d.ts with
// comments read from the wrong file, which can land inside a type.
export const allOperations: {
  readonly cancelSqlJob: typeof cancelSqlJobOperation;
  readonly listSqlJobs: typeof listSqlJobsOperation;
  readonly showSqlJobStatus: typeof showSqlJobStatusOperation;
} = {
  cancelSqlJob: cancelSqlJobOperation,
  listSqlJobs: listSqlJobsOperation,
  showSqlJobStatus: showSqlJobStatusOperation,
};
