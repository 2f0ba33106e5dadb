// generated from specs/databricks.yaml by tools/generator, regenerate with `pnpm generate`
import { type CallOptions, invoke, type Operation, type ProviderClient } from "@cancel/core";
import type { operations, paths } from "./schema.gen.js";

/** Input of {@link cancelAllRuns}: path, query, header and body fields in one object. */
export interface CancelAllRunsInput {
  /**
   * The workspace a call is for, on a **unified host** (one host name serving an account and
   * its workspaces), which cannot route a workspace call without it; a classic workspace host
   * does not need it. The official SDKs send it on every Jobs call when `workspace_id`
   * (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
   * `config/config.go`). A numeric workspace id or a connection id, which the server tells
   * apart: its form is not constrained here. The client fills it from its `workspaceId`
   * option or `DATABRICKS_WORKSPACE_ID`.
   *
   * Sent as header parameter `X-Databricks-Workspace-Id`; length 1–∞.
   */
  workspaceId?: string;
  /**
   * The canonical identifier of the job to cancel all runs of. Required in API 2.1,
   * optional in 2.2.
   *
   * Sent as body property `job_id`; format int64.
   */
  jobId?: number;
  /**
   * Optional boolean parameter to cancel all queued runs. If no `job_id` is provided, all
   * queued runs in the workspace are canceled (API 2.2).
   *
   * Sent as body property `all_queued_runs`.
   */
  allQueuedRuns?: boolean;
}

/** Success body of {@link cancelAllRuns}. */
export type CancelAllRunsOutput =
  operations["cancelAllRuns"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link cancelAllRuns} (found on `ApiError.body`). */
export type CancelAllRunsErrorBody =
  | operations["cancelAllRuns"]["responses"][400]["content"]["application/json"]
  | operations["cancelAllRuns"]["responses"][401]["content"]["application/json"]
  | operations["cancelAllRuns"]["responses"][403]["content"]["application/json"]
  | operations["cancelAllRuns"]["responses"][404]["content"]["application/json"]
  | operations["cancelAllRuns"]["responses"][429]["content"]["application/json"]
  | operations["cancelAllRuns"]["responses"][500]["content"]["application/json"]
  | operations["cancelAllRuns"]["responses"][503]["content"]["application/json"];

