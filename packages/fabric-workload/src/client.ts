import type { ClientOptions } from "@cancel/core";
import {
  createFabricWorkloadBaseClient,
  type FabricWorkloadClient,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";

export interface FabricWorkloadClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with `server`. */
  baseUrl?: string;
  /** Values for the spec's server variables. */
  server?: ServerVariables;
}

/**
 * Creates a Microsoft Fabric Workload Development Kit - Workload API (Jobs) client. Vendor auth goes into `authenticate`: see
 * docs/adding-a-provider.md for the auth adapter this package still needs.
 */
export function createClient(options: FabricWorkloadClientOptions = {}): FabricWorkloadClient {
  const { baseUrl, server, ...rest } = options;
  return createFabricWorkloadBaseClient({ ...rest, baseUrl: baseUrl ?? serverUrl(server) });
}
