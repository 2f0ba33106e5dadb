// generated from specs/databricks.yaml by tools/generator, regenerate with `pnpm generate`
import {
  type CallOptions,
  cancelConfirmed,
  type CancelRule,
  type ConfirmedCancel,
  type ErrorKindRule,
  type ProviderClient,
  type ListRule,
  type ProviderProfile,
  type RunStateRule,
  type StateValues,
} from "@cancel/core";
import {
  type CancelRunInput,
  type CancelRunOutput,
  type GetRunInput,
  type GetRunOutput,
  type ListRunsInput,
  type ListRunsOutput,
  cancelRunOperation,
  getRunOperation,
  listRunsOperation,
} from "./operations.gen.js";
import type { paths } from "./schema.gen.js";

/**
 * The documented values of `RunLifeCycleState` and the run state each means (`x-cancel-states`).
 *
 * Life-cycle state of a run in the deprecated `state` model (open enum: Databricks says
 * it may add states). Known values (databricks-sdk-go `RunLifeCycleState`): `QUEUED`,
 * `PENDING` (the cluster and execution context are being prepared), `RUNNING`,
 * `TERMINATING` (the task has completed; the cluster and context are being cleaned up),
 * `TERMINATED` (terminal; the outcome is `result_state`), `SKIPPED` (terminal: aborted
 * because a previous run of the same job was still active), `INTERNAL_ERROR` (terminal: a
 * failure in the Jobs service), `BLOCKED` (waiting on an upstream dependency),
 * `WAITING_FOR_RETRY`.
 */
export const runLifeCycleStateValues = {
  QUEUED: "pending",
  PENDING: "pending",
  RUNNING: "running",
  TERMINATING: "stopping",
  TERMINATED: "ended",
  SKIPPED: "skipped",
  INTERNAL_ERROR: "failed",
  BLOCKED: "pending",
  WAITING_FOR_RETRY: "pending",
} as const satisfies StateValues;

/** A `RunLifeCycleState` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type RunLifeCycleState =
  | "QUEUED"
  | "PENDING"
  | "RUNNING"
  | "TERMINATING"
  | "TERMINATED"
  | "SKIPPED"
  | "INTERNAL_ERROR"
  | "BLOCKED"
  | "WAITING_FOR_RETRY"
  | (string & {});

/**
 * The documented values of `RunResultState` and the run state each means (`x-cancel-states`).
 *
 * Result of a run in the deprecated `state` model, set in terminal life-cycle states only
 * (open enum). Known values (databricks-sdk-go `RunResultState`): `SUCCESS`, `FAILED`,
 * `TIMEDOUT` (stopped after reaching its timeout), `CANCELED` (one L; canceled at user
 * request), `SUCCESS_WITH_FAILURES` (succeeded with some failures; leaf tasks succeeded),
 * and five that mean the run was **skipped**, never executed: `MAXIMUM_CONCURRENT_RUNS_REACHED`,
 * `EXCLUDED` (its conditions were not met), `UPSTREAM_FAILED` (an upstream task failed),
 * `UPSTREAM_CANCELED` (an upstream task was canceled), `DISABLED` (disabled by the user).
 */
export const runResultStateValues = {
  SUCCESS: "succeeded",
  FAILED: "failed",
  TIMEDOUT: "timed-out",
  CANCELED: "cancelled",
  MAXIMUM_CONCURRENT_RUNS_REACHED: "skipped",
  EXCLUDED: "skipped",
  SUCCESS_WITH_FAILURES: "succeeded",
  UPSTREAM_FAILED: "skipped",
  UPSTREAM_CANCELED: "skipped",
  DISABLED: "skipped",
} as const satisfies StateValues;

/** A `RunResultState` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type RunResultState =
  | "SUCCESS"
  | "FAILED"
  | "TIMEDOUT"
  | "CANCELED"
  | "MAXIMUM_CONCURRENT_RUNS_REACHED"
  | "EXCLUDED"
  | "SUCCESS_WITH_FAILURES"
  | "UPSTREAM_FAILED"
  | "UPSTREAM_CANCELED"
  | "DISABLED"
  | (string & {});

/**
 * The documented values of `RunLifecycleStateV2` and the run state each means (`x-cancel-states`).
 *
 * Life-cycle state of a run in the `status` model (open enum). Known values
 * (databricks-sdk-go `RunLifecycleStateV2State`): `BLOCKED`, `PENDING`, `QUEUED`,
 * `RUNNING`, `TERMINATED` (terminal; the outcome is `termination_details.code`),
 * `TERMINATING`, `WAITING`.
 */
