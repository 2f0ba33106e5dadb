// generated from specs/huawei-mrs.yaml by tools/generator, regenerate with `pnpm generate`
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
  type CancelJobExecutionInput,
  type CancelJobExecutionOutput,
  type ShowJobExeListNewInput,
  type ShowJobExeListNewOutput,
  type ShowJobExecutionInput,
  type ShowJobExecutionOutput,
  type ShowSingleJobExeInput,
  type ShowSingleJobExeOutput,
  type StopJobInput,
  type StopJobOutput,
  cancelJobExecutionOperation,
  showJobExeListNewOperation,
  showJobExecutionOperation,
  showSingleJobExeOperation,
  stopJobOperation,
} from "./operations.gen.js";
import type { paths } from "./schema.gen.js";

/**
 * The documented values of `JobExecutionStatus` and the run state each means (`x-cancel-states`).
 *
 * A V1.1 job execution's state, `job_execution.info.status` (open enum). The MRS pages do
 * not list its values ("job running information returned by Oozie"); these are OpenStack
 * Sahara's, whose API the V1.1 job-execution APIs follow (openstack/sahara
 * `sahara/utils/edp.py`, `JOB_STATUS_*`). Terminal, as Sahara's `JOB_STATUSES_TERMINATED`
 * says: `SUCCEEDED`, `FAILED`, `KILLED`, `DONEWITHERROR` (ended with an error) and
 * `SUSPENDFAILED` (a failed suspension ends the job; its outcome is not stated, so it maps
 * to `ended`). Not terminal: `PENDING`, `READYTORUN`, `PREP` (not started yet), `RUNNING`,
 * `TOBEKILLED` (a kill under way), `TOBESUSPENDED` (still running, a suspension under
 * way), `PREPSUSPENDED` and `SUSPENDED` (paused, waiting to be resumed). Any other string
 * is accepted.
 */
export const jobExecutionStatusValues = {
  PENDING: "pending",
  READYTORUN: "pending",
  PREP: "pending",
  RUNNING: "running",
  TOBEKILLED: "stopping",
  TOBESUSPENDED: "running",
  PREPSUSPENDED: "pending",
  SUSPENDED: "pending",
  SUCCEEDED: "succeeded",
  FAILED: "failed",
  DONEWITHERROR: "failed",
  KILLED: "cancelled",
  SUSPENDFAILED: "ended",
} as const satisfies StateValues;

/** A `JobExecutionStatus` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type JobExecutionStatus =
  | "PENDING"
  | "READYTORUN"
  | "PREP"
  | "RUNNING"
  | "TOBEKILLED"
  | "TOBESUSPENDED"
  | "PREPSUSPENDED"
  | "SUSPENDED"
  | "SUCCEEDED"
  | "FAILED"
  | "DONEWITHERROR"
  | "KILLED"
  | "SUSPENDFAILED"
  | (string & {});

/**
 * The documented values of `JobState` and the run state each means (`x-cancel-states`).
 *
 * Execution state of the job (open enum). Known values: `FAILED`, `KILLED` (terminated),
 * `NEW` (created; the page spells it `New`, the SDK `NEW`), `NEW_SAVING` (created, being
 * saved), `SUBMITTED`, `ACCEPTED`, `RUNNING`, `FINISHED`. Terminal states: `KILLED`,
 * `FAILED`, `FINISHED` (its outcome is in `job_result`). The vendor may add values (and
 * already has a spelling variant), so any other string is accepted.
 */
export const jobStateValues = {
  NEW: "pending",
  NEW_SAVING: "pending",
  SUBMITTED: "pending",
  ACCEPTED: "pending",
  RUNNING: "running",
  FINISHED: "ended",
  FAILED: "failed",
  KILLED: "cancelled",
} as const satisfies StateValues;

/** A `JobState` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type JobState =
  | "NEW"
  | "NEW_SAVING"
  | "SUBMITTED"
  | "ACCEPTED"
  | "RUNNING"
  | "FINISHED"
  | "FAILED"
  | "KILLED"
  | (string & {});

/**
 * The documented values of `JobResult` and the run state each means (`x-cancel-states`).
 *
 * Final result of the job (open enum). Known values: `FAILED` (the job failed to be
 * executed), `KILLED` (manually terminated during execution), `UNDEFINED` (still being
 * executed), `SUCCEEDED` (executed successfully). Any other string is accepted.
 */
export const jobResultValues = {
  SUCCEEDED: "succeeded",
  FAILED: "failed",
  KILLED: "cancelled",
  UNDEFINED: null,
} as const satisfies StateValues;

/** A `JobResult` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type JobResult = "SUCCEEDED" | "FAILED" | "KILLED" | "UNDEFINED" | (string & {});

/**
 * Where {@link showJobExecution}'s answer tells the run's state (`x-cancel-status`).
 */
