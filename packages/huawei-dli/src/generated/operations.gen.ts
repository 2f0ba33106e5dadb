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
export const allOperations = {
  cancelSqlJob: cancelSqlJobOperation,
  showSqlJobStatus: showSqlJobStatusOperation,
} as const;
