// generated from specs/fabric-workload.yaml by tools/generator, regenerate with `pnpm generate`
import {
  type CancelItemJobInstanceInput,
  cancelItemJobInstanceOperation,
  type GetItemJobInstanceStateInput,
  getItemJobInstanceStateOperation,
} from "./operations.gen.js";
import type { operations } from "./schema.gen.js";

/**
 * The path parameters of `cancelItemJobInstance` a server handler receives, checked against the spec's field rules.
 */
export type CancelItemJobInstanceIds = Pick<
  CancelItemJobInstanceInput,
  "workspaceId" | "itemType" | "itemId" | "jobType" | "jobInstanceId"
>;

/**
 * The header parameters of `cancelItemJobInstance` a server handler receives, checked against the spec's field rules.
 */
export type CancelItemJobInstanceHeaders = Pick<
  CancelItemJobInstanceInput,
  "activityId" | "requestId" | "tenantId"
>;

/**
 * The body `cancelItemJobInstance` answers with status 200.
 */
export type CancelItemJobInstanceAnswer =
  operations["cancelItemJobInstance"]["responses"][200]["content"]["application/json"];

/**
 * The path parameters of `getItemJobInstanceState` a server handler receives, checked against the spec's field rules.
 */
export type GetItemJobInstanceStateIds = Pick<
  GetItemJobInstanceStateInput,
  "workspaceId" | "itemType" | "itemId" | "jobType" | "jobInstanceId"
>;

/**
 * The header parameters of `getItemJobInstanceState` a server handler receives, checked against the spec's field rules.
 */
export type GetItemJobInstanceStateHeaders = Pick<
  GetItemJobInstanceStateInput,
  "activityId" | "requestId" | "tenantId"
>;

/**
 * The body `getItemJobInstanceState` answers with status 200.
 */
export type GetItemJobInstanceStateAnswer =
  operations["getItemJobInstanceState"]["responses"][200]["content"]["application/json"];

/**
 * The operations a server handler of this API answers, by callback name (`x-cancel-server`):
 * the ids (path parameters) and headers each callback receives and the answer it returns.
 */
export interface ServerOperations {
  /**
   * Cancel an item job instance (called by Microsoft Fabric)
   *
   * `POST /workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}/cancel`
   */
  cancel: {
    operationId: "cancelItemJobInstance";
    ids: CancelItemJobInstanceIds;
    headers: CancelItemJobInstanceHeaders;
    answer: CancelItemJobInstanceAnswer;
  };
  /**
   * Get the state of an item job instance (called by Microsoft Fabric)
   *
   * `GET /workspaces/{workspaceId}/items/{itemType}/{itemId}/jobTypes/{jobType}/instances/{jobInstanceId}`
   */
  getState: {
    operationId: "getItemJobInstanceState";
    ids: GetItemJobInstanceStateIds;
    headers: GetItemJobInstanceStateHeaders;
    answer: GetItemJobInstanceStateAnswer;
  };
}

/** Each callback's operation (method, path template, field rules) and the status of its answer. */
// Typed by name, as `allOperations` is: an inferred type would copy the operations' type nodes.
export const serverRoutes: {
  readonly cancel: {
    readonly operation: typeof cancelItemJobInstanceOperation;
    readonly status: 200;
  };
  readonly getState: {
    readonly operation: typeof getItemJobInstanceStateOperation;
    readonly status: 200;
  };
} = {
  cancel: { operation: cancelItemJobInstanceOperation, status: 200 },
  getState: { operation: getItemJobInstanceStateOperation, status: 200 },
};