export const showJobExecutionState: RunStateRule<ShowJobExecutionOutput> = {
  state: [
    {
      pointer: "/job_execution/info/status",
      read: (body: ShowJobExecutionOutput) => body?.job_execution?.info?.status,
      values: jobExecutionStatusValues,
    },
  ],
};

/**
 * Where {@link showSingleJobExe}'s answer tells the run's state (`x-cancel-status`).
 */
export const showSingleJobExeState: RunStateRule<ShowSingleJobExeOutput> = {
  state: [
    {
      pointer: "/job_detail/job_state",
      read: (body: ShowSingleJobExeOutput) => body?.job_detail?.job_state,
      values: jobStateValues,
    },
  ],
  result: [
    {
      pointer: "/job_detail/job_result",
      read: (body: ShowSingleJobExeOutput) => body?.job_detail?.job_result,
      values: jobResultValues,
    },
  ],
};

/**
 * How {@link cancelJobExecution} ends (`x-cancel-cancel`).
 */
export const cancelJobExecutionRule: CancelRule<
  CancelJobExecutionInput,
  CancelJobExecutionOutput,
  ShowJobExecutionInput,
  ShowJobExecutionOutput
> = {
  operation: cancelJobExecutionOperation,
  status: {
    operation: showJobExecutionOperation,
    input: (input) => ({ projectId: input.projectId, jobExecutionId: input.jobExecutionId }),
    state: showJobExecutionState,
  },
  answer: {
    state: [
      {
        pointer: "/job_execution/info/status",
        read: (body: CancelJobExecutionOutput) => body?.job_execution?.info?.status,
        values: jobExecutionStatusValues,
      },
    ],
  },
  ambiguous: [{ codes: ["0175"] }],
};

/**
 * Cancel a job execution (legacy V1.1, Sahara-compatible), with the outcome the vendor confirms: `cancel-requested`, `cancelled` or `already-terminal`.
 *
 * An answer the spec calls ambiguous (0175) is settled by one {@link showJobExecution} read: a run that had already ended is `already-terminal`, otherwise the refusal is thrown.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor refuses and the refusal stands.
 */
