// generated from specs/*.yaml by tools/generator, regenerate with `pnpm generate`

/**
 * The vendors the simulators stand in for: one per spec the umbrella cancels on.
 */
export const VENDORS = [
  "databricks",
  "emr-serverless",
  "fabric-workload",
  "huawei-dli",
  "huawei-mrs",
] as const;

export type Vendor = (typeof VENDORS)[number];

/**
 * The documented `RunLifeCycleState` values of databricks (`specs/databricks.yaml`).
 */
export const databricksRunLifeCycleStateValues = [
  "QUEUED",
  "PENDING",
  "RUNNING",
  "TERMINATING",
  "TERMINATED",
  "SKIPPED",
  "INTERNAL_ERROR",
  "BLOCKED",
  "WAITING_FOR_RETRY",
] as const;
export type DatabricksRunLifeCycleState = (typeof databricksRunLifeCycleStateValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const databricksRunLifeCycleStateTerminal: readonly DatabricksRunLifeCycleState[] = [
  "TERMINATED",
  "SKIPPED",
  "INTERNAL_ERROR",
];

/**
 * The documented `RunResultState` values of databricks (`specs/databricks.yaml`).
 */
export const databricksRunResultStateValues = [
  "SUCCESS",
  "FAILED",
  "TIMEDOUT",
  "CANCELED",
  "MAXIMUM_CONCURRENT_RUNS_REACHED",
  "EXCLUDED",
  "SUCCESS_WITH_FAILURES",
  "UPSTREAM_FAILED",
  "UPSTREAM_CANCELED",
  "DISABLED",
] as const;
export type DatabricksRunResultState = (typeof databricksRunResultStateValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const databricksRunResultStateTerminal: readonly DatabricksRunResultState[] = [
  "SUCCESS",
  "FAILED",
  "TIMEDOUT",
  "CANCELED",
  "MAXIMUM_CONCURRENT_RUNS_REACHED",
  "EXCLUDED",
  "SUCCESS_WITH_FAILURES",
  "UPSTREAM_FAILED",
  "UPSTREAM_CANCELED",
  "DISABLED",
];

/**
 * The documented `RunLifecycleStateV2` values of databricks (`specs/databricks.yaml`).
 */
export const databricksRunLifecycleStateV2Values = [
  "BLOCKED",
  "PENDING",
  "QUEUED",
  "RUNNING",
  "TERMINATED",
  "TERMINATING",
  "WAITING",
] as const;
export type DatabricksRunLifecycleStateV2 = (typeof databricksRunLifecycleStateV2Values)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const databricksRunLifecycleStateV2Terminal: readonly DatabricksRunLifecycleStateV2[] = [
  "TERMINATED",
];

/**
 * The documented `TerminationCode` values of databricks (`specs/databricks.yaml`).
 */
export const databricksTerminationCodeValues = [
  "SUCCESS",
  "SUCCESS_WITH_FAILURES",
  "USER_CANCELED",
  "CANCELED",
  "SKIPPED",
  "DISABLED",
  "MAX_CONCURRENT_RUNS_EXCEEDED",
  "MAX_JOB_QUEUE_SIZE_EXCEEDED",
  "WORKSPACE_RUN_LIMIT_EXCEEDED",
  "INTERNAL_ERROR",
  "DRIVER_ERROR",
  "CLUSTER_ERROR",
  "CLOUD_FAILURE",
  "RUN_EXECUTION_ERROR",
  "UNAUTHORIZED_ERROR",
  "LIBRARY_INSTALLATION_ERROR",
  "RESOURCE_NOT_FOUND",
  "INVALID_RUN_CONFIGURATION",
  "INVALID_CLUSTER_REQUEST",
  "STORAGE_ACCESS_ERROR",
  "REPOSITORY_CHECKOUT_FAILED",
  "FEATURE_DISABLED",
  "CLUSTER_REQUEST_LIMIT_EXCEEDED",
  "MAX_SPARK_CONTEXTS_EXCEEDED",
  "BUDGET_POLICY_LIMIT_EXCEEDED",
  "BREAKING_CHANGE",
  "CLUSTER_TERMINATED_BY_USER",
] as const;
export type DatabricksTerminationCode = (typeof databricksTerminationCodeValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const databricksTerminationCodeTerminal: readonly DatabricksTerminationCode[] = [
  "SUCCESS",
  "SUCCESS_WITH_FAILURES",
  "USER_CANCELED",
  "CANCELED",
  "SKIPPED",
  "DISABLED",
  "MAX_CONCURRENT_RUNS_EXCEEDED",
  "MAX_JOB_QUEUE_SIZE_EXCEEDED",
  "WORKSPACE_RUN_LIMIT_EXCEEDED",
  "INTERNAL_ERROR",
  "DRIVER_ERROR",
  "CLUSTER_ERROR",
  "CLOUD_FAILURE",
  "RUN_EXECUTION_ERROR",
  "UNAUTHORIZED_ERROR",
  "LIBRARY_INSTALLATION_ERROR",
  "RESOURCE_NOT_FOUND",
  "INVALID_RUN_CONFIGURATION",
  "INVALID_CLUSTER_REQUEST",
  "STORAGE_ACCESS_ERROR",
  "REPOSITORY_CHECKOUT_FAILED",
  "FEATURE_DISABLED",
  "CLUSTER_REQUEST_LIMIT_EXCEEDED",
  "MAX_SPARK_CONTEXTS_EXCEEDED",
  "BUDGET_POLICY_LIMIT_EXCEEDED",
  "BREAKING_CHANGE",
  "CLUSTER_TERMINATED_BY_USER",
];

/**
 * The documented `JobRunState` values of emr-serverless (`specs/emr-serverless.yaml`).
 */
export const emrServerlessJobRunStateValues = [
  "SUBMITTED",
  "PENDING",
  "SCHEDULED",
  "RUNNING",
  "SUCCESS",
  "FAILED",
  "CANCELLING",
  "CANCELLED",
  "QUEUED",
] as const;
export type EmrServerlessJobRunState = (typeof emrServerlessJobRunStateValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const emrServerlessJobRunStateTerminal: readonly EmrServerlessJobRunState[] = [
  "SUCCESS",
  "FAILED",
  "CANCELLED",
];

/**
 * The documented `JobInstanceStatus` values of fabric-workload (`specs/fabric-workload.yaml`).
 */
export const fabricWorkloadJobInstanceStatusValues = [
  "NotStarted",
  "InProgress",
  "Completed",
  "Failed",
  "Cancelled",
] as const;
export type FabricWorkloadJobInstanceStatus =
  (typeof fabricWorkloadJobInstanceStatusValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const fabricWorkloadJobInstanceStatusTerminal: readonly FabricWorkloadJobInstanceStatus[] = [
  "Completed",
  "Failed",
  "Cancelled",
];

/**
 * The documented `JobStatus` values of huawei-dli (`specs/huawei-dli.yaml`).
 */
export const huaweiDliJobStatusValues = [
  "LAUNCHING",
  "RUNNING",
  "SCALING",
  "FINISHED",
  "FAILED",
  "CANCELLED",
] as const;
export type HuaweiDliJobStatus = (typeof huaweiDliJobStatusValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const huaweiDliJobStatusTerminal: readonly HuaweiDliJobStatus[] = [
  "FINISHED",
  "FAILED",
  "CANCELLED",
];

/**
 * The documented `JobExecutionStatus` values of huawei-mrs (`specs/huawei-mrs.yaml`).
 */
export const huaweiMrsJobExecutionStatusValues = [
  "PENDING",
  "READYTORUN",
  "PREP",
  "RUNNING",
  "TOBEKILLED",
  "TOBESUSPENDED",
  "PREPSUSPENDED",
  "SUSPENDED",
  "SUCCEEDED",
  "FAILED",
  "DONEWITHERROR",
  "KILLED",
  "SUSPENDFAILED",
] as const;
export type HuaweiMrsJobExecutionStatus = (typeof huaweiMrsJobExecutionStatusValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const huaweiMrsJobExecutionStatusTerminal: readonly HuaweiMrsJobExecutionStatus[] = [
  "SUCCEEDED",
  "FAILED",
  "DONEWITHERROR",
  "KILLED",
  "SUSPENDFAILED",
];

/**
 * The documented `JobState` values of huawei-mrs (`specs/huawei-mrs.yaml`).
 */
export const huaweiMrsJobStateValues = [
  "NEW",
  "NEW_SAVING",
  "SUBMITTED",
  "ACCEPTED",
  "RUNNING",
  "FINISHED",
  "FAILED",
  "KILLED",
] as const;
export type HuaweiMrsJobState = (typeof huaweiMrsJobStateValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const huaweiMrsJobStateTerminal: readonly HuaweiMrsJobState[] = [
  "FINISHED",
  "FAILED",
  "KILLED",
];

/**
 * The documented `JobResult` values of huawei-mrs (`specs/huawei-mrs.yaml`).
 */
export const huaweiMrsJobResultValues = ["SUCCEEDED", "FAILED", "KILLED", "UNDEFINED"] as const;
export type HuaweiMrsJobResult = (typeof huaweiMrsJobResultValues)[number];
/**
 * The terminal ones among them (`x-cancel-states`).
 */
export const huaweiMrsJobResultTerminal: readonly HuaweiMrsJobResult[] = [
  "SUCCEEDED",
  "FAILED",
  "KILLED",
];
