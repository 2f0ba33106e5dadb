/**
 * The thin per-vendor layer: target → operation input, vendor answer → normalized result and state.
 * Providers are used only through their public entry points.
 */
import {
  type CallOptions,
  invokeWithMetadata,
  isAlreadyTerminal,
  type ResponseMetadata,
} from "@cancel/core";
import {
  cancelRunOperation,
  createClient as createDatabricksClient,
  type DatabricksClient,
  type DatabricksClientOptions,
  getRunOperation,
} from "@cancel/databricks";
import {
  cancelJobRunOperation,
  createClient as createEmrClient,
  type EmrServerlessClient,
  type EmrServerlessClientOptions,
  getJobRunOperation,
} from "@cancel/emr-serverless";
import {
  cancelItemJobInstanceOperation,
  createClient as createFabricClient,
  type FabricWorkloadClient,
  type FabricWorkloadClientOptions,
  getItemJobInstanceStateOperation,
  withCallDefaults,
} from "@cancel/fabric-workload";
import {
  cancelSqlJobOperation,
  createClient as createDliClient,
  type HuaweiDliClient,
  type HuaweiDliClientOptions,
  showSqlJobStatusOperation,
} from "@cancel/huawei-dli";
import {
  cancelJobExecutionOperation,
  createClient as createMrsClient,
  type HuaweiMrsClient,
  type HuaweiMrsClientOptions,
  showSingleJobExeOperation,
  stopJobOperation,
} from "@cancel/huawei-mrs";
import {
  type CancelOutcome,
  type CancelTarget,
  type ProviderId,
  type RunState,
  type RunStatus,
  TERMINAL_STATES,
  type TargetOf,
} from "./types.js";

/** What one provider's cancel call answered, before it becomes a CancelResult. */
export interface CancelAnswer {
  operation: string;
  outcome: CancelOutcome;
  vendorStatus: string | undefined;
  httpStatus: number;
  requestId: string | undefined;
  raw: unknown;
  /** The run's state when the cancel's answer carries it (Fabric). */
  state: RunStatus | undefined;
}

export interface ProviderOptions {
  databricks: DatabricksClientOptions;
  "emr-serverless": EmrServerlessClientOptions;
  "huawei-mrs": HuaweiMrsClientOptions;
  "huawei-dli": HuaweiDliClientOptions;
  "fabric-workload": FabricWorkloadClientOptions;
}

export interface ProviderClients {
  databricks: DatabricksClient;
  "emr-serverless": EmrServerlessClient;
  "huawei-mrs": HuaweiMrsClient;
  "huawei-dli": HuaweiDliClient;
  "fabric-workload": FabricWorkloadClient;
}

