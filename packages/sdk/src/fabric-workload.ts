/**
 * `@cancel/sdk/fabric-workload`: the Microsoft Fabric workload adapter (WDK workload API
 * `cancelItemJobInstance`, status from `getItemJobInstanceState`) with its error mapping. Give it
 * to `createCancelClient` from `@cancel/sdk/client`.
 */
import { invokeWithMetadata, isAlreadyTerminal } from "@cancel/core";
import {
  cancelItemJobInstanceOperation,
  createClient,
  type FabricWorkloadClient,
  getItemJobInstanceStateOperation,
  withCallDefaults,
} from "@cancel/fabric-workload";
import { type ProviderAdapter, cancelAnswer, lookup, obj, runStatus, str } from "./adapter.js";
import { type RunState, TERMINAL_STATES, type TargetOf } from "./types.js";

export type { FabricWorkloadTarget } from "./types.js";

const STATES: Readonly<Record<string, RunState>> = {
  NotStarted: "pending",
  InProgress: "running",
  Completed: "succeeded",
  Failed: "failed",
  Cancelled: "cancelled",
};

function fabricInput(client: FabricWorkloadClient, target: TargetOf<"fabric-workload">) {
  const filled = withCallDefaults(client, {
    workspaceId: target.workspaceId,
    itemType: target.itemType,
    itemId: target.itemId,
    jobType: target.jobType,
    jobInstanceId: target.jobInstanceId,
    ...(target.tenantId === undefined ? {} : { tenantId: target.tenantId }),
  } as {
    workspaceId: string;
    itemType: string;
    itemId: string;
    jobType: string;
    jobInstanceId: string;
    tenantId: string;
    activityId: string;
    requestId: string;
  });
  // A client without call defaults (no tenantId configured) leaves the correlation ids to us.
  return {
    ...filled,
    activityId: filled.activityId ?? crypto.randomUUID(),
    requestId: filled.requestId ?? crypto.randomUUID(),
  };
}

/**
 * The Fabric workload adapter:
 * `createCancelClient({ providers: [fabricWorkload], fabricWorkload: {…} })`.
 */
export const fabricWorkload: ProviderAdapter<"fabric-workload"> = {
  provider: "fabric-workload",
  setupHint:
    "fabricWorkload: { baseUrl, appToken, tenantId } (the workload's URL, a function returning the Entra ID app token, the caller's tenant)",
  errors: [
    {
      codes: ["JobAlreadyCompleted"],
      call: "cancel",
      kind: "already-terminal",
      note: "cancel of a completed job (core resolves it as AlreadyTerminal)",
    },
    {
      codes: ["JobInstanceNotFound", "ItemMetadataNotFound", "ItemNotFound"],
      kind: "not-found",
      note: "the workload does not know the item or job instance",
    },
    { codes: ["AuthError"], kind: "unauthenticated", note: "token validation failed" },
    {
      codes: ["AccessDenied", "InsufficientPrivileges"],
      kind: "forbidden",
      note: "access denied",
    },
    { codes: ["TooManyRequests"], kind: "throttled", note: "throttled" },
    {
      codes: ["ServiceUnavailable"],
      kind: "unavailable",
      note: "the workload is temporarily unavailable",
    },
  ],
  create: (options) => createClient(options),
  cancelOperation: () => cancelItemJobInstanceOperation.operationId,
  statusOperation: () => getItemJobInstanceStateOperation.operationId,
  async cancel(client, target, options) {
    const operation = cancelItemJobInstanceOperation.operationId;
    const input = fabricInput(client, target);
    const { data, metadata } = await invokeWithMetadata(
      client,
      cancelItemJobInstanceOperation,
      input,
      options,
    );
    // The workload's RequestId is our own correlation id when it does not echo one.
    const requestId = metadata.requestId ?? input.requestId;
    if (isAlreadyTerminal(data)) {
      return { ...cancelAnswer(operation, data, metadata), requestId };
    }
    const vendorState = str(obj(data).status);
    const state = lookup(STATES, vendorState);
    const status = runStatus(target, state, vendorState, undefined, { requestId }, data);
    return {
      operation,
      outcome:
        state === "cancelled"
          ? "cancelled"
          : TERMINAL_STATES.has(state)
            ? "already-terminal"
            : "cancel-requested",
      vendorStatus: vendorState,
      httpStatus: metadata.status,
      requestId,
      raw: data,
      state: status,
    };
  },
  async status(client, target, options) {
    const input = fabricInput(client, target);
    const { data, metadata } = await invokeWithMetadata(
      client,
      getItemJobInstanceStateOperation,
      input,
      options,
    );
    const vendorState = str(obj(data).status);
    return runStatus(
      target,
      lookup(STATES, vendorState),
      vendorState,
      undefined,
      { requestId: metadata.requestId ?? input.requestId },
      data,
    );
  },
};
