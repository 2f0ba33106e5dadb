// generated from specs/fabric-workload.yaml by tools/generator, regenerate with `pnpm generate`
import { type CallOptions, invoke, type Operation, type ProviderClient } from "@cancel/core";
import type { operations, paths } from "./schema.gen.js";

/** Input of {@link cancelItemJobInstance}: path, query, header and body fields in one object. */
export interface CancelItemJobInstanceInput {
  /**
   * The workspace ID.
   *
   * Sent as path parameter `workspaceId`; format uuid.
   */
  workspaceId: string;
  /**
   * The item type: the workload's item type name, qualified by the workload name
   * (e.g. `Contoso.FinanceAnalytics.Forecast`).
   *
   * Sent as path parameter `itemType`.
   */
  itemType: string;
  /**
   * The item ID.
   *
   * Sent as path parameter `itemId`; format uuid.
   */
  itemId: string;
  /**
   * The job type, as declared for the item type in the workload manifest.
   *
   * Sent as path parameter `jobType`.
   */
  jobType: string;
  /**
   * The job instance ID (assigned by Fabric when it created the job instance).
   *
   * Sent as path parameter `jobInstanceId`; format uuid.
   */
  jobInstanceId: string;
  /**
   * A unique ID for correlating the request with the workload's own systems when a user
   * interacts with the workload. Input field `activityId`.
   *
   * Sent as header parameter `ActivityId`.
   */
  activityId: string;
  /**
   * A globally unique ID that lets Fabric correlate the request with its logs; quote it when
   * reporting an issue. Generate a new one per request (e.g. a UUID). Input field
   * `requestId`.
   *
   * Sent as header parameter `RequestId`.
   */
  requestId: string;
  /**
   * The tenant ID of the client making the request (the Entra ID tenant of the caller).
   * Input field `tenantId`. One WDK docs sample spells the header `ms-client-tenant-id`. The
   * Swagger, the API reference pages and the sample backend (`HttpHeaders.XmsClientTenantId`)
   * use `x-ms-client-tenant-id`, which this file follows. The Swagger types it as a plain
   * string, as does this file; the reference workload parses it as a GUID and answers 401
   * `AuthError` ("Missing or invalid x-ms-client-tenant-id header") when it is missing or is
   * not one (`AuthenticationService.AuthenticateControlPlaneCall`).
   *
   * Sent as header parameter `x-ms-client-tenant-id`.
   */
  tenantId: string;
}

/** Success body of {@link cancelItemJobInstance}. */
export type CancelItemJobInstanceOutput =
  operations["cancelItemJobInstance"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link cancelItemJobInstance} (found on `ApiError.body`). */
export type CancelItemJobInstanceErrorBody =
  | operations["cancelItemJobInstance"]["responses"][400]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"][401]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"][403]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"][404]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"][409]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"][429]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"][500]["content"]["application/json"]
  | operations["cancelItemJobInstance"]["responses"]["default"]["content"]["application/json"];

/** Description of {@link cancelItemJobInstance} for `invoke` / `invokeWithMetadata`. */
export const cancelItemJobInstanceOperation: Operation<
  CancelItemJobInstanceInput,
  CancelItemJobInstanceOutput,
  paths
