// generated from specs/huawei-dli.yaml by tools/generator, regenerate with `pnpm generate`
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
  type CancelSqlJobInput,
  type CancelSqlJobOutput,
  type ListSqlJobsInput,
  type ListSqlJobsOutput,
  type ShowSqlJobStatusInput,
  type ShowSqlJobStatusOutput,
  cancelSqlJobOperation,
  listSqlJobsOperation,
  showSqlJobStatusOperation,
} from "./operations.gen.js";
import type { paths } from "./schema.gen.js";

/**
 * The documented values of `JobStatus` and the run state each means (`x-cancel-states`).
 *
 * Job status (open enum). Known values (dli_02_0021):
 * - `RUNNING`: the job is running.
 * - `SCALING`: the job is modifying specifications (absent from the Go SDK's
 *   `ShowSqlJobStatusResponseStatus` enum and the Node SDK's, which have the other five).
 * - `LAUNCHING`: the job is being submitted.
 * - `FINISHED`: the job has completed.
 * - `FAILED`: the job has failed.
 * - `CANCELLED`: the job has been cancelled (double L).
 *
 * Terminal: `FINISHED`, `FAILED`, `CANCELLED`. The vendor may add values, so any other
 * string is accepted, and read as "not known to be terminal".
 */
export const jobStatusValues = {
  LAUNCHING: "pending",
  RUNNING: "running",
  SCALING: "running",
  FINISHED: "succeeded",
  FAILED: "failed",
  CANCELLED: "cancelled",
} as const satisfies StateValues;

/** A `JobStatus` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type JobStatus =
  "LAUNCHING" | "RUNNING" | "SCALING" | "FINISHED" | "FAILED" | "CANCELLED" | (string & {});

/**
 * Where {@link showSqlJobStatus}'s answer tells the run's state (`x-cancel-status`).
 */
export const showSqlJobStatusState: RunStateRule<ShowSqlJobStatusOutput> = {
  state: [
    {
      pointer: "/status",
      read: (body: ShowSqlJobStatusOutput) => body?.status,
      values: jobStatusValues,
    },
  ],
};

/**
 * How {@link cancelSqlJob} ends (`x-cancel-cancel`).
 */
export const cancelSqlJobRule: CancelRule<
  CancelSqlJobInput,
  CancelSqlJobOutput,
  ShowSqlJobStatusInput,
  ShowSqlJobStatusOutput
> = {
  operation: cancelSqlJobOperation,
  status: {
    operation: showSqlJobStatusOperation,
    input: (input) => ({ projectId: input.projectId, jobId: input.jobId }),
    state: showSqlJobStatusState,
  },
  answer: undefined,
  ambiguous: [{ status: 400 }],
};

/**
 * Cancel a submitted SQL job ("Canceling a Job (Recommended)"), with the outcome the vendor confirms: `cancel-requested`, `cancelled` or `already-terminal`.
 *
 * An answer the spec calls ambiguous (400) is settled by one {@link showSqlJobStatus} read: a run that had already ended is `already-terminal`, otherwise the refusal is thrown.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor refuses and the refusal stands.
 */
export function cancelSqlJobConfirmed(
  client: ProviderClient<paths>,
  input: CancelSqlJobInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<CancelSqlJobOutput, ShowSqlJobStatusOutput>> {
  return cancelConfirmed(client, cancelSqlJobRule, input, options);
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
  { codes: ["DLI.0003", "DLI.0011"], kind: "forbidden", note: "permission check failed" },
  { codes: ["DLI.0006"], kind: "conflict", note: "the object already exists" },
  { codes: ["DLI.0012"], kind: "unavailable", note: "resource unavailable" },
  { codes: ["DLI.0999"], kind: "server", note: "server system error (sent as 400)" },
];

/**
 * What a selector of huawei-dli's runs names: {@link listSqlJobs}'s inputs but its paging and the filters `@cancel/sdk` applies itself (`x-cancel-list`).
 */
export type HuaweiDliListScope = Omit<
  ListSqlJobsInput,
  "pageSize" | "currentPage" | "start" | "end" | "jobStatus"
>;

/**
 * One run as {@link listSqlJobs} lists it.
 */
export type ListSqlJobsItem = NonNullable<NonNullable<ListSqlJobsOutput>["jobs"]>[number];

/**
 * How {@link listSqlJobs} lists this vendor's runs (`x-cancel-list`): what `@cancel/sdk`'s `cancelWhere` walks.
 */
export const listSqlJobsList: ListRule<
  ListSqlJobsInput,
  ListSqlJobsOutput,
  ListSqlJobsItem,
  HuaweiDliTarget
> = {
  operation: listSqlJobsOperation,
  scope: {
    projectId: true,
    jobType: false,
    jobTypes: false,
    jobId: false,
    queueName: false,
    sqlPattern: false,
    order: false,
    engineType: false,
    owner: false,
    tags: false,
    dbName: false,
    tableName: false,
  },
  items: (body: ListSqlJobsOutput) => body?.jobs,
  target: (item: ListSqlJobsItem, input: ListSqlJobsInput) => ({
    provider: "huawei-dli",
    projectId: input.projectId,
    jobId: item?.job_id ?? undefined,
  }),
  required: ["projectId", "jobId"],
  state: {
    state: [
      {
        pointer: "/status",
        read: (body: ListSqlJobsItem) => body?.status,
        values: jobStatusValues,
      },
    ],
  },
  createdAt: { read: (item: ListSqlJobsItem) => item?.start_time, unit: "epoch-millis" },
  page: {
    kind: "number",
    input: "currentPage",
    first: 1,
    total: (body: ListSqlJobsOutput) => body?.job_count,
  },
  size: { input: "pageSize", max: 100 },
  filters: {
    states: "jobStatus",
    createdAfter: { input: "start", unit: "epoch-millis" },
    createdBefore: { input: "end", unit: "epoch-millis" },
  },
};

/**
 * A run on this vendor, named by the vendor's own identifiers: what `@cancel/sdk` cancels (the fields of {@link cancelSqlJob}).
 */
export interface HuaweiDliTarget {
  provider: "huawei-dli";
  /**
   * Project ID, used for resource isolation (see "Obtaining a Project ID", dli_02_0183).
   * Value range per the vendor docs: up to 64 characters, letters and digits only.
   */
  projectId: string;
  /**
   * Job ID, as returned by "Submitting a SQL Job (Recommended)". Deviation: the vendor docs
   * state "up to 64 characters, only letters and digits", but job ids are UUIDs with
   * hyphens — the docs' own example is `6d2146a0-c2d5-41bd-8ca0-ca9694ada992`. This spec
   * therefore accepts 1 to 64 letters, digits and hyphens.
   */
  jobId: string;
}

/**
 * Everything the spec says about cancelling this vendor's runs, for `@cancel/sdk`.
 */
export const profile: ProviderProfile<HuaweiDliTarget> = {
  provider: "huawei-dli",
  targetFields: { projectId: true, jobId: true },
  variants: [
    {
      requires: ["projectId", "jobId"],
      rule: cancelSqlJobRule,
      input: (target: HuaweiDliTarget): CancelSqlJobInput => ({
        projectId: target.projectId,
        jobId: target.jobId,
      }),
    },
  ],
  errorKinds,
  list: listSqlJobsList,
};
