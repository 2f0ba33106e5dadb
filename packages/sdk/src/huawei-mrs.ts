/**
 * `@cancel/sdk/huawei-mrs`: the Huawei MRS adapter (v2 `stopJob`, status from `showSingleJobExe`;
 * without `clusterId` the legacy v1.1 `cancelJobExecution`, which has no status read) with its
 * error mapping. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { invokeWithMetadata } from "@cancel/core";
import {
  cancelJobExecutionOperation,
  createClient,
  descriptor,
  showSingleJobExeOperation,
  stopJobOperation,
} from "@cancel/huawei-mrs";
import { type ProviderAdapter, cancelAnswer, lookup, obj, runStatus, str } from "./adapter.js";
import { HUAWEI_GATEWAY } from "./huawei.js";
import type { RunState } from "./types.js";

export type { HuaweiMrsTarget } from "./types.js";

const STATES: Readonly<Record<string, RunState>> = {
  NEW: "pending",
  NEW_SAVING: "pending",
  SUBMITTED: "pending",
  ACCEPTED: "pending",
  RUNNING: "running",
  KILLED: "cancelled",
  FAILED: "failed",
};
const RESULTS: Readonly<Record<string, RunState>> = {
  SUCCEEDED: "succeeded",
  FAILED: "failed",
  KILLED: "cancelled",
};

/** MRS job state: `job_state` (FINISHED is refined by `job_result`). */
function mrsJobState(jobState: string | undefined, jobResult: string | undefined): RunState {
  if (jobState === "FINISHED") {
    const byResult = lookup(RESULTS, jobResult);
    return byResult === "unknown" ? "ended" : byResult;
  }
  return lookup(STATES, jobState);
}

/** The Huawei MRS adapter: `createCancelClient({ providers: [huaweiMrs], huaweiMrs: {…} })`. */
export const huaweiMrs: ProviderAdapter<"huawei-mrs"> = {
  provider: "huawei-mrs",
  setupHint:
    "huaweiMrs: { region, credentials: { ak, sk }, projectId } (or huaweiMrs: { region } to read HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID)",
  errors: [
    {
      codes: ["0175"],
      call: "cancel",
      kind: "already-terminal",
      note: "cancel of a job that has already ended (core resolves it as AlreadyTerminal)",
    },
    ...HUAWEI_GATEWAY,
    {
      codes: descriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "API gateway throttling threshold reached",
    },
    { codes: ["0176"], kind: "not-found", note: "the job does not exist (sent as 500)" },
    {
      codes: ["12000001"],
      kind: "unauthenticated",
      note: "invalid authentication",
    },
    { codes: ["12000002"], kind: "invalid-request", note: "invalid parameter" },
    {
      codes: ["0160", "0162", "0175"],
      kind: "server",
      note: "the vendor failed to kill or query the job (also when sent as 400)",
    },
    {
      codes: ["MRS.0011"],
      kind: "conflict",
      note: "the cluster is in a state that does not allow the call",
    },
  ],
  create: (options) => createClient(options),
  cancelOperation: (target) =>
    target.clusterId === undefined
      ? cancelJobExecutionOperation.operationId
      : stopJobOperation.operationId,
  statusOperation: (target) =>
    target.clusterId === undefined ? undefined : showSingleJobExeOperation.operationId,
  async cancel(client, target, options) {
    if (target.clusterId === undefined) {
      const operation = cancelJobExecutionOperation.operationId;
      const { data, metadata } = await invokeWithMetadata(
        client,
        cancelJobExecutionOperation,
        { projectId: target.projectId, jobExecutionId: target.jobExecutionId },
        options,
      );
      // v1.1 answers with the Sahara job_execution; its `info.status` is the vendor's own word.
      const execution = obj(obj(data).job_execution);
      return cancelAnswer(operation, data, metadata, {
        vendorStatus: str(obj(execution.info).status) ?? str(execution.status),
      });
    }
    const operation = stopJobOperation.operationId;
    const { data, metadata } = await invokeWithMetadata(
      client,
      stopJobOperation,
      {
        projectId: target.projectId,
        clusterId: target.clusterId,
        jobExecutionId: target.jobExecutionId,
      },
      options,
    );
    return cancelAnswer(operation, data, metadata);
  },
  async status(client, target, options) {
    if (target.clusterId === undefined) {
      throw new Error("unreachable: MRS v1.1 targets have no status read");
    }
    const { data, metadata } = await invokeWithMetadata(
      client,
      showSingleJobExeOperation,
      {
        projectId: target.projectId,
        clusterId: target.clusterId,
        jobExecutionId: target.jobExecutionId,
      },
      options,
    );
    const detail = obj(obj(data).job_detail);
    const jobState = str(detail.job_state);
    const jobResult = str(detail.job_result);
    return runStatus(target, mrsJobState(jobState, jobResult), jobState, jobResult, metadata, data);
  },
};
