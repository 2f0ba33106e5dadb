import type { ClientOptions } from "@cancel/core";
import {
  type HuaweiAuthOptions,
  huaweiServerVariables,
  resolveHuaweiAuthenticate,
  resolveHuaweiBaseUrl,
} from "@cancel/huawei-auth";
import {
  createHuaweiDliBaseClient,
  type HuaweiDliClient,
  provider,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";

export interface HuaweiDliClientOptions extends Omit<ClientOptions, "baseUrl">, HuaweiAuthOptions {
  /**
   * Region id, e.g. `cn-north-4`, `ap-southeast-1`. Picks the endpoint
   * `https://dli.{region}.{domain suffix}` with the right suffix for the region (see
   * {@link dliEndpoint}). Default: the spec's `cn-north-4`.
   */
  region?: string | undefined;
  /** Full base URL (a proxy, a simulator); wins over `region` and `server`. */
  baseUrl?: string | undefined;
  /** Values for the spec's server variables (lower level than `region`). */
  server?: ServerVariables | undefined;
}

/**
 * Domain suffixes that are not `myhuaweicloud.com`, from the official SDK's region table
 * (huaweicloud-sdk-nodejs-v3 `services/dli/v1/DliRegion.ts`).
 */
const DLI_DOMAIN_SUFFIXES: Readonly<Record<string, NonNullable<ServerVariables["domainSuffix"]>>> =
  {
    "eu-west-101": "myhuaweicloud.eu",
  };

/** The server variables of a region: the region itself and its domain suffix. */
export function dliServerVariables(region: string): Required<ServerVariables> {
  return huaweiServerVariables(region, DLI_DOMAIN_SUFFIXES, "myhuaweicloud.com", provider);
}

/**
 * The DLI endpoint of a region: `https://dli.{region}.myhuaweicloud.com`, except
 * `.myhuaweicloud.eu` for eu-west-101.
 */
export function dliEndpoint(region: string): string {
  return serverUrl(dliServerVariables(region));
}

/**
 * Creates a Huawei Cloud Data Lake Insight (DLI) client.
 *
 * Auth, in order: an `authenticate` hook when given (then `credentials` and `projectId` must not
 * be); else `credentials` (`{ ak, sk, securityToken? }` for AK/SK signing, `{ token }` for an IAM
 * token); else `HUAWEICLOUD_SDK_AK` / `HUAWEICLOUD_SDK_SK` (and `HUAWEICLOUD_SDK_SECURITY_TOKEN`).
 * The project id for `X-Project-Id` is `projectId`, else `HUAWEICLOUD_SDK_PROJECT_ID`. A missing
 * or unusable configuration throws ConfigurationError here, before anything is sent.
 */
export function createClient(options: HuaweiDliClientOptions = {}): HuaweiDliClient {
  const { baseUrl, server, region, credentials, projectId, now, authenticate, ...rest } = options;
  return createHuaweiDliBaseClient({
    ...rest,
    baseUrl: resolveHuaweiBaseUrl(
      { baseUrl, region, server },
      dliServerVariables,
      serverUrl,
      provider,
    ),
    authenticate: resolveHuaweiAuthenticate(
      {
        credentials,
        projectId,
        // Signature dates follow the client's clock (a test clock too), as EMR's do.
        now: now ?? (rest.clock ? () => new Date(rest.clock!.now()) : undefined),
        authenticate,
      },
      provider,
    ),
  });
}
