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

/** Every operation of this provider, by operationId. */
export const allOperations = {
  cancelAllRuns: cancelAllRunsOperation,
  cancelRun: cancelRunOperation,
  getRun: getRunOperation,
} as const;
