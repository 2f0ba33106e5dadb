// generated from specs/emr-serverless.yaml by tools/generator, regenerate with `pnpm generate`
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
  type CancelJobRunInput,
  type CancelJobRunOutput,
  type GetJobRunInput,
  type GetJobRunOutput,
  type ListJobRunsInput,
  type ListJobRunsOutput,
  cancelJobRunOperation,
  getJobRunOperation,
  listJobRunsOperation,
} from "./operations.gen.js";
import type { paths } from "./schema.gen.js";

/**
 * The documented values of `JobRunState` and the run state each means (`x-cancel-states`).
 *
 * The state of a job run (open enum). Known values: `SUBMITTED`, `PENDING`, `SCHEDULED`,
 * `RUNNING`, `SUCCESS` (terminal), `FAILED` (terminal), `CANCELLING`, `CANCELLED`
 * (terminal; two L), `QUEUED`.
 */
export const jobRunStateValues = {
  SUBMITTED: "pending",
  PENDING: "pending",
  SCHEDULED: "pending",
  RUNNING: "running",
  SUCCESS: "succeeded",
  FAILED: "failed",
  CANCELLING: "stopping",
  CANCELLED: "cancelled",
  QUEUED: "pending",
} as const satisfies StateValues;

/** A `JobRunState` value the spec documents, or any other string (the enum is open: the vendor may add values). */
export type JobRunState =
  | "SUBMITTED"
  | "PENDING"
  | "SCHEDULED"
  | "RUNNING"
  | "SUCCESS"
  | "FAILED"
  | "CANCELLING"
  | "CANCELLED"
  | "QUEUED"
  | (string & {});

/**
 * Where {@link getJobRun}'s answer tells the run's state (`x-cancel-status`).
 */
export const getJobRunState: RunStateRule<GetJobRunOutput> = {
  state: [
    {
      pointer: "/jobRun/state",
      read: (body: GetJobRunOutput) => body?.jobRun?.state,
      values: jobRunStateValues,
    },
  ],
};

/**
 * How {@link cancelJobRun} ends (`x-cancel-cancel`).
 */
export const cancelJobRunRule: CancelRule<
  CancelJobRunInput,
  CancelJobRunOutput,
  GetJobRunInput,
  GetJobRunOutput
> = {
  operation: cancelJobRunOperation,
  status: {
    operation: getJobRunOperation,
    input: (input) => ({ applicationId: input.applicationId, jobRunId: input.jobRunId }),
    state: getJobRunState,
  },
  answer: undefined,
  ambiguous: [{ status: 400, codes: ["ValidationException"] }],
};

/**
 * Cancel a job run, with the outcome the vendor confirms: `cancel-requested`, `cancelled` or `already-terminal`.
 *
 * An answer the spec calls ambiguous (400 ValidationException) is settled by one {@link getJobRun} read: a run that had already ended is `already-terminal`, otherwise the refusal is thrown.
 *
 * @throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).
 * @throws {ApiError} when the vendor refuses and the refusal stands.
 */
export function cancelJobRunConfirmed(
  client: ProviderClient<paths>,
  input: CancelJobRunInput,
  options?: CallOptions,
): Promise<ConfirmedCancel<CancelJobRunOutput, GetJobRunOutput>> {
  return cancelConfirmed(client, cancelJobRunRule, input, options);
}

/**
 * The vendor's error answers and the kind of failure each is (`x-cancel-error-kinds`), first match wins.
 */
export const errorKinds: readonly ErrorKindRule[] = [
  {
    codes: ["ValidationException"],
    kind: "invalid-request",
    note: "the service refused the input",
  },
  {
    codes: [
      "ThrottlingException",
      "Throttling",
      "ThrottledException",
      "TooManyRequestsException",
      "RequestLimitExceeded",
      "RequestThrottled",
      "RequestThrottledException",
      "ProvisionedThroughputExceededException",
      "BandwidthLimitExceeded",
      "SlowDown",
      "PriorRequestNotComplete",
      "EC2ThrottledException",
      "TransactionInProgressException",
    ],
    kind: "throttled",
    note: "AWS throttling error types, also when sent as 400",
  },
  {
    codes: ["AccessDeniedException"],
    kind: "forbidden",
    note: "the IAM principal may not call the action on the resource",
  },
  {
    codes: [
      "UnrecognizedClientException",
      "InvalidSignatureException",
      "SignatureDoesNotMatch",
      "IncompleteSignature",
      "InvalidClientTokenId",
      "ExpiredTokenException",
      "MissingAuthenticationToken",
      "NotAuthorized",
      "RequestExpired",
    ],
    kind: "unauthenticated",
    note: "bad, expired or unsigned credentials (AWS answers most with 403)",
  },
  {
    codes: ["ResourceNotFoundException"],
    kind: "not-found",
    note: "no such application or job run",
  },
  { codes: ["ConflictException"], kind: "conflict", note: "conflicting state" },
  {
    codes: ["RequestTimeout", "RequestTimeoutException"],
    kind: "timeout",
    note: "the service timed out the request",
  },
  { codes: ["ServiceUnavailable"], kind: "unavailable", note: "service unavailable" },
  { codes: ["InternalServerException", "InternalFailure"], kind: "server", note: "internal error" },
];