export interface ProviderAdapter<P extends ProviderId> {
  readonly provider: P;
  /** The target's own fields (besides `provider`). */
  readonly fields: readonly string[];
  readonly required: readonly string[];
  create(options: ProviderOptions[P]): ProviderClients[P];
  cancel(
    client: ProviderClients[P],
    target: TargetOf<P>,
    options: CallOptions,
  ): Promise<CancelAnswer>;
  /** The status operation's id, or undefined when the target has none (MRS v1.1). */
  statusOperation(target: TargetOf<P>): string | undefined;
  cancelOperation(target: TargetOf<P>): string;
  status(client: ProviderClients[P], target: TargetOf<P>, options: CallOptions): Promise<RunStatus>;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

function runStatus<T extends CancelTarget>(
  target: T,
  state: RunState,
  vendorState: string | undefined,
  vendorResult: string | undefined,
  metadata: Pick<ResponseMetadata, "requestId">,
  raw: unknown,
): RunStatus<T> {
  return {
    provider: target.provider,
    target,
    state,
    terminal: TERMINAL_STATES.has(state),
    vendorState,
    vendorResult,
    requestId: metadata.requestId,
    raw,
  };
}

function lookup(table: Readonly<Record<string, RunState>>, key: string | undefined): RunState {
  return key !== undefined && Object.hasOwn(table, key) ? table[key]! : "unknown";
}

/**
 * A cancel's normalized answer: `already-terminal` when core resolved the vendor's "already
 * finished" answer (`AlreadyTerminal`), else `cancel-requested` unless `extra` says more.
 */
function cancelAnswer(
  operation: string,
  data: unknown,
  metadata: ResponseMetadata,
  extra: Partial<CancelAnswer> = {},
): CancelAnswer {
  const finished = isAlreadyTerminal(data);
  return {
    operation,
    outcome: finished ? "already-terminal" : "cancel-requested",
    vendorStatus: undefined,
    httpStatus: metadata.status,
    requestId: metadata.requestId,
    raw: data,
    state: undefined,
    ...(finished ? {} : extra),
  };
}

// ---------------------------------------------------------------------------------------------
// Databricks

const DATABRICKS_LIFE_CYCLE: Readonly<Record<string, RunState>> = {
  QUEUED: "pending",
  PENDING: "pending",
  BLOCKED: "pending",
  WAITING_FOR_RETRY: "pending",
  WAITING: "pending",
  RUNNING: "running",
  TERMINATING: "stopping",
  SKIPPED: "skipped",
  INTERNAL_ERROR: "failed",
};
const DATABRICKS_RESULT: Readonly<Record<string, RunState>> = {
  CANCELED: "cancelled",
  UPSTREAM_CANCELED: "cancelled",
  SUCCESS: "succeeded",
  SUCCESS_WITH_FAILURES: "succeeded",
  FAILED: "failed",
  UPSTREAM_FAILED: "failed",
  MAXIMUM_CONCURRENT_RUNS_REACHED: "failed",
  TIMEDOUT: "timed-out",
  EXCLUDED: "skipped",
  DISABLED: "skipped",
};
const DATABRICKS_TERMINATION: Readonly<Record<string, RunState>> = {
  USER_CANCELED: "cancelled",
  CANCELED: "cancelled",
  SUCCESS: "succeeded",
  SKIPPED: "skipped",
  RUN_EXECUTION_ERROR: "failed",
  INTERNAL_ERROR: "failed",
};

/** Databricks run state: `state.life_cycle_state` + `result_state`, else the 2.2 `status` model. */
export function databricksRunState(raw: unknown): {
  state: RunState;
  vendorState: string | undefined;
  vendorResult: string | undefined;
} {
  const state = obj(obj(raw).state);
  const status = obj(obj(raw).status);
  const lifeCycle = str(state.life_cycle_state);
  const result = str(state.result_state);
  if (lifeCycle !== undefined) {
    if (lifeCycle === "TERMINATED") {
      const byResult = lookup(DATABRICKS_RESULT, result);
      const byTermination = lookup(
        DATABRICKS_TERMINATION,
        str(obj(status.termination_details).code),
      );
      const final =
        byResult !== "unknown" ? byResult : byTermination !== "unknown" ? byTermination : "ended";
      return { state: final, vendorState: lifeCycle, vendorResult: result };
    }
    return {
      state: lookup(DATABRICKS_LIFE_CYCLE, lifeCycle),
      vendorState: lifeCycle,
      vendorResult: result,
    };
  }
  const v2 = str(status.state);
  if (v2 === "TERMINATED") {
    const code = str(obj(status.termination_details).code);
    const final = lookup(DATABRICKS_TERMINATION, code);
    return { state: final === "unknown" ? "ended" : final, vendorState: v2, vendorResult: code };
  }
  return { state: lookup(DATABRICKS_LIFE_CYCLE, v2), vendorState: v2, vendorResult: undefined };
}

const databricks: ProviderAdapter<"databricks"> = {
  provider: "databricks",
  fields: ["runId"],
  required: ["runId"],
  create: (options) => createDatabricksClient(options),
  cancelOperation: () => cancelRunOperation.operationId,
  statusOperation: () => getRunOperation.operationId,
  async cancel(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      cancelRunOperation,
      { runId: target.runId },
      options,
    );
    // Databricks cancels asynchronously and answers a cancel of a finished run with the same {}.
    return cancelAnswer(cancelRunOperation.operationId, data, metadata);
  },
  async status(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      getRunOperation,
      { runId: target.runId },
      options,
    );
    const { state, vendorState, vendorResult } = databricksRunState(data);
    return runStatus(target, state, vendorState, vendorResult, metadata, data);
  },
};

// ---------------------------------------------------------------------------------------------
// EMR Serverless

const EMR_STATES: Readonly<Record<string, RunState>> = {
  SUBMITTED: "pending",
  PENDING: "pending",
  SCHEDULED: "pending",
  QUEUED: "pending",
  RUNNING: "running",
  CANCELLING: "stopping",
  SUCCESS: "succeeded",
  FAILED: "failed",
  CANCELLED: "cancelled",
};

