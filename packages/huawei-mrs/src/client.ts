import type { ClientOptions } from "@cancel/core";
import {
  createHuaweiMrsBaseClient,
  type HuaweiMrsClient,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";

export interface HuaweiMrsClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with `server`. */
  baseUrl?: string;
  /** Values for the spec's server variables. */
  server?: ServerVariables;
}

/**
 * Creates a Huawei Cloud MapReduce Service (MRS) — job cancellation API client. Vendor auth goes into `authenticate`: see
 * docs/adding-a-provider.md for the auth adapter this package still needs.
 */
export function createClient(options: HuaweiMrsClientOptions = {}): HuaweiMrsClient {
  const { baseUrl, server, ...rest } = options;
  return createHuaweiMrsBaseClient({ ...rest, baseUrl: baseUrl ?? serverUrl(server) });
}
