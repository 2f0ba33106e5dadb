// generated from specs/databricks.yaml by tools/generator, regenerate with `pnpm generate`
import {
  type CallOptions,
  cancelConfirmed,
  type CancelRule,
  type ConfirmedCancel,
  type ErrorKindRule,
  type ProviderClient,
  type ProviderProfile,
  type RunStateRule,
  type StateValues,
} from "@cancel/core";
import {
  type CancelRunInput,
  type CancelRunOutput,
  type GetRunInput,
  type GetRunOutput,
  cancelRunOperation,
  getRunOperation,
} from "./operations.gen.js";
import type { paths } from "./schema.gen.js";

/**
 * The documented values of `RunLifeCycleState` and the run state each means (`x-cancel-states`).
 *
 * Life-cycle state of a run (open enum). Known values: `QUEUED`, `PENDING`, `RUNNING`,
 * `TERMINATING`, `TERMINATED` (terminal), `SKIPPED` (terminal), `INTERNAL_ERROR` (terminal),
 * `BLOCKED`, `WAITING_FOR_RETRY`. Unknown future values are accepted.
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
 * Result state of a run, present once the run has ended (open enum). Known values:
 * `SUCCESS`, `FAILED`, `TIMEDOUT`, `CANCELED` (one L), `MAXIMUM_CONCURRENT_RUNS_REACHED`,
 * `EXCLUDED`, `SUCCESS_WITH_FAILURES`, `UPSTREAM_FAILED`, `UPSTREAM_CANCELED`, `DISABLED`.
 */
export const runResultStateValues = {
  SUCCESS: "succeeded",
  FAILED: "failed",
  TIMEDOUT: "timed-out",
  CANCELED: "cancelled",
  MAXIMUM_CONCURRENT_RUNS_REACHED: "skipped",
  EXCLUDED: "skipped",
  SUCCESS_WITH_FAILURES: "succeeded",
  UPSTREAM_FAILED: "failed",
  UPSTREAM_CANCELED: "cancelled",
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
 * Life-cycle state of a run in the `status` model (open enum). Known values: `BLOCKED`,
 * `PENDING`, `QUEUED`, `RUNNING`, `TERMINATED` (terminal; see `termination_details`),
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
 * The code of the termination (open enum; the list grows). Cancellation-related values:
 * `USER_CANCELED` (canceled during execution by a user) and `CANCELED` (canceled by the
 * platform, e.g. maximum run duration exceeded). Other known values include `SUCCESS`,
 * `SUCCESS_WITH_FAILURES`, `SKIPPED`, `DISABLED`, `INTERNAL_ERROR`, `DRIVER_ERROR`,
 * `CLUSTER_ERROR`, `CLOUD_FAILURE`, `RUN_EXECUTION_ERROR`, `UNAUTHORIZED_ERROR`,
 * `LIBRARY_INSTALLATION_ERROR`, `MAX_CONCURRENT_RUNS_EXCEEDED`, `MAX_JOB_QUEUE_SIZE_EXCEEDED`,
 * `WORKSPACE_RUN_LIMIT_EXCEEDED`, `RESOURCE_NOT_FOUND`, `INVALID_RUN_CONFIGURATION`,
 * `INVALID_CLUSTER_REQUEST`, `STORAGE_ACCESS_ERROR`, `REPOSITORY_CHECKOUT_FAILED`,
 * `FEATURE_DISABLED`, `CLUSTER_REQUEST_LIMIT_EXCEEDED`, `MAX_SPARK_CONTEXTS_EXCEEDED`,
 * `BUDGET_POLICY_LIMIT_EXCEEDED`.
 */
export const terminationCodeValues = {
  SUCCESS: "succeeded",
  SUCCESS_WITH_FAILURES: "succeeded",
  USER_CANCELED: "cancelled",
  CANCELED: "cancelled",
  SKIPPED: "skipped",
  DISABLED: "skipped",
  INTERNAL_ERROR: "failed",
  DRIVER_ERROR: "failed",
  CLUSTER_ERROR: "failed",
  CLOUD_FAILURE: "failed",
  RUN_EXECUTION_ERROR: "failed",
  UNAUTHORIZED_ERROR: "failed",
  LIBRARY_INSTALLATION_ERROR: "failed",
  MAX_CONCURRENT_RUNS_EXCEEDED: "failed",
  MAX_JOB_QUEUE_SIZE_EXCEEDED: "failed",
  WORKSPACE_RUN_LIMIT_EXCEEDED: "failed",
  RESOURCE_NOT_FOUND: "failed",
  INVALID_RUN_CONFIGURATION: "failed",
  INVALID_CLUSTER_REQUEST: "failed",
  STORAGE_ACCESS_ERROR: "failed",
  REPOSITORY_CHECKOUT_FAILED: "failed",
  FEATURE_DISABLED: "failed",
  CLUSTER_REQUEST_LIMIT_EXCEEDED: "failed",
  MAX_SPARK_CONTEXTS_EXCEEDED: "failed",
  BUDGET_POLICY_LIMIT_EXCEEDED: "failed",
} as const satisfies StateValues;

/** A `TerminationCode` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type TerminationCode =
  | "SUCCESS"
  | "SUCCESS_WITH_FAILURES"
  | "USER_CANCELED"
  | "CANCELED"
  | "SKIPPED"
  | "DISABLED"
  | "INTERNAL_ERROR"
  | "DRIVER_ERROR"
  | "CLUSTER_ERROR"
  | "CLOUD_FAILURE"
  | "RUN_EXECUTION_ERROR"
  | "UNAUTHORIZED_ERROR"
  | "LIBRARY_INSTALLATION_ERROR"
  | "MAX_CONCURRENT_RUNS_EXCEEDED"
  | "MAX_JOB_QUEUE_SIZE_EXCEEDED"
  | "WORKSPACE_RUN_LIMIT_EXCEEDED"
  | "RESOURCE_NOT_FOUND"
  | "INVALID_RUN_CONFIGURATION"
  | "INVALID_CLUSTER_REQUEST"
  | "STORAGE_ACCESS_ERROR"
  | "REPOSITORY_CHECKOUT_FAILED"
  | "FEATURE_DISABLED"
  | "CLUSTER_REQUEST_LIMIT_EXCEEDED"
  | "MAX_SPARK_CONTEXTS_EXCEEDED"
  | "BUDGET_POLICY_LIMIT_EXCEEDED"
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
      input: (input) => ({ runId: input.runId }),
      state: getRunState,
    },
    answer: undefined,
    ambiguous: [],
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
  { codes: ["RESOURCE_DOES_NOT_EXIST"], kind: "not-found", note: "the run or job does not exist" },
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
      input: (target: DatabricksTarget): CancelRunInput => ({ runId: target.runId }),
    },
  ],
  errorKinds,
};
