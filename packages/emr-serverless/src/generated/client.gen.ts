// generated from specs/emr-serverless.yaml by tools/generator, regenerate with `pnpm generate`
import {
  type ClientOptions,
  createProviderClient,
  type ProviderClient,
  type ProviderDescriptor,
  resolveServerUrl,
  type ServerDefinition,
} from "@cancel/core";
import type { paths } from "./schema.gen.js";

/** Provider id of this package. */
export const provider = "emr-serverless";

/**
 * Amazon EMR Serverless API — cancel a job run (API version 2021-07-13).
 */
export const descriptor: ProviderDescriptor = {
  provider,
  errors: {
    code: [
      { from: "header", name: "X-Amzn-ErrorType", transform: "aws-error-type" },
      { from: "body", pointer: "/code", transform: "aws-error-type" },
      { from: "body", pointer: "/__type", transform: "aws-error-type" },
    ],
    message: [
      { from: "body", pointer: "/message" },
      { from: "body", pointer: "/Message" },
    ],
    requestId: [{ from: "header", name: "x-amzn-RequestId" }],
  },
  retryCodes: {
    throttling: [
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
      },
    ],
    transient: [
      {
        codes: [
          "RequestTimeout",
          "RequestTimeoutException",
          "InternalFailure",
          "ServiceUnavailable",
        ],
      },
    ],
  },
};

/** The servers the spec declares; the first is the default. */
export const servers: readonly ServerDefinition[] = [
  /**
   * Regional endpoint (dual-stack with the partition's dual-stack suffix).
   */
  {
    url: "https://emr-serverless.{region}.{dnsSuffix}",
    variables: {
      dnsSuffix: {
        default: "amazonaws.com",
        enum: [
          "amazonaws.com",
          "api.aws",
          "amazonaws.com.cn",
          "api.amazonwebservices.com.cn",
          "amazonaws.eu",
          "api.amazonwebservices.eu",
          "c2s.ic.gov",
          "api.aws.ic.gov",
          "sc2s.sgov.gov",
          "api.aws.scloud",
          "cloud.adc-e.uk",
          "api.cloud-aws.adc-e.uk",
          "csp.hci.ic.gov",
          "api.aws.hci.ic.gov",
        ],
      },
      region: { default: "us-east-1" },
    },
  },
  /**
   * FIPS 140 endpoint (every partition has one; dual-stack with its dual-stack suffix).
   */
  {
    url: "https://emr-serverless-fips.{region}.{dnsSuffix}",
    variables: {
      dnsSuffix: {
        default: "amazonaws.com",
        enum: [
          "amazonaws.com",
          "api.aws",
          "amazonaws.com.cn",
          "api.amazonwebservices.com.cn",
          "amazonaws.eu",
          "api.amazonwebservices.eu",
          "c2s.ic.gov",
          "api.aws.ic.gov",
          "sc2s.sgov.gov",
          "api.aws.scloud",
          "cloud.adc-e.uk",
          "api.cloud-aws.adc-e.uk",
          "csp.hci.ic.gov",
          "api.aws.hci.ic.gov",
        ],
      },
      region: { default: "us-east-1" },
    },
  },
];

/** Values for the server URL variables (`dnsSuffix`, `region`). */
export type ServerVariables = {
  dnsSuffix?:
    | "amazonaws.com"
    | "api.aws"
    | "amazonaws.com.cn"
    | "api.amazonwebservices.com.cn"
    | "amazonaws.eu"
    | "api.amazonwebservices.eu"
    | "c2s.ic.gov"
    | "api.aws.ic.gov"
    | "sc2s.sgov.gov"
    | "api.aws.scloud"
    | "cloud.adc-e.uk"
    | "api.cloud-aws.adc-e.uk"
    | "csp.hci.ic.gov"
    | "api.aws.hci.ic.gov";
  region?: string;
};

/** Builds a base URL from the spec's servers, checking each variable against the spec. */
export function serverUrl(variables: ServerVariables = {}, serverIndex = 0): string {
  return resolveServerUrl(
    servers,
    variables as Record<string, string | undefined>,
    serverIndex,
    provider,
  );
}

/** A client for Amazon EMR Serverless API — cancel a job run, typed from the spec. */
export type EmrServerlessClient = ProviderClient<paths>;

/** Creates a client without vendor auth (the package's `createClient` adds it). */
export function createEmrServerlessBaseClient(options: ClientOptions): EmrServerlessClient {
  return createProviderClient<paths>(descriptor, options);
}
