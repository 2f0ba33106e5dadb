// generated from specs/emr-serverless.yaml by tools/generator, regenerate with `pnpm generate`
import { type CallOptions, invoke, type Operation, type ProviderClient } from "@cancel/core";
import type { operations, paths } from "./schema.gen.js";

/** Input of {@link cancelJobRun}: path, query, header and body fields in one object. */
export interface CancelJobRunInput {
  /**
   * The ID of the application: the one the job run runs on (cancel, read), or whose job runs
   * are listed.
   *
   * Sent as path parameter `applicationId`; length 1–64, pattern `^[0-9a-z]+$`.
   */
  applicationId: string;
  /**
   * The ID of the job run.
   *
   * Sent as path parameter `jobRunId`; length 1–64, pattern `^[0-9a-z]+$`.
   */
  jobRunId: string;
  /**
   * The duration in seconds to wait before forcefully terminating the job after
   * cancellation is requested. `0` = immediate termination; otherwise 15–1800 seconds
   * (User Guide; the API Reference states no range). When omitted: no grace period for
   * batch jobs, 120 seconds for streaming jobs.
   *
   * Sent as query parameter `shutdownGracePeriodInSeconds`.
   */
  shutdownGracePeriodInSeconds?: number;
}

/** Success body of {@link cancelJobRun}. */
export type CancelJobRunOutput =
  operations["cancelJobRun"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link cancelJobRun} (found on `ApiError.body`). */
export type CancelJobRunErrorBody =
  | operations["cancelJobRun"]["responses"][400]["content"]["application/json"]
  | operations["cancelJobRun"]["responses"][403]["content"]["application/json"]
  | operations["cancelJobRun"]["responses"][404]["content"]["application/json"]
  | operations["cancelJobRun"]["responses"][429]["content"]["application/json"]
  | operations["cancelJobRun"]["responses"][500]["content"]["application/json"]
  | operations["cancelJobRun"]["responses"][503]["content"]["application/json"];