export function cancelJobExecutionConfirmed(
  client: ProviderClient<paths>,
  input: CancelJobExecutionInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<CancelJobExecutionOutput, ShowJobExecutionOutput>> {
  return cancelConfirmed(client, cancelJobExecutionRule, input, options);
}

/**
 * How {@link stopJob} ends (`x-cancel-cancel`).
 */
export const stopJobRule: CancelRule<
  StopJobInput,
  StopJobOutput,
  ShowSingleJobExeInput,
  ShowSingleJobExeOutput
> = {
  operation: stopJobOperation,
  status: {
    operation: showSingleJobExeOperation,
    input: (input) => ({
      projectId: input.projectId,
      clusterId: input.clusterId,
      jobExecutionId: input.jobExecutionId,
    }),
    state: showSingleJobExeState,
  },
  answer: undefined,
  ambiguous: [{ codes: ["0175"] }],
};

/**
 * Terminate a job (V2, "Terminating a Job"), with the outcome the vendor confirms: `cancel-requested`, `cancelled` or `already-terminal`.
 *
 * An answer the spec calls ambiguous (0175) is settled by one {@link showSingleJobExe} read: a run that had already ended is `already-terminal`, otherwise the refusal is thrown.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor refuses and the refusal stands.
 */
export function stopJobConfirmed(
  client: ProviderClient<paths>,
  input: StopJobInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<StopJobOutput, ShowSingleJobExeOutput>> {
  return cancelConfirmed(client, stopJobRule, input, options);
}

/**
 * The vendor's error answers and the kind of failure each is (`x-cancel-error-kinds`), first match wins.
 */
export const errorKinds: readonly ErrorKindRule[] = [
  {
    codes: ["APIGW.0301"],
    kind: "unauthenticated",
    note: "API gateway: incorrect IAM authentication information (AK/SK signature, token)",
  },
  {
    codes: ["APIGW.0302"],
    kind: "forbidden",
    note: "API gateway: the IAM user is not authorized to access the API",
  },
  {
    codes: ["APIGW.0101"],
    kind: "invalid-request",
    note: "API gateway: the API does not exist (wrong endpoint or region), not a missing job",
  },
  { codes: ["APIGW.0308"], kind: "throttled", note: "API gateway throttling threshold reached" },
  { codes: ["0176"], kind: "not-found", note: "the job does not exist (sent as 500)" },
  { codes: ["12000001"], kind: "unauthenticated", note: "invalid authentication" },
  { codes: ["12000002"], kind: "invalid-request", note: "invalid parameter" },
  {
    codes: ["0160", "0162", "0175"],
    kind: "server",
    note: "the vendor failed to kill or query the job (also as 400); a cancel's 0175 when no status read showed the job ended",
  },
  {
    codes: ["MRS.0011"],
    kind: "conflict",
    note: "the cluster is in a state that does not allow the call",
  },
];

/**
 * What a selector of huawei-mrs's runs names: {@link showJobExeListNew}'s inputs but its paging and the filters `@cancel/sdk` applies itself (`x-cancel-list`).
 */
export type HuaweiMrsListScope = Omit<
  ShowJobExeListNewInput,
  "jobState" | "limit" | "offset" | "submittedTimeBegin" | "submittedTimeEnd"
>;

/**
 * One run as {@link showJobExeListNew} lists it.
 */
export type ShowJobExeListNewItem = NonNullable<
  NonNullable<ShowJobExeListNewOutput>["job_list"]
>[number];

/**
 * How {@link showJobExeListNew} lists this vendor's runs (`x-cancel-list`): what `@cancel/sdk`'s `cancelWhere` walks.
 */
export const showJobExeListNewList: ListRule<
  ShowJobExeListNewInput,
  ShowJobExeListNewOutput,
  ShowJobExeListNewItem,
  HuaweiMrsTarget
> = {
  operation: showJobExeListNewOperation,
  scope: {
    projectId: true,
    clusterId: true,
    jobName: false,
    jobId: false,
    user: false,
    jobType: false,
    jobResult: false,
    queue: false,
    sortBy: false,
  },
  items: (body: ShowJobExeListNewOutput) => body?.job_list,
  target: (item: ShowJobExeListNewItem, input: ShowJobExeListNewInput) => ({
    provider: "huawei-mrs",
    projectId: input.projectId,
    clusterId: input.clusterId,
    jobExecutionId: item?.job_id ?? undefined,
  }),
  required: ["projectId", "jobExecutionId"],
  state: {
    state: [
      {
        pointer: "/job_state",
        read: (body: ShowJobExeListNewItem) => body?.job_state,
        values: jobStateValues,
      },
    ],
    result: [
      {
        pointer: "/job_result",
        read: (body: ShowJobExeListNewItem) => body?.job_result,
        values: jobResultValues,
      },
    ],
  },
  createdAt: { read: (item: ShowJobExeListNewItem) => item?.submitted_time, unit: "epoch-millis" },
  name: (item: ShowJobExeListNewItem) => item?.job_name,
  page: {
    kind: "number",
    input: "offset",
    first: 1,
    total: (body: ShowJobExeListNewOutput) => body?.total_record,
  },
  size: { input: "limit", max: 100 },
  filters: {
    states: "jobState",
    createdAfter: { input: "submittedTimeBegin", unit: "epoch-millis" },
    createdBefore: { input: "submittedTimeEnd", unit: "epoch-millis" },
  },
};

/**
 * A run on this vendor, named by the vendor's own identifiers: what `@cancel/sdk` cancels (the fields of {@link stopJob} or {@link cancelJobExecution}).
 */
export interface HuaweiMrsTarget {
  provider: "huawei-mrs";
  /**
   * Project ID (see "Obtaining a Project ID", mrs_02_0011). Value range per the current
   * vendor docs: 1 to 64 characters, letters and digits only.
   */
  projectId: string;
  /**
   * Cluster ID (see "Obtaining a Cluster ID"). Value range per the current vendor docs: 1 to
   * 64 characters, letters, digits, underscores (_) and hyphens (-).
   */
  clusterId?: string;
  /**
   * Job ID — the job execution id returned when the job was submitted (see "Obtaining a Job
   * ID"). The vendor documents no value range ("N/A"); all ids in the vendor's examples are
   * UUIDs (e.g. `431b135e-c090-489f-b1db-0abe3822b855`). This spec applies a conservative
   * guard (1 to 64 letters, digits, `_` or `-`) so that the value cannot change the request
   * path; this is our constraint, not the vendor's.
   */
  jobExecutionId: string;
}

/**
 * Everything the spec says about cancelling this vendor's runs, for `@cancel/sdk`.
 */
export const profile: ProviderProfile<HuaweiMrsTarget> = {
  provider: "huawei-mrs",
  targetFields: { projectId: true, clusterId: false, jobExecutionId: true },
  variants: [
    {
      requires: ["projectId", "clusterId", "jobExecutionId"],
      rule: stopJobRule,
      input: (target: HuaweiMrsTarget): StopJobInput => ({
        projectId: target.projectId,
        clusterId: target.clusterId!,
        jobExecutionId: target.jobExecutionId,
      }),
    },
    {
      requires: ["projectId", "jobExecutionId"],
      rule: cancelJobExecutionRule,
      input: (target: HuaweiMrsTarget): CancelJobExecutionInput => ({
        projectId: target.projectId,
        jobExecutionId: target.jobExecutionId,
      }),
    },
  ],
  errorKinds,
  list: showJobExeListNewList,
};
