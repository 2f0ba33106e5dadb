export * from "./generated/index.gen.js";
/** The generated operations as generated (every header field required), for reference and reuse. */
export * as generated from "./generated/index.gen.js";
// These shadow the generated `cancelItemJobInstance`, `cancelItemJobInstanceConfirmed` and
// `getItemJobInstanceState`: same behaviour on a plain client, and call defaults (tenant, activity
// and request ids) on a client with tenantId.
export {
  type CancelItemJobInstanceCallInput,
  cancelItemJobInstance,
  cancelItemJobInstanceConfirmed,
  createClient,
  type FabricCallDefaults,
  type FabricWorkloadAuthClient,
  type FabricWorkloadAuthOptions,
  type FabricWorkloadClientOptions,
  type GetItemJobInstanceStateCallInput,
  getItemJobInstanceState,
  type WithCallDefaults,
  withCallDefaults,
} from "./client.js";
export type { TokenProvider, TokenSource } from "./auth/index.js";