/** Description of {@link cancelJobRun} for `invoke` / `invokeWithMetadata`. */
export const cancelJobRunOperation: Operation<CancelJobRunInput, CancelJobRunOutput, paths> = {
  operationId: "cancelJobRun",
  method: "DELETE",
  path: "/applications/{applicationId}/jobruns/{jobRunId}",
  fields: [
    {
      key: "applicationId",
      name: "applicationId",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[0-9a-z]+$", type: "string" },
    },
    {
      key: "jobRunId",
      name: "jobRunId",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[0-9a-z]+$", type: "string" },
    },
    {
      key: "shutdownGracePeriodInSeconds",
      name: "shutdownGracePeriodInSeconds",
      in: "query",
      required: false,
      schema: { anyOf: [{ const: 0 }, { maximum: 1800, minimum: 15 }], type: "integer" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * Cancel a job run
 *
 * Cancels a job run. The job run moves to `CANCELLING`, then `CANCELLED`; poll `getJobRun`
 * until a terminal state (`SUCCESS`, `FAILED`, `CANCELLED`).
 *
 * A run that has already ended (`SUCCESS`, `FAILED`, `CANCELLED`) cannot be cancelled: the
 * service answers **400 `ValidationException`** (not in a cancellable state), the same code
 * as for input that breaks a constraint (sources in `info.description`). Smithy's
 * `@idempotent` on the operation says only that a retried request has no further effect; it
 * does not make the cancel of a finished run succeed. What a cancel of a run that is already
 * `CANCELLING` answers is not documented. `cancelJobRunConfirmed` settles a
 * `ValidationException` with one `getJobRun`: an ended run is `already-terminal`.
 *
 * `shutdownGracePeriodInSeconds` (EMR release 7.9.0 and later) lets the job run its shutdown
 * hooks before it is forcefully terminated; the grace period applies only to jobs in the
 * `RUNNING` state, and the job ends as soon as the hooks finish. Jobs are billed during the
 * grace period.
 *
 * `DELETE /applications/{applicationId}/jobruns/{jobRunId}`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function cancelJobRun(
  client: ProviderClient<paths>,
  input: CancelJobRunInput,
  options?: CallOptions,
): Promise<CancelJobRunOutput> {
  return invoke(client, cancelJobRunOperation, input, options);
}

/** Input of {@link getJobRun}: path, query, header and body fields in one object. */
export interface GetJobRunInput {
  /**
   * The ID of the application: the one the job run runs on (cancel, read), or whose job runs
   * are listed.
   *
   * Sent as path parameter `applicationId`; length 1–64, pattern `^[0-9a-z]+$`.
   */
  applicationId: string;
  /**
   * The ID of the job run.
   *
   * Sent as path parameter `jobRunId`; length 1–64, pattern `^[0-9a-z]+$`.
   */
  jobRunId: string;
  /**
   * The attempt of the job run to describe. If not specified, the latest attempt is
   * returned.
   *
   * Sent as query parameter `attempt`; format int32, range 1–∞.
   */
  attempt?: number;
}

/** Success body of {@link getJobRun}. */
export type GetJobRunOutput =
  operations["getJobRun"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link getJobRun} (found on `ApiError.body`). */
export type GetJobRunErrorBody =
  | operations["getJobRun"]["responses"][400]["content"]["application/json"]
  | operations["getJobRun"]["responses"][403]["content"]["application/json"]
  | operations["getJobRun"]["responses"][404]["content"]["application/json"]
  | operations["getJobRun"]["responses"][429]["content"]["application/json"]
  | operations["getJobRun"]["responses"][500]["content"]["application/json"]
  | operations["getJobRun"]["responses"][503]["content"]["application/json"];

/** Description of {@link getJobRun} for `invoke` / `invokeWithMetadata`. */
export const getJobRunOperation: Operation<GetJobRunInput, GetJobRunOutput, paths> = {
  operationId: "getJobRun",
  method: "GET",
  path: "/applications/{applicationId}/jobruns/{jobRunId}",
  fields: [
    {
      key: "applicationId",
      name: "applicationId",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[0-9a-z]+$", type: "string" },
    },
    {
      key: "jobRunId",
      name: "jobRunId",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[0-9a-z]+$", type: "string" },
    },
    {
      key: "attempt",
      name: "attempt",
      in: "query",
      required: false,
      schema: { format: "int32", minimum: 1, type: "integer" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * Get a job run
 *
 * Displays detailed information about a job run, including its `state`. Terminal states:
 * `SUCCESS`, `FAILED`, `CANCELLED`. No SDK waiter is defined for job runs; clients poll.
 *
 * `GET /applications/{applicationId}/jobruns/{jobRunId}`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function getJobRun(
  client: ProviderClient<paths>,
  input: GetJobRunInput,
  options?: CallOptions,
): Promise<GetJobRunOutput> {
  return invoke(client, getJobRunOperation, input, options);
}

/** Input of {@link listJobRuns}: path, query, header and body fields in one object. */
export interface ListJobRunsInput {
  /**
   * The ID of the application: the one the job run runs on (cancel, read), or whose job runs
   * are listed.
   *
   * Sent as path parameter `applicationId`; length 1–64, pattern `^[0-9a-z]+$`.
   */
  applicationId: string;
  /**
   * The token for the next set of job run results (the `nextToken` of the previous answer).
   *
   * Sent as query parameter `nextToken`; length 1–1024, pattern `^[A-Za-z0-9_=-]+$`.
   */
  nextToken?: string;
  /**
   * The maximum number of job runs to list in one answer (1 to 50).
   *
   * Sent as query parameter `maxResults`; format int32, range 1–50.
   */
  maxResults?: number;
  /**
   * The lower bound of the creation date and time of the job runs to list.
   *
   * Sent as query parameter `createdAtAfter`; format date-time.
   */
  createdAtAfter?: string;
  /**
   * The upper bound of the creation date and time of the job runs to list.
   *
   * Sent as query parameter `createdAtBefore`; format date-time.
   */
  createdAtBefore?: string;
  /**
   * Only job runs in one of these states (up to 8, sent as repeated `states` query
   * parameters). With more than one state the list is grouped by state.
   *
   * Sent as query parameter `states`.
   */
  states?: Array<
    | "SUBMITTED"
    | "PENDING"
    | "SCHEDULED"
    | "RUNNING"
    | "SUCCESS"
    | "FAILED"
    | "CANCELLING"
    | "CANCELLED"
    | "QUEUED"
  >;
  /**
   * The mode of the job runs to list.
   *
   * Sent as query parameter `mode`.
   */
  mode?: "BATCH" | "STREAMING";
}

/** Success body of {@link listJobRuns}. */
export type ListJobRunsOutput =
  operations["listJobRuns"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link listJobRuns} (found on `ApiError.body`). */
export type ListJobRunsErrorBody =
  | operations["listJobRuns"]["responses"][400]["content"]["application/json"]
  | operations["listJobRuns"]["responses"][403]["content"]["application/json"]
  | operations["listJobRuns"]["responses"][429]["content"]["application/json"]
  | operations["listJobRuns"]["responses"][500]["content"]["application/json"]
  | operations["listJobRuns"]["responses"][503]["content"]["application/json"];

/** Description of {@link listJobRuns} for `invoke` / `invokeWithMetadata`. */
export const listJobRunsOperation: Operation<ListJobRunsInput, ListJobRunsOutput, paths> = {
  operationId: "listJobRuns",
  method: "GET",
  path: "/applications/{applicationId}/jobruns",
  fields: [
    {
      key: "applicationId",
      name: "applicationId",
      in: "path",
      required: true,
      schema: { maxLength: 64, minLength: 1, pattern: "^[0-9a-z]+$", type: "string" },
    },
    {
      key: "nextToken",
      name: "nextToken",
      in: "query",
      required: false,
      schema: { maxLength: 1024, minLength: 1, pattern: "^[A-Za-z0-9_=-]+$", type: "string" },
    },
    {
      key: "maxResults",
      name: "maxResults",
      in: "query",
      required: false,
      schema: { format: "int32", maximum: 50, minimum: 1, type: "integer" },
    },
    {
      key: "createdAtAfter",
      name: "createdAtAfter",
      in: "query",
      required: false,
      schema: { format: "date-time", type: "string" },
    },
    {
      key: "createdAtBefore",
      name: "createdAtBefore",
      in: "query",
      required: false,
      schema: { format: "date-time", type: "string" },
    },
    {
      key: "states",
      name: "states",
      in: "query",
      required: false,
      schema: {
        items: {
          enum: [
            "SUBMITTED",
            "PENDING",
            "SCHEDULED",
            "RUNNING",
            "SUCCESS",
            "FAILED",
            "CANCELLING",
            "CANCELLED",
            "QUEUED",
          ],
          type: "string",
        },
        maxItems: 8,
        minItems: 0,
        type: "array",
      },
    },
    {
      key: "mode",
      name: "mode",
      in: "query",
      required: false,
      schema: { enum: ["BATCH", "STREAMING"], type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
};

/**
 * List job runs
 *
 * Lists the job runs of one application, one page at a time (`ListJobRuns`, marked
 * `readonly` in the model). Sources: the botocore 1.43.11 model (`ListJobRuns`,
 * `ListJobRunsRequest`, `ListJobRunsResponse`, `JobRunSummary`; errors
 * `ValidationException` and `InternalServerException`) and its `paginators-1.json`
 * (`input_token`/`output_token` `nextToken`, `limit_key` `maxResults`, `result_key`
 * `jobRuns`); the API Reference page `API_ListJobRuns`.
 *
 * **Pages.** While an answer carries `nextToken`, send it back as `nextToken` (with the
 * same filters) for the next page; an answer without it is the last. `maxResults` is the
 * page size, 1 to 50; the default is not documented.
 *
 * **Filters.** `states` (up to 8 of the `JobRunState` values; "if this filter contains
 * multiple states, the resulting list will be grouped by the state"), `createdAtAfter` /
 * `createdAtBefore` (the lower and upper bound of the creation time; ISO 8601 in the query,
 * as restJson1 writes a timestamp there) and `mode` (`BATCH` or `STREAMING`).
 *
 * **Order.** Not documented beyond the grouping by state above.
 *
 * The items are `JobRunSummary`s: the run's id is `id` (not `jobRunId` as in `GetJobRun`),
 * its timestamps epoch seconds, as in `JobRun`. The model lists no
 * `ResourceNotFoundException` for this operation: what the service answers for an
 * application that does not exist is not documented. A `nextToken` that breaks its
 * pattern or length is a `ValidationException` like any other constraint; the answer to a
 * well-formed token the service did not issue is not documented.
 *
 * `GET /applications/{applicationId}/jobruns`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function listJobRuns(
  client: ProviderClient<paths>,
  input: ListJobRunsInput,
  options?: CallOptions,
): Promise<ListJobRunsOutput> {
  return invoke(client, listJobRunsOperation, input, options);
}

/** Every operation of this provider, by operationId. */
// Typed by name: an inferred type makes tsc copy the operations' type nodes into the .d.ts with
// comments read from the wrong file, which can land inside a type.
export const allOperations: {
  readonly cancelJobRun: typeof cancelJobRunOperation;
  readonly getJobRun: typeof getJobRunOperation;
  readonly listJobRuns: typeof listJobRunsOperation;
} = {
  cancelJobRun: cancelJobRunOperation,
  getJobRun: getJobRunOperation,
  listJobRuns: listJobRunsOperation,
};
