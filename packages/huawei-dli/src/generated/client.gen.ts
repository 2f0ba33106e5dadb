// generated from specs/huawei-dli.yaml by tools/generator, regenerate with `pnpm generate`
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
export const provider = "huawei-dli";

/**
 * Huawei Cloud Data Lake Insight (DLI) — SQL job cancellation API (API version v1.0).
 */
export const descriptor: ProviderDescriptor = {
  provider,
  errors: {
    code: [
      { from: "body", pointer: "/error_code" },
      { from: "body", pointer: "/error/code" },
    ],
    message: [
      { from: "body", pointer: "/error_msg" },
      { from: "body", pointer: "/message" },
      { from: "body", pointer: "/error/message" },
    ],
    requestId: [{ from: "header", name: "X-Request-Id" }],
  },
  retryCodes: { throttling: [{ codes: ["APIGW.0308"] }] },
};

/** The servers the spec declares; the first is the default. */
export const servers: readonly ServerDefinition[] = [
  /**
   * Regional DLI endpoint (Go SDK `services/dli/v1/region/region.go`, Node SDK `DliRegion.ts`).
   * All regions use `myhuaweicloud.com` except `eu-west-101`, which uses `myhuaweicloud.eu`.
   */
  {
    url: "https://dli.{region}.{domainSuffix}",
    variables: {
      domainSuffix: {
        default: "myhuaweicloud.com",
        enum: ["myhuaweicloud.com", "myhuaweicloud.eu"],
      },
      region: { default: "cn-north-4" },
    },
  },
];

/** Values for the server URL variables (`domainSuffix`, `region`). */
export type ServerVariables = {
  domainSuffix?: "myhuaweicloud.com" | "myhuaweicloud.eu";
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

/** A client for Huawei Cloud Data Lake Insight (DLI) — SQL job cancellation API, typed from the spec. */
export type HuaweiDliClient = ProviderClient<paths>;

/** Creates a client without vendor auth (the package's `createClient` adds it). */
export function createHuaweiDliBaseClient(options: ClientOptions): HuaweiDliClient {
  return createProviderClient<paths>(descriptor, options);
}
