// generated from specs/databricks.yaml by tools/generator, regenerate with `pnpm generate`
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
export const provider = "databricks";

/**
 * Databricks Jobs API — cancel a run (API version 2.2).
 */
export const descriptor: ProviderDescriptor = {
  provider,
  errors: {
    code: [{ from: "body", pointer: "/error_code" }],
    message: [
      { from: "body", pointer: "/message" },
      { from: "body", pointer: "/error" },
    ],
    requestId: [
      { from: "header", name: "x-request-id" },
      { from: "body", pointer: "/details/*/request_id" },
    ],
  },
  retryCodes: {
    throttling: [{ codes: ["REQUEST_LIMIT_EXCEEDED", "RESOURCE_EXHAUSTED", "TOO_MANY_REQUESTS"] }],
    transient: [
      { codes: ["TEMPORARILY_UNAVAILABLE"] },
      { message: "UnknownWorkerEnvironmentException" },
      { message: "does not have any associated worker environments" },
      { message: "There is no worker environment with id" },
      { message: "Unknown worker environment" },
      { message: "ClusterNotReadyException" },
      { message: "Please try again later or try a faster operation\\." },
      { message: "RPC token bucket limit has been exceeded" },
    ],
  },
};

/** The servers the spec declares; the first is the default. */
export const servers: readonly ServerDefinition[] = [
  /**
   * Databricks workspace REST API.
   */
  {
    url: "https://{host}/api/{apiVersion}",
    variables: {
      apiVersion: { default: "2.2", enum: ["2.2", "2.1"] },
      host: { default: "dbc-a1b2345c-d6e7.cloud.databricks.com" },
    },
  },
];

/** Values for the server URL variables (`apiVersion`, `host`). */
export type ServerVariables = { apiVersion?: "2.2" | "2.1"; host?: string };

/** Builds a base URL from the spec's servers, checking each variable against the spec. */
export function serverUrl(variables: ServerVariables = {}, serverIndex = 0): string {
  return resolveServerUrl(
    servers,
    variables as Record<string, string | undefined>,
    serverIndex,
    provider,
  );
}

/** A client for Databricks Jobs API — cancel a run, typed from the spec. */
export type DatabricksClient = ProviderClient<paths>;

/** Creates a client without vendor auth (the package's `createClient` adds it). */
export function createDatabricksBaseClient(options: ClientOptions): DatabricksClient {
  return createProviderClient<paths>(descriptor, options);
}