const emrServerless: ProviderAdapter<"emr-serverless"> = {
  provider: "emr-serverless",
  fields: ["applicationId", "jobRunId", "shutdownGracePeriodInSeconds"],
  required: ["applicationId", "jobRunId"],
  create: (options) => createEmrClient(options),
  cancelOperation: () => cancelJobRunOperation.operationId,
  statusOperation: () => getJobRunOperation.operationId,
  async cancel(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      cancelJobRunOperation,
      {
        applicationId: target.applicationId,
        jobRunId: target.jobRunId,
        ...(target.shutdownGracePeriodInSeconds === undefined
          ? {}
          : { shutdownGracePeriodInSeconds: target.shutdownGracePeriodInSeconds }),
      },
      options,
    );
    return cancelAnswer(cancelJobRunOperation.operationId, data, metadata);
  },
  async status(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      getJobRunOperation,
      { applicationId: target.applicationId, jobRunId: target.jobRunId },
      options,
    );
    const vendorState = str(obj(obj(data).jobRun).state);
    return runStatus(
      target,
      lookup(EMR_STATES, vendorState),
      vendorState,
      undefined,
      metadata,
      data,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Huawei MRS

const MRS_STATES: Readonly<Record<string, RunState>> = {
  NEW: "pending",
  NEW_SAVING: "pending",
  SUBMITTED: "pending",
  ACCEPTED: "pending",
  RUNNING: "running",
  KILLED: "cancelled",
  FAILED: "failed",
};
const MRS_RESULTS: Readonly<Record<string, RunState>> = {
  SUCCEEDED: "succeeded",
  FAILED: "failed",
  KILLED: "cancelled",
};

/** MRS job state: `job_state` (FINISHED is refined by `job_result`). */
export function mrsJobState(jobState: string | undefined, jobResult: string | undefined): RunState {
  if (jobState === "FINISHED") {
    const byResult = lookup(MRS_RESULTS, jobResult);
    return byResult === "unknown" ? "ended" : byResult;
  }
  return lookup(MRS_STATES, jobState);
}

const huaweiMrs: ProviderAdapter<"huawei-mrs"> = {
  provider: "huawei-mrs",
  fields: ["projectId", "jobExecutionId", "clusterId"],
  required: ["projectId", "jobExecutionId"],
  create: (options) => createMrsClient(options),
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

// ---------------------------------------------------------------------------------------------
// Huawei DLI

const DLI_STATES: Readonly<Record<string, RunState>> = {
  LAUNCHING: "pending",
  SCALING: "pending",
  RUNNING: "running",
  FINISHED: "succeeded",
  FAILED: "failed",
  CANCELLED: "cancelled",
};

const huaweiDli: ProviderAdapter<"huawei-dli"> = {
  provider: "huawei-dli",
  fields: ["projectId", "jobId"],
  required: ["projectId", "jobId"],
  create: (options) => createDliClient(options),
  cancelOperation: () => cancelSqlJobOperation.operationId,
  statusOperation: () => showSqlJobStatusOperation.operationId,
  async cancel(client, target, options) {
    const operation = cancelSqlJobOperation.operationId;
    const { data, metadata } = await invokeWithMetadata(
      client,
      cancelSqlJobOperation,
      { projectId: target.projectId, jobId: target.jobId },
      options,
    );
    return cancelAnswer(operation, data, metadata);
  },
  async status(client, target, options) {
    const { data, metadata } = await invokeWithMetadata(
      client,
      showSqlJobStatusOperation,
      { projectId: target.projectId, jobId: target.jobId },
      options,
    );
    const vendorState = str(obj(data).status);
    return runStatus(
      target,
      lookup(DLI_STATES, vendorState),
      vendorState,
      undefined,
      metadata,
      data,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Fabric workload

const FABRIC_STATES: Readonly<Record<string, RunState>> = {
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

const fabricWorkload: ProviderAdapter<"fabric-workload"> = {
  provider: "fabric-workload",
  fields: ["workspaceId", "itemType", "itemId", "jobType", "jobInstanceId", "tenantId"],
  required: ["workspaceId", "itemType", "itemId", "jobType", "jobInstanceId"],
  create: (options) => createFabricClient(options),
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
    const state = lookup(FABRIC_STATES, vendorState);
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
      lookup(FABRIC_STATES, vendorState),
      vendorState,
      undefined,
      { requestId: metadata.requestId ?? input.requestId },
      data,
    );
  },
};

export const adapters: { readonly [P in ProviderId]: ProviderAdapter<P> } = {
  databricks,
  "emr-serverless": emrServerless,
  "huawei-mrs": huaweiMrs,
  "huawei-dli": huaweiDli,
  "fabric-workload": fabricWorkload,
};
