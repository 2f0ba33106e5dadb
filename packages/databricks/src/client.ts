import type { ClientOptions } from "@cancel/core";
import {
  createDatabricksBaseClient,
  type DatabricksClient,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";

export interface DatabricksClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with `server`. */
  baseUrl?: string;
  /** Values for the spec's server variables. */
  server?: ServerVariables;
}

/**
 * Creates a Databricks Jobs API — cancel a run client. Vendor auth goes into `authenticate`: see
 * docs/adding-a-provider.md for the auth adapter this package still needs.
 */
export function createClient(options: DatabricksClientOptions = {}): DatabricksClient {
  const { baseUrl, server, ...rest } = options;
  return createDatabricksBaseClient({ ...rest, baseUrl: baseUrl ?? serverUrl(server) });
}
