import { type ClientOptions, ConfigurationError } from "@cancel/core";
import { createSigV4Authenticator } from "./auth/authenticator.js";
import type { AwsCredentials, AwsCredentialsProvider } from "./auth/credentials.js";
import {
  checkConfiguredEndpoint,
  configuredEndpoint,
  regionalEndpoint,
  resolveRegion,
} from "./auth/endpoint.js";
import {
  createEmrServerlessBaseClient,
  type EmrServerlessClient,
  provider,
  type ServerVariables,
} from "./generated/client.gen.js";

export interface EmrServerlessClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /**
   * AWS Region, e.g. `eu-west-1`: picks the endpoint and signs for it. Default `AWS_REGION`, then
   * `AWS_DEFAULT_REGION`.
   */
  region?: string | undefined;
  /**
   * AWS credentials: keys (`{ accessKeyId, secretAccessKey, sessionToken? }`) or a provider
   * returning them (any AWS SDK credential provider, e.g. `fromNodeProviderChain()`). Default:
   * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, read at each request.
   */
  credentials?: AwsCredentials | AwsCredentialsProvider | undefined;
  /**
   * Full endpoint URL (VPC endpoint, proxy, local emulator); wins over the region's endpoint.
   * Default: `AWS_ENDPOINT_URL_EMR_SERVERLESS`, then `AWS_ENDPOINT_URL` (as the AWS SDKs read
   * them; not when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`).
   */
  endpoint?: string | undefined;
  /**
   * Use the FIPS endpoint, `https://emr-serverless-fips.{region}.{dnsSuffix}` (every partition has
   * one). Not with an explicit endpoint. Default false.
   */
  useFipsEndpoint?: boolean | undefined;
  /**
   * Use the dual-stack (IPv4 and IPv6) endpoint: the partition's dual-stack DNS suffix, e.g.
   * `https://emr-serverless.{region}.api.aws`. Not with an explicit endpoint. Default false.
   */
  useDualstackEndpoint?: boolean | undefined;
  /** Same as `endpoint` (the option every `@cancel/*` client has). */
  baseUrl?: string | undefined;
  /** Values for the spec's server variables (`region`, `dnsSuffix`). */
  server?: ServerVariables | undefined;
  /**
   * Replaces SigV4 signing with your own hook (called once per attempt). Cannot be combined with
   * `credentials`. With it no `AWS_*` variable is read (Region, endpoint).
   */
  authenticate?: ClientOptions["authenticate"];
}

/**
 * Creates an Amazon EMR Serverless client that signs every attempt with AWS Signature Version 4.
 *
 * Region: `region` › `server.region` › `AWS_REGION` › `AWS_DEFAULT_REGION`. Credentials:
 * `credentials` (keys or provider) › `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY`
 * (+ `AWS_SESSION_TOKEN`). Endpoint: `endpoint` / `baseUrl` › `AWS_ENDPOINT_URL_EMR_SERVERLESS` ›
 * `AWS_ENDPOINT_URL` (neither with `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`) › the region's
 * endpoint.
 *
 * @throws {ConfigurationError} for contradictory or invalid options (nothing is sent).
 */
export function createClient(options: EmrServerlessClientOptions = {}): EmrServerlessClient {
  // Pull out everything that must not reach the transport (which keeps its options).
  const {
    baseUrl,
    endpoint,
    server,
    region: regionOption,
    credentials,
    useFipsEndpoint,
    useDualstackEndpoint,
    authenticate,
    ...rest
  } = options;
  const context = { provider };
  if (baseUrl !== undefined && endpoint !== undefined && baseUrl !== endpoint) {
    throw new ConfigurationError("endpoint and baseUrl disagree: pass one", context);
  }
  if (authenticate !== undefined && credentials !== undefined) {
    throw new ConfigurationError(
      "pass either credentials (SigV4 signing) or authenticate (your own hook), not both",
      context,
    );
  }
  // With your own hook the AWS_* variables are not read: the region given in options only picks
  // the endpoint (the spec's default when there is none).
  const useEnv = authenticate === undefined;
  const fromEnv = endpoint === undefined && baseUrl === undefined && useEnv;
  const configured = fromEnv ? configuredEndpoint() : undefined;
  const explicit =
    endpoint ??
    baseUrl ??
    (configured && checkConfiguredEndpoint(configured, rest.allowInsecureLoopback));
  // As the service's endpoint rule set: FIPS and dual-stack pick a host, a custom endpoint is one.
  const variant = useFipsEndpoint
    ? "useFipsEndpoint"
    : useDualstackEndpoint && "useDualstackEndpoint";
  if (explicit !== undefined && variant) {
    const from =
      endpoint !== undefined ? "endpoint" : baseUrl !== undefined ? "baseUrl" : configured!.from;
    throw new ConfigurationError(
      `${variant} picks an AWS endpoint, ${from} gives your own: pass one`,
      context,
    );
  }
  const region = resolveRegion({ region: regionOption, server, endpoint: explicit, useEnv });
  const regional = (name: string) =>
    regionalEndpoint(name, { useFipsEndpoint, useDualstackEndpoint, dnsSuffix: server?.dnsSuffix });

  if (authenticate !== undefined) {
    // Without a Region, the spec's default one.
    const url = explicit ?? regional(region ?? "us-east-1");
    return createEmrServerlessBaseClient({ ...rest, authenticate, baseUrl: url });
  }

  if (region === undefined) {
    throw new ConfigurationError(
      `no AWS Region${configured ? ` to sign for (${configured.from} sets only the endpoint)` : ""}: pass region (e.g. createClient({ region: "eu-west-1" })) or set AWS_REGION`,
      {
        ...context,
        problem: `no AWS Region${configured ? ` to sign for (${configured.from} sets only the endpoint)` : ""}`,
        fix: { options: ["region"], env: ["AWS_REGION"], example: "eu-west-1" },
      },
    );
  }
  const url = explicit ?? regional(region);
  return createEmrServerlessBaseClient({
    ...rest,
    baseUrl: url,
    authenticate: createSigV4Authenticator({
      region,
      credentials,
      provider,
      // One time source for backoff and signature dates (tests inject one).
      clock: rest.clock ? () => rest.clock!.now() : undefined,
    }),
  });
}