> = {
  operationId: "cancelItemJobInstance",
  method: "POST",
  path: "/workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}/cancel",
  fields: [
    {
      key: "workspaceId",
      name: "workspaceId",
      in: "path",
      required: true,
      schema: { format: "uuid", type: "string" },
    },
    { key: "itemType", name: "itemType", in: "path", required: true, schema: { type: "string" } },
    {
      key: "itemId",
      name: "itemId",
      in: "path",
      required: true,
      schema: { format: "uuid", type: "string" },
    },
    { key: "jobType", name: "jobType", in: "path", required: true, schema: { type: "string" } },
    {
      key: "jobInstanceId",
      name: "jobInstanceId",
      in: "path",
      required: true,
      schema: { format: "uuid", type: "string" },
    },
    {
      key: "activityId",
      name: "ActivityId",
      in: "header",
      required: true,
      schema: { type: "string" },
    },
    {
      key: "requestId",
      name: "RequestId",
      in: "header",
      required: true,
      schema: { type: "string" },
    },
    {
      key: "tenantId",
      name: "x-ms-client-tenant-id",
      in: "header",
      required: true,
      schema: { type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
  requestIdField: "requestId",
};

/**
 * Cancel an item job instance (called by Microsoft Fabric)
 *
 * Called by Microsoft Fabric for cancelling a job instance. Fabric does some basic
 * validations, then calls this API to cancel an item job instance in the workload. The
 * request has no body. The workload answers **200** with the job instance state
 * (`ItemJobInstanceState`). In the vendor example that state is `Cancelled`, with start and
 * end times.
 *
 * Vendor operationId: `Jobs_CancelItemJobInstance`. The API should accept SubjectAndApp
 * authentication. Permissions are checked by Microsoft Fabric, not by the workload.
 *
 * Path typo: the seed page's URL template spells the segment `itemS`. Its sample request,
 * the Swagger and the sibling pages use `items`, as this file does.
 *
 * **What the reference workload answers.** Microsoft's sample backend
 * (`JobsControllerImpl.CancelItemJobInstanceAsync`, `ItemBase.CancelJob`) answers every
 * cancel of an existing item with **200 `{"status": "Cancelled"}`** (no times): for a
 * running job, for a job that had **already completed or failed**, and for a job instance
 * it has no record of (it creates one, marked cancelled). It only records the cancel: the
 * running job checks the mark before it writes its result, and state reads answer
 * `Cancelled` from then on. So from `Cancelled` a caller can conclude that the workload
 * accepted the cancel and that the job will read as cancelled; it can **not** conclude
 * that the job was still running, that it existed, or that any of its work was undone (a
 * job that had completed keeps its output). An unknown item is **404
 * `ItemMetadataNotFound`** (`SampleErrorResponse`, PascalCase).
 *
 * Other workloads (tolerated variants): a workload may answer a finished job with 200 and
 * its final state (`Completed`, `Failed`: the outcome is then already-terminal), or refuse
 * it with **409 `JobAlreadyCompleted`**, the public Job Scheduler's code, settled by one
 * state read (`x-cancel-cancel`); an unknown job instance may be **404
 * `JobInstanceNotFound`**. The sample's controller also has a branch answering 200
 * `{"status": "Failed", "errorDetails": {"errorCode": "ItemNotFound", ...}}` for an item
 * without id; it is unreachable there (`ItemBase.Load` answers 404 first) and is not
 * modelled. Error statuses in general are chosen by the workload (the vendor documents
 * only "Other Status Codes: ErrorResponse"); the ones listed below are the usual ones, and
 * `default` covers the rest.
 *
 * `POST /workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}/cancel`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function cancelItemJobInstance(
  client: ProviderClient<paths>,
  input: CancelItemJobInstanceInput,
  options?: CallOptions,
): Promise<CancelItemJobInstanceOutput> {
  return invoke(client, cancelItemJobInstanceOperation, input, options);
}

/** Input of {@link getItemJobInstanceState}: path, query, header and body fields in one object. */
export interface GetItemJobInstanceStateInput {
  /**
   * The workspace ID.
   *
   * Sent as path parameter `workspaceId`; format uuid.
   */
  workspaceId: string;
  /**
   * The item type: the workload's item type name, qualified by the workload name
   * (e.g. `Contoso.FinanceAnalytics.Forecast`).
   *
   * Sent as path parameter `itemType`.
   */
  itemType: string;
  /**
   * The item ID.
   *
   * Sent as path parameter `itemId`; format uuid.
   */
  itemId: string;
  /**
   * The job type, as declared for the item type in the workload manifest.
   *
   * Sent as path parameter `jobType`.
   */
  jobType: string;
  /**
   * The job instance ID (assigned by Fabric when it created the job instance).
   *
   * Sent as path parameter `jobInstanceId`; format uuid.
   */
  jobInstanceId: string;
  /**
   * A unique ID for correlating the request with the workload's own systems when a user
   * interacts with the workload. Input field `activityId`.
   *
   * Sent as header parameter `ActivityId`.
   */
  activityId: string;
  /**
   * A globally unique ID that lets Fabric correlate the request with its logs; quote it when
   * reporting an issue. Generate a new one per request (e.g. a UUID). Input field
   * `requestId`.
   *
   * Sent as header parameter `RequestId`.
   */
  requestId: string;
  /**
   * The tenant ID of the client making the request (the Entra ID tenant of the caller).
   * Input field `tenantId`. One WDK docs sample spells the header `ms-client-tenant-id`. The
   * Swagger, the API reference pages and the sample backend (`HttpHeaders.XmsClientTenantId`)
   * use `x-ms-client-tenant-id`, which this file follows. The Swagger types it as a plain
   * string, as does this file; the reference workload parses it as a GUID and answers 401
   * `AuthError` ("Missing or invalid x-ms-client-tenant-id header") when it is missing or is
   * not one (`AuthenticationService.AuthenticateControlPlaneCall`).
   *
   * Sent as header parameter `x-ms-client-tenant-id`.
   */
  tenantId: string;
}

/** Success body of {@link getItemJobInstanceState}. */
export type GetItemJobInstanceStateOutput =
  operations["getItemJobInstanceState"]["responses"][200]["content"]["application/json"];

/** Error bodies the spec documents for {@link getItemJobInstanceState} (found on `ApiError.body`). */
export type GetItemJobInstanceStateErrorBody =
  | operations["getItemJobInstanceState"]["responses"][400]["content"]["application/json"]
  | operations["getItemJobInstanceState"]["responses"][401]["content"]["application/json"]
  | operations["getItemJobInstanceState"]["responses"][403]["content"]["application/json"]
  | operations["getItemJobInstanceState"]["responses"][404]["content"]["application/json"]
  | operations["getItemJobInstanceState"]["responses"][429]["content"]["application/json"]
  | operations["getItemJobInstanceState"]["responses"][500]["content"]["application/json"]
  | operations["getItemJobInstanceState"]["responses"]["default"]["content"]["application/json"];

/** Description of {@link getItemJobInstanceState} for `invoke` / `invokeWithMetadata`. */
export const getItemJobInstanceStateOperation: Operation<
  GetItemJobInstanceStateInput,
  GetItemJobInstanceStateOutput,
  paths
> = {
  operationId: "getItemJobInstanceState",
  method: "GET",
  path: "/workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}",
  fields: [
    {
      key: "workspaceId",
      name: "workspaceId",
      in: "path",
      required: true,
      schema: { format: "uuid", type: "string" },
    },
    { key: "itemType", name: "itemType", in: "path", required: true, schema: { type: "string" } },
    {
      key: "itemId",
      name: "itemId",
      in: "path",
      required: true,
      schema: { format: "uuid", type: "string" },
    },
    { key: "jobType", name: "jobType", in: "path", required: true, schema: { type: "string" } },
    {
      key: "jobInstanceId",
      name: "jobInstanceId",
      in: "path",
      required: true,
      schema: { format: "uuid", type: "string" },
    },
    {
      key: "activityId",
      name: "ActivityId",
      in: "header",
      required: true,
      schema: { type: "string" },
    },
    {
      key: "requestId",
      name: "RequestId",
      in: "header",
      required: true,
      schema: { type: "string" },
    },
    {
      key: "tenantId",
      name: "x-ms-client-tenant-id",
      in: "header",
      required: true,
      schema: { type: "string" },
    },
  ],
  success: { "200": { json: true, emptyOk: false } },
  requestIdField: "requestId",
};

/**
 * Get the state of an item job instance (called by Microsoft Fabric)
 *
 * Called by Microsoft Fabric to retrieve an item job instance state. Fabric does some
 * basic validations, then calls this API to read the state of the job instance in the
 * workload. It uses the same path as the cancel operation, without `/cancel`, and has no
 * request body.
 *
 * Vendor operationId: `Jobs_GetItemJobInstanceState`. The API should accept SubjectAndApp
 * authentication. Permissions are checked by Microsoft Fabric.
 *
 * Per the WDK job docs, Fabric polls this endpoint (about once a minute) while a job is
 * not yet in a terminal state (`Completed`, `Failed`, `Cancelled`). The workload must
 * answer **200** even when the job itself failed: the failure goes in `status: Failed`
 * plus `errorDetails`, not in an HTTP error. HTTP errors mean the state couldn't be read
 * (unknown item or job, authentication, throttling, ...). As with cancel, the workload
 * chooses the error status.
 *
 * **What the reference workload answers** (`JobsControllerImpl.GetItemJobInstanceStateAsync`,
 * `Item1.GetJobState`): 404 `ItemMetadataNotFound` for an unknown item; **200
 * `{"status": "Failed"}`**, without `errorDetails`, for a job instance it has no record of
 * (so a `Failed` without `errorDetails` may mean "unknown job", not "the job failed");
 * `Cancelled` once a cancel was recorded, even for a job that had completed; else
 * `Completed` or `InProgress`. A workload may instead answer an unknown job instance with
 * 404 `JobInstanceNotFound` (tolerated variant). No 409: nothing suggests a workload refuses
 * a read as a conflict.
 *
 * `GET /workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}`
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).
 */
export function getItemJobInstanceState(
  client: ProviderClient<paths>,
  input: GetItemJobInstanceStateInput,
  options?: CallOptions,
): Promise<GetItemJobInstanceStateOutput> {
  return invoke(client, getItemJobInstanceStateOperation, input, options);
}

/** Every operation of this provider, by operationId. */
// Typed by name: an inferred type makes tsc copy the operations' type nodes into the .d.ts with
// comments read from the wrong file, which can land inside a type.
export const allOperations: {
  readonly cancelItemJobInstance: typeof cancelItemJobInstanceOperation;
  readonly getItemJobInstanceState: typeof getItemJobInstanceStateOperation;
} = {
  cancelItemJobInstance: cancelItemJobInstanceOperation,
  getItemJobInstanceState: getItemJobInstanceStateOperation,
};
