/**
 * `@cancel/sdk/emr-serverless`: the EMR Serverless adapter (`CancelJobRun`, status from
 * `GetJobRun`) with its error mapping. Give it to `createCancelClient` from `@cancel/sdk/client`.
 */
import { invokeWithMetadata } from "@cancel/core";
import {
  cancelJobRunOperation,
  createClient,
  descriptor,
  getJobRunOperation,
} from "@cancel/emr-serverless";
import { type ProviderAdapter, cancelAnswer, lookup, obj, runStatus, str } from "./adapter.js";
import type { RunState } from "./types.js";

export type { EmrServerlessTarget } from "./types.js";

const STATES: Readonly<Record<string, RunState>> = {
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

/**
 * The EMR Serverless adapter:
 * `createCancelClient({ providers: [emrServerless], emrServerless: {…} })`.
 */
export const emrServerless: ProviderAdapter<"emr-serverless"> = {
  provider: "emr-serverless",
  setupHint:
    "emrServerless: { region, credentials } (or emrServerless: {} to read AWS_REGION and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
  errors: [
    {
      codes: ["ValidationException"],
      kind: "invalid-request",
      note: "the service refused the input",
    },
    {
      codes: descriptor.retryCodes?.throttling?.codes ?? [],
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
    {
      codes: ["ServiceUnavailable"],
      kind: "unavailable",
      note: "service unavailable",
    },
    {
      codes: ["InternalServerException", "InternalFailure"],
      kind: "server",
      note: "internal error",
    },
  ],
  create: (options) => createClient(options),
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
    return runStatus(target, lookup(STATES, vendorState), vendorState, undefined, metadata, data);
  },
};