export const runLifecycleStateV2Values = {
  BLOCKED: "pending",
  PENDING: "pending",
  QUEUED: "pending",
  RUNNING: "running",
  TERMINATED: "ended",
  TERMINATING: "stopping",
  WAITING: "pending",
} as const satisfies StateValues;

/** A `RunLifecycleStateV2` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type RunLifecycleStateV2 =
  | "BLOCKED"
  | "PENDING"
  | "QUEUED"
  | "RUNNING"
  | "TERMINATED"
  | "TERMINATING"
  | "WAITING"
  | (string & {});

/**
 * The documented values of `TerminationCode` and the run state each means (`x-cancel-states`).
 *
 * Why a run terminated (open enum: Databricks says it may add codes). Known values,
 * with their meaning in databricks-sdk-go `TerminationCodeCode`:
 * - succeeded: `SUCCESS`, `SUCCESS_WITH_FAILURES` (some child runs failed);
 * - cancelled: `USER_CANCELED` (by a user, during execution), `CANCELED` (by the platform,
 *   e.g. the maximum run duration was exceeded);
 * - never executed (skipped): `SKIPPED` (e.g. an upstream task failed, a dependency
 *   condition was not met, no material tasks), `DISABLED` (disabled by the user),
 *   `MAX_CONCURRENT_RUNS_EXCEEDED` (the job's limit of concurrent runs; the `state` model
 *   calls the same case `MAXIMUM_CONCURRENT_RUNS_REACHED` and documents it as skipped),
 *   `MAX_JOB_QUEUE_SIZE_EXCEEDED` (skipped: the job's queue was full), `WORKSPACE_RUN_LIMIT_EXCEEDED` (the workspace's quota of concurrent active
 *   runs: the run was not started, as with the job's limit);
 * - failed: `INTERNAL_ERROR`, `DRIVER_ERROR`, `CLUSTER_ERROR`, `CLOUD_FAILURE`,
 *   `RUN_EXECUTION_ERROR` (completed with task failures), `UNAUTHORIZED_ERROR`,
 *   `LIBRARY_INSTALLATION_ERROR`, `RESOURCE_NOT_FOUND`, `INVALID_RUN_CONFIGURATION`,
 *   `INVALID_CLUSTER_REQUEST`, `STORAGE_ACCESS_ERROR`, `REPOSITORY_CHECKOUT_FAILED`,
 *   `FEATURE_DISABLED`, `CLUSTER_REQUEST_LIMIT_EXCEEDED`, `MAX_SPARK_CONTEXTS_EXCEEDED`,
 *   `BUDGET_POLICY_LIMIT_EXCEEDED` (undocumented), `BREAKING_CHANGE` (failed on an
 *   intentional Spark breaking change; retried with a mitigation), and
 *   `CLUSTER_TERMINATED_BY_USER` (the externally managed cluster became unusable; listed in
 *   the Go model's documentation but not yet among its constants).
 */
export const terminationCodeValues = {
  SUCCESS: "succeeded",
  SUCCESS_WITH_FAILURES: "succeeded",
  USER_CANCELED: "cancelled",
  CANCELED: "cancelled",
  SKIPPED: "skipped",
  DISABLED: "skipped",
  MAX_CONCURRENT_RUNS_EXCEEDED: "skipped",
  MAX_JOB_QUEUE_SIZE_EXCEEDED: "skipped",
  WORKSPACE_RUN_LIMIT_EXCEEDED: "skipped",
  INTERNAL_ERROR: "failed",
  DRIVER_ERROR: "failed",
  CLUSTER_ERROR: "failed",
  CLOUD_FAILURE: "failed",
  RUN_EXECUTION_ERROR: "failed",
  UNAUTHORIZED_ERROR: "failed",
  LIBRARY_INSTALLATION_ERROR: "failed",
  RESOURCE_NOT_FOUND: "failed",
  INVALID_RUN_CONFIGURATION: "failed",
  INVALID_CLUSTER_REQUEST: "failed",
  STORAGE_ACCESS_ERROR: "failed",
  REPOSITORY_CHECKOUT_FAILED: "failed",
  FEATURE_DISABLED: "failed",
  CLUSTER_REQUEST_LIMIT_EXCEEDED: "failed",
  MAX_SPARK_CONTEXTS_EXCEEDED: "failed",
  BUDGET_POLICY_LIMIT_EXCEEDED: "failed",
  BREAKING_CHANGE: "failed",
  CLUSTER_TERMINATED_BY_USER: "failed",
} as const satisfies StateValues;