/**
 * What a selector of emr-serverless's runs names: {@link listJobRuns}'s inputs but its paging and the filters `@cancel/sdk` applies itself (`x-cancel-list`).
 */
export type EmrServerlessListScope = Omit<
  ListJobRunsInput,
  "nextToken" | "maxResults" | "createdAtAfter" | "createdAtBefore" | "states"
>;

/**
 * One run as {@link listJobRuns} lists it.
 */
export type ListJobRunsItem = NonNullable<NonNullable<ListJobRunsOutput>["jobRuns"]>[number];

/**
 * How {@link listJobRuns} lists this vendor's runs (`x-cancel-list`): what `@cancel/sdk`'s `cancelWhere` walks.
 */
export const listJobRunsList: ListRule<
  ListJobRunsInput,
  ListJobRunsOutput,
  ListJobRunsItem,
  EmrServerlessTarget
> = {
  operation: listJobRunsOperation,
  scope: { applicationId: true, mode: false },
  items: (body: ListJobRunsOutput) => body?.jobRuns,
  target: (item: ListJobRunsItem, input: ListJobRunsInput) => ({
    provider: "emr-serverless",
    applicationId: input.applicationId,
    jobRunId: item?.id ?? undefined,
  }),
  required: ["applicationId", "jobRunId"],
  state: {
    state: [
      {
        pointer: "/state",
        read: (body: ListJobRunsItem) => body?.state,
        values: jobRunStateValues,
      },
    ],
  },
  createdAt: { read: (item: ListJobRunsItem) => item?.createdAt, unit: "epoch-seconds" },
  name: (item: ListJobRunsItem) => item?.name,
  page: { kind: "token", input: "nextToken", next: (body: ListJobRunsOutput) => body?.nextToken },
  size: { input: "maxResults", max: 50 },
  filters: {
    states: "states",
    createdAfter: { input: "createdAtAfter", unit: "date-time" },
    createdBefore: { input: "createdAtBefore", unit: "date-time" },
  },
};

/**
 * A run on this vendor, named by the vendor's own identifiers: what `@cancel/sdk` cancels (the fields of {@link cancelJobRun}).
 */
export interface EmrServerlessTarget {
  provider: "emr-serverless";
  /**
   * The ID of the application: the one the job run runs on (cancel, read), or whose job runs
   * are listed.
   */
  applicationId: string;
  /**
   * The ID of the job run.
   */
  jobRunId: string;
  /**
   * The duration in seconds to wait before forcefully terminating the job after
   * cancellation is requested. `0` = immediate termination; otherwise 15–1800 seconds
   * (User Guide; the API Reference states no range). When omitted: no grace period for
   * batch jobs, 120 seconds for streaming jobs.
   */
  shutdownGracePeriodInSeconds?: number;
}

/**
 * Everything the spec says about cancelling this vendor's runs, for `@cancel/sdk`.
 */
export const profile: ProviderProfile<EmrServerlessTarget> = {
  provider: "emr-serverless",
  targetFields: { applicationId: true, jobRunId: true, shutdownGracePeriodInSeconds: false },
  variants: [
    {
      requires: ["applicationId", "jobRunId"],
      rule: cancelJobRunRule,
      input: (target: EmrServerlessTarget): CancelJobRunInput => ({
        applicationId: target.applicationId,
        jobRunId: target.jobRunId,
        shutdownGracePeriodInSeconds: target.shutdownGracePeriodInSeconds,
      }),
    },
  ],
  errorKinds,
  list: listJobRunsList,
};
