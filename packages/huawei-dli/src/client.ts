import type { ClientOptions } from "@cancel/core";
import {
  createHuaweiDliBaseClient,
  type HuaweiDliClient,
  type ServerVariables,
  serverUrl,
} from "./generated/client.gen.js";

export interface HuaweiDliClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with `server`. */
  baseUrl?: string;
  /** Values for the spec's server variables. */
  server?: ServerVariables;
}

/**
 * Creates a Huawei Cloud Data Lake Insight (DLI) — SQL job cancellation API client. Vendor auth goes into `authenticate`: see
 * docs/adding-a-provider.md for the auth adapter this package still needs.
 */
export function createClient(options: HuaweiDliClientOptions = {}): HuaweiDliClient {
  const { baseUrl, server, ...rest } = options;
  return createHuaweiDliBaseClient({ ...rest, baseUrl: baseUrl ?? serverUrl(server) });
}
