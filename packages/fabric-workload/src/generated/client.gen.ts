// generated from specs/fabric-workload.yaml by tools/generator, regenerate with `pnpm generate`
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
export const provider = "fabric-workload";

/**
 * Microsoft Fabric Workload Development Kit - Workload API (Jobs) (API version v1).
 */
export const descriptor: ProviderDescriptor = {
  provider,
  errors: {
    code: [
      { from: "body", pointer: "/errorCode" },
      { from: "body", pointer: "/ErrorCode" },
    ],
    message: [
      { from: "body", pointer: "/message" },
      { from: "body", pointer: "/Message" },
    ],
    requestId: [
      { from: "header", name: "RequestId" },
      { from: "header", name: "x-ms-client-request-id" },
    ],
  },
};

/** The servers the spec declares; the first is the default. */
export const servers: readonly ServerDefinition[] = [
  /**
   * The workload backend. Each workload defines its own base URL in its workload manifest
   * (or resolves it through the workload's endpoint-resolution API). Microsoft's docs use
   * `https://workload.contoso.com/workload-api-path-placeholder` as a placeholder for it.
   */
  {
    url: "{workloadBaseUrl}",
    variables: {
      workloadBaseUrl: { default: "https://workload.contoso.com/workload-api-path-placeholder" },
    },
  },
];

/** Values for the server URL variables (`workloadBaseUrl`). */
export type ServerVariables = { workloadBaseUrl?: string };

/** Builds a base URL from the spec's servers, checking each variable against the spec. */
export function serverUrl(variables: ServerVariables = {}, serverIndex = 0): string {
  return resolveServerUrl(
    servers,
    variables as Record<string, string | undefined>,
    serverIndex,
    provider,
  );
}

/** A client for Microsoft Fabric Workload Development Kit - Workload API (Jobs), typed from the spec. */
export type FabricWorkloadClient = ProviderClient<paths>;

/** Creates a client without vendor auth (the package's `createClient` adds it). */
export function createFabricWorkloadBaseClient(options: ClientOptions): FabricWorkloadClient {
  return createProviderClient<paths>(descriptor, options);
}