/** Description of {@link cancelAllRuns} for `invoke` / `invokeWithMetadata`. */
export const cancelAllRunsOperation: Operation<CancelAllRunsInput, CancelAllRunsOutput, paths> = {
  operationId: "cancelAllRuns",
  method: "POST",
  path: "/jobs/runs/cancel-all",
  fields: [
    {
      key: "workspaceId",
      name: "X-Databricks-Workspace-Id",
      in: "header",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
    {
      key: "jobId",
      name: "job_id",
      in: "body",
      required: false,
      schema: { format: "int64", type: "integer" },
    },
    {
      key: "allQueuedRuns",
      name: "all_queued_runs",
      in: "body",
      required: false,
      schema: { type: "boolean" },
    },
  ],
  success: { "200": { json: true, emptyOk: true } },
};

/**
 * Cancel all runs of a job
 *
 * Cancels all active runs of a job, asynchronously (like `cancelRun`). It does not prevent
 * new runs from being started. With `all_queued_runs: true` and no `job_id`, all queued runs
 * of the workspace are canceled.
 *
 * API 2.1 requires `job_id`; in 2.2 both fields are optional (send at least one of them:
 * `job_id`, or `all_queued_runs: true`).
 *
 * `POST /jobs/runs/cancel-all`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function cancelAllRuns(
  client: ProviderClient<paths>,
  input: CancelAllRunsInput = {},
  options?: CallOptions,
): Promise<CancelAllRunsOutput> {
  return invoke(client, cancelAllRunsOperation, input, options);
}

/** Input of {@link cancelRun}: path, query, header and body fields in one object. */
export interface CancelRunInput {
  /**
   * The workspace a call is for, on a **unified host** (one host name serving an account and
   * its workspaces), which cannot route a workspace call without it; a classic workspace host
   * does not need it. The official SDKs send it on every Jobs call when `workspace_id`
   * (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
   * `config/config.go`). A numeric workspace id or a connection id, which the server tells
   * apart: its form is not constrained here. The client fills it from its `workspaceId`
   * option or `DATABRICKS_WORKSPACE_ID`.
   *
   * Sent as header parameter `X-Databricks-Workspace-Id`; length 1–∞.
   */
  workspaceId?: string;
  /**
   * The canonical identifier of the run to cancel (a job run or a task run). The 2.2
   * reference schema marks it optional but its text says "This field is required"; it is
   * required here.
   *
   * Sent as body property `run_id`; format int64.
   */
  runId: number;
}

/** Success body of {@link cancelRun}. */
export type CancelRunOutput =
  operations["cancelRun"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link cancelRun} (found on `ApiError.body`). */
export type CancelRunErrorBody =
  | operations["cancelRun"]["responses"][400]["content"]["application/json"]
  | operations["cancelRun"]["responses"][401]["content"]["application/json"]
  | operations["cancelRun"]["responses"][403]["content"]["application/json"]
  | operations["cancelRun"]["responses"][404]["content"]["application/json"]
  | operations["cancelRun"]["responses"][429]["content"]["application/json"]
  | operations["cancelRun"]["responses"][500]["content"]["application/json"]
  | operations["cancelRun"]["responses"][503]["content"]["application/json"];

/** Description of {@link cancelRun} for `invoke` / `invokeWithMetadata`. */
export const cancelRunOperation: Operation<CancelRunInput, CancelRunOutput, paths> = {
  operationId: "cancelRun",
  method: "POST",
  path: "/jobs/runs/cancel",
  fields: [
    {
      key: "workspaceId",
      name: "X-Databricks-Workspace-Id",
      in: "header",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
    {
      key: "runId",
      name: "run_id",
      in: "body",
      required: true,
      schema: { format: "int64", type: "integer" },
    },
  ],
  success: { "200": { json: true, emptyOk: true } },
};

/**
 * Cancel a run
 *
 * Cancels a job run or a task run. The run is canceled **asynchronously**: when this request
 * completes the run may still be running; it is terminated shortly after. Poll `getRun`
 * until `status.state` is `TERMINATED` (or, in the deprecated `state` model,
 * `life_cycle_state` is `TERMINATED`, `SKIPPED` or `INTERNAL_ERROR`) — the official SDKs
 * wait for `TERMINATED` or `SKIPPED` (20 min default timeout).
 * If the run has already ended, this method is a **no-op** and still answers 200, so
 * repeating it is safe; the answer never tells whether the run was still running (read
 * `getRun` for that).
 *
 * `POST /jobs/runs/cancel`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function cancelRun(
  client: ProviderClient<paths>,
  input: CancelRunInput,
  options?: CallOptions,
): Promise<CancelRunOutput> {
  return invoke(client, cancelRunOperation, input, options);
}

/** Input of {@link getRun}: path, query, header and body fields in one object. */
export interface GetRunInput {
  /**
   * The canonical identifier of the run for which to retrieve the metadata.
   *
   * Sent as query parameter `run_id`; format int64.
   */
  runId: number;
  /**
   * Whether to include the repair history in the response.
   *
   * Sent as query parameter `include_history`.
   */
  includeHistory?: boolean;
  /**
   * Whether to include resolved parameter values in the response.
   *
   * Sent as query parameter `include_resolved_values`.
   */
  includeResolvedValues?: boolean;
  /**
   * The `next_page_token` of a previous `getRun` response, to fetch the next page of the
   * run's array properties (`tasks`, `iterations`, `job_clusters`; API 2.2, ignored by 2.1).
   *
   * Sent as query parameter `page_token`.
   */
  pageToken?: string;
  /**
   * The workspace a call is for, on a **unified host** (one host name serving an account and
   * its workspaces), which cannot route a workspace call without it; a classic workspace host
   * does not need it. The official SDKs send it on every Jobs call when `workspace_id`
   * (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
   * `config/config.go`). A numeric workspace id or a connection id, which the server tells
   * apart: its form is not constrained here. The client fills it from its `workspaceId`
   * option or `DATABRICKS_WORKSPACE_ID`.
   *
   * Sent as header parameter `X-Databricks-Workspace-Id`; length 1–∞.
   */
  workspaceId?: string;
}

/** Success body of {@link getRun}. */
export type GetRunOutput = operations["getRun"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link getRun} (found on `ApiError.body`). */
export type GetRunErrorBody =
  | operations["getRun"]["responses"][400]["content"]["application/json"]
  | operations["getRun"]["responses"][401]["content"]["application/json"]
  | operations["getRun"]["responses"][403]["content"]["application/json"]
  | operations["getRun"]["responses"][404]["content"]["application/json"]
  | operations["getRun"]["responses"][429]["content"]["application/json"]
  | operations["getRun"]["responses"][500]["content"]["application/json"]
  | operations["getRun"]["responses"][503]["content"]["application/json"];

/** Description of {@link getRun} for `invoke` / `invokeWithMetadata`. */
export const getRunOperation: Operation<GetRunInput, GetRunOutput, paths> = {
  operationId: "getRun",
  method: "GET",
  path: "/jobs/runs/get",
  fields: [
    {
      key: "runId",
      name: "run_id",
      in: "query",
      required: true,
      schema: { format: "int64", type: "integer" },
    },
    {
      key: "includeHistory",
      name: "include_history",
      in: "query",
      required: false,
      schema: { type: "boolean" },
    },
    {
      key: "includeResolvedValues",
      name: "include_resolved_values",
      in: "query",
      required: false,
      schema: { type: "boolean" },
    },
    {
      key: "pageToken",
      name: "page_token",
      in: "query",
      required: false,
      schema: { type: "string" },
    },
    {
      key: "workspaceId",
      name: "X-Databricks-Workspace-Id",
      in: "header",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: true } },
};

/**
 * Get a single job run
 *
 * Retrieves the metadata of a run, including its `status` (and the deprecated `state`),
 * used to observe a cancellation. Runs are removed automatically after 60 days.
 *
 * In 2.2, large runs (more than 100 tasks or for-each iterations) are paginated: while
 * `has_more` is true, call again with `page_token` set to `next_page_token`; only the
 * `tasks` / `iterations` arrays differ between pages.
 *
 * A missing run is answered with 400 `INVALID_PARAMETER_VALUE` and a message like
 * "Run 123 does not exist." (the SDKs map it to "resource does not exist").
 *
 * `GET /jobs/runs/get`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function getRun(
  client: ProviderClient<paths>,
  input: GetRunInput,
  options?: CallOptions,
): Promise<GetRunOutput> {
  return invoke(client, getRunOperation, input, options);
}

/** Input of {@link listRuns}: path, query, header and body fields in one object. */
export interface ListRunsInput {
  /**
   * The job for which to list runs. If omitted, the Jobs service lists runs from all jobs.
   *
   * Sent as query parameter `job_id`; format int64.
   */
  jobId?: number;
  /**
   * If `true`, only active runs are listed (`QUEUED`, `PENDING`, `RUNNING` or
   * `TERMINATING`; the legacy reference names the last three); otherwise active and
   * completed runs. Cannot be `true` when `completed_only` is `true`.
   *
   * Sent as query parameter `active_only`.
   */
  activeOnly?: boolean;
  /**
   * If `true`, only completed runs are listed; otherwise active and completed runs. Cannot
   * be `true` when `active_only` is `true`.
   *
   * Sent as query parameter `completed_only`.
   */
  completedOnly?: boolean;
  /**
   * The offset of the first run to return, relative to the most recent run. Deprecated
   * since June 2023: use `page_token` instead.
   *
   * Sent as query parameter `offset`; format int32, range 0–∞.
   *
   * @deprecated
   */
  offset?: number;
  /**
   * The number of runs to return: greater than 0 and at most 25 (the Go model says "less
   * than 25", the legacy reference's schema has maximum 25). Default 20 (the Go model; the
   * legacy reference said 25). `0` makes the service use its maximum.
   *
   * Sent as query parameter `limit`; format int32, range 0–25.
   */
  limit?: number;
  /**
   * The type of runs to list: `JOB_RUN` (a normal job run), `WORKFLOW_RUN` (started by
   * `dbutils.notebook.run`) or `SUBMIT_RUN` (a one-time run from `runs/submit`).
   *
   * Sent as query parameter `run_type`.
   */
  runType?: "JOB_RUN" | "WORKFLOW_RUN" | "SUBMIT_RUN";
  /**
   * Whether to include task and cluster details in the response. Only the first 100
   * elements are shown; `getRun` pages through the rest.
   *
   * Sent as query parameter `expand_tasks`.
   */
  expandTasks?: boolean;
  /**
   * Show runs that started at or after this value: a UTC timestamp in epoch milliseconds.
   * Can be combined with `start_time_to`.
   *
   * Sent as query parameter `start_time_from`; format int64.
   */
  startTimeFrom?: number;
  /**
   * Show runs that started at or before this value: a UTC timestamp in epoch
   * milliseconds. Can be combined with `start_time_from`.
   *
   * Sent as query parameter `start_time_to`; format int64.
   */
  startTimeTo?: number;
  /**
   * `next_page_token` or `prev_page_token` of a previous `listRuns` answer, to list the
   * next or previous page of runs (send the same filters again).
   *
   * Sent as query parameter `page_token`; length 1–∞.
   */
  pageToken?: string;
  /**
   * The workspace a call is for, on a **unified host** (one host name serving an account and
   * its workspaces), which cannot route a workspace call without it; a classic workspace host
   * does not need it. The official SDKs send it on every Jobs call when `workspace_id`
   * (`DATABRICKS_WORKSPACE_ID`) is set (databricks-sdk-go `service/jobs/impl.go`,
   * `config/config.go`). A numeric workspace id or a connection id, which the server tells
   * apart: its form is not constrained here. The client fills it from its `workspaceId`
   * option or `DATABRICKS_WORKSPACE_ID`.
   *
   * Sent as header parameter `X-Databricks-Workspace-Id`; length 1–∞.
   */
  workspaceId?: string;
}

/** Success body of {@link listRuns}. */
export type ListRunsOutput =
  operations["listRuns"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link listRuns} (found on `ApiError.body`). */
export type ListRunsErrorBody =
  | operations["listRuns"]["responses"][400]["content"]["application/json"]
  | operations["listRuns"]["responses"][401]["content"]["application/json"]
  | operations["listRuns"]["responses"][403]["content"]["application/json"]
  | operations["listRuns"]["responses"][404]["content"]["application/json"]
  | operations["listRuns"]["responses"][429]["content"]["application/json"]
  | operations["listRuns"]["responses"][500]["content"]["application/json"]
  | operations["listRuns"]["responses"][503]["content"]["application/json"];

/** Description of {@link listRuns} for `invoke` / `invokeWithMetadata`. */
export const listRunsOperation: Operation<ListRunsInput, ListRunsOutput, paths> = {
  operationId: "listRuns",
  method: "GET",
  path: "/jobs/runs/list",
  fields: [
    {
      key: "jobId",
      name: "job_id",
      in: "query",
      required: false,
      schema: { format: "int64", type: "integer" },
    },
    {
      key: "activeOnly",
      name: "active_only",
      in: "query",
      required: false,
      schema: { type: "boolean" },
    },
    {
      key: "completedOnly",
      name: "completed_only",
      in: "query",
      required: false,
      schema: { type: "boolean" },
    },
    {
      key: "offset",
      name: "offset",
      in: "query",
      required: false,
      schema: { format: "int32", minimum: 0, type: "integer" },
    },
    {
      key: "limit",
      name: "limit",
      in: "query",
      required: false,
      schema: { format: "int32", maximum: 25, minimum: 0, type: "integer" },
    },
    {
      key: "runType",
      name: "run_type",
      in: "query",
      required: false,
      schema: { enum: ["JOB_RUN", "WORKFLOW_RUN", "SUBMIT_RUN"], type: "string" },
    },
    {
      key: "expandTasks",
      name: "expand_tasks",
      in: "query",
      required: false,
      schema: { type: "boolean" },
    },
    {
      key: "startTimeFrom",
      name: "start_time_from",
      in: "query",
      required: false,
      schema: { format: "int64", type: "integer" },
    },
    {
      key: "startTimeTo",
      name: "start_time_to",
      in: "query",
      required: false,
      schema: { format: "int64", type: "integer" },
    },
    {
      key: "pageToken",
      name: "page_token",
      in: "query",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
    {
      key: "workspaceId",
      name: "X-Databricks-Workspace-Id",
      in: "header",
      required: false,
      schema: { minLength: 1, type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: true } },
};

/**
 * List job runs
 *
 * Lists runs of one job (`job_id`) or of every job of the workspace, newest first, one page
 * at a time. Sources: databricks-sdk-go `service/jobs/model.go` (`ListRunsRequest`,
 * `ListRunsResponse`, `BaseRun`) and `service/jobs/impl.go` (`ListRuns`: `GET
 * /api/2.2/jobs/runs/list`, query parameters, `X-Databricks-Workspace-Id`; its iterator asks
 * for the next page while `next_page_token` is not empty); the legacy Jobs API 2.1 OpenAPI
 * (`JobsRunsList`: parameter types, `limit` maximum 25, statuses 200/400/401/500).
 *
 * **Pages.** Send `next_page_token` (or `prev_page_token`) of an answer back as `page_token`
 * for the next (or previous) page, with the same filters; `has_more` says whether runs are
 * left. `limit` is the page size: 1 to 25, 20 when omitted (the Go model; the legacy
 * reference said 25), and 0 asks for the largest page. `offset` is the old way to page
 * (deprecated since June 2023). Runs are kept 60 days.
 *
 * **Order.** The Go model's `ListRunsResponse.runs` and the legacy reference say "from most
 * recently started to least" (by `start_time`); the Go SDK's operation comment says
 * "descending order by end time", falling back to the start time for runs that have not
 * finished. The spec follows the first; a caller must not depend on the order within a
 * page.
 *
 * **Filters.** `job_id`, `active_only` (runs that have not ended: the Go model names
 * `QUEUED`, `PENDING`, `RUNNING`, `TERMINATING`) or `completed_only` (not both: the
 * service refuses that with a 400, whose code is not documented), `run_type`, and
 * `start_time_from` / `start_time_to` (epoch milliseconds, both inclusive: "at or after",
 * "at or before"). There is no filter on a run's state besides these two. `runs` is left
 * out of an answer with no run.
 *
 * Errors are those of every Jobs call (the legacy reference lists 400, 401, 500; the others
 * come from the Errors page and the SDKs' status mapping). What the service answers for a
 * `job_id` that does not exist, or for a `page_token` it did not issue, is not documented
 * beyond the legacy reference's 400 "The request was malformed".
 *
 * `GET /jobs/runs/list`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function listRuns(
  client: ProviderClient<paths>,
  input: ListRunsInput = {},
  options?: CallOptions,
): Promise<ListRunsOutput> {
  return invoke(client, listRunsOperation, input, options);
}

/** Every operation of this provider, by operationId. */
// Typed by name: an inferred type makes tsc copy the operations' type nodes into the .d.ts with
// comments read from the wrong file, which can land inside a type.
export const allOperations: {
  readonly cancelAllRuns: typeof cancelAllRunsOperation;
  readonly cancelRun: typeof cancelRunOperation;
  readonly getRun: typeof getRunOperation;
  readonly listRuns: typeof listRunsOperation;
} = {
  cancelAllRuns: cancelAllRunsOperation,
  cancelRun: cancelRunOperation,
  getRun: getRunOperation,
  listRuns: listRunsOperation,
};