/** A `TerminationCode` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type TerminationCode =
  | "SUCCESS"
  | "SUCCESS_WITH_FAILURES"
  | "USER_CANCELED"
  | "CANCELED"
  | "SKIPPED"
  | "DISABLED"
  | "MAX_CONCURRENT_RUNS_EXCEEDED"
  | "MAX_JOB_QUEUE_SIZE_EXCEEDED"
  | "WORKSPACE_RUN_LIMIT_EXCEEDED"
  | "INTERNAL_ERROR"
  | "DRIVER_ERROR"
  | "CLUSTER_ERROR"
  | "CLOUD_FAILURE"
  | "RUN_EXECUTION_ERROR"
  | "UNAUTHORIZED_ERROR"
  | "LIBRARY_INSTALLATION_ERROR"
  | "RESOURCE_NOT_FOUND"
  | "INVALID_RUN_CONFIGURATION"
  | "INVALID_CLUSTER_REQUEST"
  | "STORAGE_ACCESS_ERROR"
  | "REPOSITORY_CHECKOUT_FAILED"
  | "FEATURE_DISABLED"
  | "CLUSTER_REQUEST_LIMIT_EXCEEDED"
  | "MAX_SPARK_CONTEXTS_EXCEEDED"
  | "BUDGET_POLICY_LIMIT_EXCEEDED"
  | "BREAKING_CHANGE"
  | "CLUSTER_TERMINATED_BY_USER"
  | (string & {});

/**
 * Where {@link getRun}'s answer tells the run's state (`x-cancel-status`).
 */
export const getRunState: RunStateRule<GetRunOutput> = {
  state: [
    {
      pointer: "/status/state",
      read: (body: GetRunOutput) => body?.status?.state,
      values: runLifecycleStateV2Values,
    },
    {
      pointer: "/state/life_cycle_state",
      read: (body: GetRunOutput) => body?.state?.life_cycle_state,
      values: runLifeCycleStateValues,
    },
  ],
  result: [
    {
      pointer: "/status/termination_details/code",
      read: (body: GetRunOutput) => body?.status?.termination_details?.code,
      values: terminationCodeValues,
    },
    {
      pointer: "/state/result_state",
      read: (body: GetRunOutput) => body?.state?.result_state,
      values: runResultStateValues,
    },
  ],
};

/**
 * How {@link cancelRun} ends (`x-cancel-cancel`).
 */
export const cancelRunRule: CancelRule<CancelRunInput, CancelRunOutput, GetRunInput, GetRunOutput> =
  {
    operation: cancelRunOperation,
    status: {
      operation: getRunOperation,
      input: (input) =>
        ({ runId: input.runId }) satisfies Omit<GetRunInput, "workspaceId"> as GetRunInput,
      state: getRunState,
    },
    answer: undefined,
    ambiguous: [],
    acceptsEnded: true,
  };

/**
 * Cancel a run, with the outcome the vendor confirms: `cancel-requested`, `cancelled` or `already-terminal`.
 *
 * An answer the spec calls ambiguous (none) is settled by one {@link getRun} read: a run that had already ended is `already-terminal`, otherwise the refusal is thrown.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor refuses and the refusal stands.
 */
