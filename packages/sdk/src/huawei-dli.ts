/**
 * `@cancel/sdk/huawei-dli`: the Huawei DLI adapter (`cancelSqlJob`, status from
 * `showSqlJobStatus`) with its error mapping. Give it to `createCancelClient` from
 * `@cancel/sdk/client`.
 */
import { invokeWithMetadata } from "@cancel/core";
import {
  cancelSqlJobOperation,
  createClient,
  descriptor,
  showSqlJobStatusOperation,
} from "@cancel/huawei-dli";
import { type ProviderAdapter, cancelAnswer, lookup, obj, runStatus, str } from "./adapter.js";
import { HUAWEI_GATEWAY } from "./huawei.js";
import type { RunState } from "./types.js";

export type { HuaweiDliTarget } from "./types.js";

const STATES: Readonly<Record<string, RunState>> = {
  LAUNCHING: "pending",
  SCALING: "pending",
  RUNNING: "running",
  FINISHED: "succeeded",
  FAILED: "failed",
  CANCELLED: "cancelled",
};

/** The Huawei DLI adapter: `createCancelClient({ providers: [huaweiDli], huaweiDli: {…} })`. */
export const huaweiDli: ProviderAdapter<"huawei-dli"> = {
  provider: "huawei-dli",
  setupHint:
    "huaweiDli: { region, credentials: { ak, sk }, projectId } (or huaweiDli: { region } to read HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID)",
  errors: [
    {
      status: 400,
      // The same pattern core matches (the spec's x-cancel-already-terminal).
      message:
        cancelSqlJobOperation.alreadyTerminal?.find((m) => m.messagePattern)?.messagePattern ??
        "(cannot|can't|can not) be cancel{1,2}ed",
      call: "cancel",
      kind: "already-terminal",
      note: 'a finished job "cannot be cancelled" (core resolves it as AlreadyTerminal)',
    },
    ...HUAWEI_GATEWAY,
    {
      codes: descriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "API gateway throttling threshold reached",
    },
    {
      codes: ["DLI.0002", "DLI.0023"],
      kind: "not-found",
      note: "not found is 400 DLI.0002 (object does not exist) or 404 DLI.0023",
    },
    {
      codes: ["DLI.0013", "DLI.0014", "DLI.0015"],
      kind: "unauthenticated",
      note: "user or service authentication error, token parsing error",
    },
    {
      codes: ["DLI.0003", "DLI.0011"],
      kind: "forbidden",
      note: "permission check failed",
    },
    { codes: ["DLI.0006"], kind: "conflict", note: "the object already exists" },
    { codes: ["DLI.0012"], kind: "unavailable", note: "resource unavailable" },
    {
      codes: ["DLI.0999"],
      kind: "server",
      note: "server system error (sent as 400)",
    },
  ],
  create: (options) => createClient(options),
  cancelOperation: () => cancelSqlJobOperation.operationId,
  statusOperation: () => showSqlJobStatusOperation.operationId,
  async cancel(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      cancelSqlJobOperation,
      { projectId: target.projectId, jobId: target.jobId },
      options,
    );
    return cancelAnswer(cancelSqlJobOperation.operationId, data, metadata);
  },
  async status(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      showSqlJobStatusOperation,
      { projectId: target.projectId, jobId: target.jobId },
      options,
    );
    const vendorState = str(obj(data).status);
    return runStatus(target, lookup(STATES, vendorState), vendorState, undefined, metadata, data);
  },
};
