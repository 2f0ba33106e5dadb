/** The providers `@cancel/sdk` speaks to, by the provider id their packages use in errors. */
export const PROVIDERS = [
  "databricks",
  "emr-serverless",
  "huawei-mrs",
  "huawei-dli",
  "fabric-workload",
] as const;

export type ProviderId = (typeof PROVIDERS)[number];

/** A Databricks job run or task run (Jobs API 2.2 `runs/cancel`, status from `runs/get`). */
export interface DatabricksTarget {
  provider: "databricks";
  /** The run's `run_id` (int64, a safe integer). */
  runId: number;
}

/** An EMR Serverless job run (`CancelJobRun`, status from `GetJobRun`). */
export interface EmrServerlessTarget {
  provider: "emr-serverless";
  applicationId: string;
  jobRunId: string;
  /**
   * Seconds the job may run its shutdown hooks before it is forcefully terminated: `0`, or 15 to
   * 1800 (EMR release 7.9.0 and later). Default: the service's (none for batch jobs).
   */
  shutdownGracePeriodInSeconds?: number;
}

/**
 * A Huawei MRS job execution. With `clusterId` the current v2 API is used (`stopJob`, status from
 * `showSingleJobExe`; MRS 3.x clusters accept only this one). Without it, the legacy v1.1
 * `cancelJobExecution` is used, which has no status read: such a target cannot be waited for.
 */
export interface HuaweiMrsTarget {
  provider: "huawei-mrs";
  projectId: string;
  jobExecutionId: string;
  /** The cluster of the job: selects the v2 API. */
  clusterId?: string;
}

/** A Huawei DLI SQL job (`cancelSqlJob`, status from `showSqlJobStatus`). */
export interface HuaweiDliTarget {
  provider: "huawei-dli";
  projectId: string;
  jobId: string;
}

/**
 * A Microsoft Fabric workload job instance (WDK workload API `cancelItemJobInstance`, status from
 * `getItemJobInstanceState`).
 */
export interface FabricWorkloadTarget {
  provider: "fabric-workload";
  workspaceId: string;
  /** The workload-qualified item type, e.g. `Contoso.FinanceAnalytics.Forecast`. */
  itemType: string;
  itemId: string;
  jobType: string;
  jobInstanceId: string;
  /**
   * The caller's Entra ID tenant (`x-ms-client-tenant-id`). Default: the `tenantId` of the
   * `fabricWorkload` configuration.
   */
  tenantId?: string;
}

type TargetByProvider = {
  databricks: DatabricksTarget;
  "emr-serverless": EmrServerlessTarget;
  "huawei-mrs": HuaweiMrsTarget;
  "huawei-dli": HuaweiDliTarget;
  "fabric-workload": FabricWorkloadTarget;
};

type AnyTargetKey = {
  [P in ProviderId]: keyof TargetByProvider[P];
}[ProviderId];

/** A target that may not carry another vendor's identifiers (`?: never`), even through a variable. */
type Exclusive<T> = T & { [K in Exclude<AnyTargetKey, keyof T>]?: never };

/** The target of one provider. */
export type TargetOf<P extends ProviderId> = Exclusive<TargetByProvider[P]>;

/**
 * What to cancel: one run on one vendor, named by the vendor's own identifiers and discriminated by
 * `provider`. A target that mixes two vendors' fields does not compile. `CancelTarget<P>` is the
 * target of the providers `P` only (a client made with some providers takes only their targets).
 */
export type CancelTarget<P extends ProviderId = ProviderId> = Extract<AnyTarget, { provider: P }>;

type AnyTarget = { [P in ProviderId]: TargetOf<P> }[ProviderId];

/**
 * Each provider's target fields (besides `provider`); `?` marks an optional one. Shared by every
 * client, so that a target carrying another vendor's field is refused even when that vendor's
 * adapter is not loaded.
 */
export const TARGET_FIELDS: {
  readonly [P in ProviderId]: readonly (
    | Exclude<keyof TargetByProvider[P], "provider">
    | `${Exclude<keyof TargetByProvider[P], "provider"> & string}?`
  )[];
} = {
  databricks: ["runId"],
  "emr-serverless": ["applicationId", "jobRunId", "shutdownGracePeriodInSeconds?"],
  "huawei-mrs": ["projectId", "jobExecutionId", "clusterId?"],
  "huawei-dli": ["projectId", "jobId"],
  "fabric-workload": ["workspaceId", "itemType", "itemId", "jobType", "jobInstanceId", "tenantId?"],
};

/**
 * What a successful cancel means:
 * - `cancel-requested`: the vendor accepted the request; the run may still be stopping (every
 *   vendor cancels asynchronously). Use `wait` to see it end.
 * - `cancelled`: the vendor answered that the run is now cancelled (Fabric returns the state).
 * - `already-terminal`: the run had already finished (MRS `0175`, DLI "cannot be cancelled",
 *   Fabric `JobAlreadyCompleted` or a final state in Fabric's answer). Nothing was cancelled.
 */
export type CancelOutcome = "cancel-requested" | "cancelled" | "already-terminal";

/**
 * A run's state, the same words for every vendor. Terminal: `cancelled`, `succeeded`, `failed`,
 * `timed-out`, `skipped`, `ended` (terminal, with a result this package does not know).
 * Non-terminal: `pending`, `running`, `stopping`, `unknown` (a state this package does not know;
 * treated as not terminal, the vendor's own state is in `vendorState`).
 */
export type RunState =
  | "pending"
  | "running"
  | "stopping"
  | "unknown"
  | "cancelled"
  | "succeeded"
  | "failed"
  | "timed-out"
  | "skipped"
  | "ended";

export const TERMINAL_STATES: ReadonlySet<RunState> = new Set<RunState>([
  "cancelled",
  "succeeded",
  "failed",
  "timed-out",
  "skipped",
  "ended",
]);

/** One status read of a run, normalized. */
export interface RunStatus<T extends CancelTarget = CancelTarget> {
  provider: T["provider"];
  target: T;
  state: RunState;
  terminal: boolean;
  /**
   * The vendor's own state: Databricks `life_cycle_state`, EMR `state`, MRS `job_state`, DLI
   * `status`, Fabric `status`.
   */
  vendorState: string | undefined;
  /** The vendor's result where it has a separate one: Databricks `result_state`, MRS `job_result`. */
  vendorResult: string | undefined;
  /** The vendor's request id of the status read. */
  requestId: string | undefined;
  /** The status read's body, as the vendor sent it. */
  raw: unknown;
}