export function cancelRunConfirmed(
  client: ProviderClient<paths>,
  input: CancelRunInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<CancelRunOutput, GetRunOutput>> {
  return cancelConfirmed(client, cancelRunRule, input, options);
}

/**
 * The vendor's error answers and the kind of failure each is (`x-cancel-error-kinds`), first match wins.
 */
export const errorKinds: readonly ErrorKindRule[] = [
  {
    status: 400,
    codes: ["INVALID_PARAMETER_VALUE"],
    message: "Run .* does not exist|Run: .* in job: .* doesn't exist",
    kind: "not-found",
    note: 'Databricks answers a missing run with 400 INVALID_PARAMETER_VALUE "Run … does not exist" (the SDKs remap it)',
  },
  {
    codes: ["RESOURCE_DOES_NOT_EXIST", "NOT_FOUND"],
    kind: "not-found",
    note: "the run or job does not exist (NOT_FOUND: the Errors page's example); the code decides, whatever the status",
  },
  {
    codes: ["ENDPOINT_NOT_FOUND"],
    kind: "invalid-request",
    note: "no such API endpoint: wrong host or API version, not a missing run",
  },
  {
    status: 401,
    codes: ["PERMISSION_DENIED"],
    kind: "unauthenticated",
    note: "legacy answer to a bad token: 401 with PERMISSION_DENIED",
  },
  { codes: ["UNAUTHENTICATED"], kind: "unauthenticated", note: "invalid or expired token" },
  {
    codes: ["PERMISSION_DENIED"],
    kind: "forbidden",
    note: "no Manage Run / Owner / Admin permission on the job",
  },
  {
    codes: ["REQUEST_LIMIT_EXCEEDED", "RESOURCE_EXHAUSTED", "TOO_MANY_REQUESTS"],
    kind: "throttled",
    note: "rate limit codes",
  },
  { codes: ["TEMPORARILY_UNAVAILABLE"], kind: "unavailable", note: "temporarily unavailable" },
  {
    codes: ["ABORTED", "ALREADY_EXISTS", "RESOURCE_ALREADY_EXISTS", "RESOURCE_CONFLICT"],
    kind: "conflict",
    note: "conflicting state (the SDKs' ResourceConflict family)",
  },
  { codes: ["INTERNAL_ERROR", "UNKNOWN", "DATA_LOSS"], kind: "server", note: "internal error" },
];

/**
 * What a selector of databricks's runs names: {@link listRuns}'s inputs but its paging and the filters `@cancel/sdk` applies itself (`x-cancel-list`).
 */
export type DatabricksListScope = Omit<
  ListRunsInput,
  "activeOnly" | "offset" | "limit" | "startTimeFrom" | "startTimeTo" | "pageToken" | "workspaceId"
>;

/**
 * One run as {@link listRuns} lists it.
 */
export type ListRunsItem = NonNullable<NonNullable<ListRunsOutput>["runs"]>[number];

/**
 * How {@link listRuns} lists this vendor's runs (`x-cancel-list`): what `@cancel/sdk`'s `cancelWhere` walks.
 */
export const listRunsList: ListRule<ListRunsInput, ListRunsOutput, ListRunsItem, DatabricksTarget> =
  {
    operation: listRunsOperation,
    scope: { jobId: false, completedOnly: false, runType: false, expandTasks: false },
    items: (body: ListRunsOutput) => body?.runs,
    target: (item: ListRunsItem, input: ListRunsInput) => ({
      provider: "databricks",
      runId: item?.run_id ?? undefined,
    }),
    required: ["runId"],
    state: {
      state: [
        {
          pointer: "/status/state",
          read: (body: ListRunsItem) => body?.status?.state,
          values: runLifecycleStateV2Values,
        },
        {
          pointer: "/state/life_cycle_state",
          read: (body: ListRunsItem) => body?.state?.life_cycle_state,
          values: runLifeCycleStateValues,
        },
      ],
      result: [
        {
          pointer: "/status/termination_details/code",
          read: (body: ListRunsItem) => body?.status?.termination_details?.code,
          values: terminationCodeValues,
        },
        {
          pointer: "/state/result_state",
          read: (body: ListRunsItem) => body?.state?.result_state,
          values: runResultStateValues,
        },
      ],
    },
    createdAt: { read: (item: ListRunsItem) => item?.start_time, unit: "epoch-millis" },
    name: (item: ListRunsItem) => item?.run_name,
    page: {
      kind: "token",
      input: "pageToken",
      next: (body: ListRunsOutput) => body?.next_page_token,
      more: (body: ListRunsOutput) => body?.has_more,
    },
    size: { input: "limit", max: 25 },
    filters: {
      createdAfter: { input: "startTimeFrom", unit: "epoch-millis" },
      createdBefore: { input: "startTimeTo", unit: "epoch-millis" },
      active: "activeOnly",
    },
  };

/**
 * A run on this vendor, named by the vendor's own identifiers: what `@cancel/sdk` cancels (the fields of {@link cancelRun}).
 */
export interface DatabricksTarget {
  provider: "databricks";
  /**
   * The canonical identifier of the run to cancel (a job run or a task run). The 2.2
   * reference schema marks it optional but its text says "This field is required"; it is
   * required here.
   */
  runId: number;
}

/**
 * Everything the spec says about cancelling this vendor's runs, for `@cancel/sdk`.
 */
export const profile: ProviderProfile<DatabricksTarget> = {
  provider: "databricks",
  targetFields: { runId: true },
  variants: [
    {
      requires: ["runId"],
      rule: cancelRunRule,
      input: (target: DatabricksTarget): CancelRunInput =>
        ({ runId: target.runId }) satisfies Omit<CancelRunInput, "workspaceId"> as CancelRunInput,
    },
  ],
  errorKinds,
  list: listRunsList,
};
