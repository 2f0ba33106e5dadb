// generated from specs/huawei-mrs.yaml by tools/generator, regenerate with `pnpm generate`
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
export const provider = "huawei-mrs";

/**
 * Huawei Cloud MapReduce Service (MRS) — job cancellation API (API version v2).
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
  retryCodes: {
    throttling: [{ codes: ["APIGW.0308"] }],
    final: [{ codes: ["0160", "0162", "0175"] }, { codes: ["0166"] }, { codes: ["0176"] }],
  },
};

/** The servers the spec declares; the first is the default. */
export const servers: readonly ServerDefinition[] = [
  /**
   * Regional MRS endpoint (pattern from huaweicloud-sdk-nodejs-v3 `services/mrs/v2/MrsRegion.ts`).
   * Most regions use `myhuaweicloud.com`; exceptions: `ap-southeast-1`, `ap-southeast-4` and
   * `ru-northwest-2` use `myhuaweicloud.cn`; `eu-west-101` uses `myhuaweicloud.eu`.
   */
  {
    url: "https://mrs.{region}.{domainSuffix}",
    variables: {
      domainSuffix: {
        default: "myhuaweicloud.com",
        enum: ["myhuaweicloud.com", "myhuaweicloud.cn", "myhuaweicloud.eu"],
      },
      region: { default: "cn-north-4" },
    },
  },
];

/** Values for the server URL variables (`domainSuffix`, `region`). */
export type ServerVariables = {
  domainSuffix?: "myhuaweicloud.com" | "myhuaweicloud.cn" | "myhuaweicloud.eu";
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

/** A client for Huawei Cloud MapReduce Service (MRS) — job cancellation API, typed from the spec. */
export type HuaweiMrsClient = ProviderClient<paths>;

/** Creates a client without vendor auth (the package's `createClient` adds it). */
export function createHuaweiMrsBaseClient(options: ClientOptions): HuaweiMrsClient {
  return createProviderClient<paths>(descriptor, options);
}
