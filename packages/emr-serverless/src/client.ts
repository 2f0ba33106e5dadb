import type { ClientOptions } from "@cancel/core";
import {
  createEmrServerlessBaseClient,
  type EmrServerlessClient,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";

export interface EmrServerlessClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with `server`. */
  baseUrl?: string;
  /** Values for the spec's server variables. */
  server?: ServerVariables;
}

/**
 * Creates a Amazon EMR Serverless API — cancel a job run client. Vendor auth goes into `authenticate`: see
 * docs/adding-a-provider.md for the auth adapter this package still needs.
 */
export function createClient(options: EmrServerlessClientOptions = {}): EmrServerlessClient {
  const { baseUrl, server, ...rest } = options;
  return createEmrServerlessBaseClient({ ...rest, baseUrl: baseUrl ?? serverUrl(server) });
}
