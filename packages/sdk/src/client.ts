/**
 * `@cancel/sdk/client`: the umbrella client with only the providers an application uses.
 *
 * ```ts
 * import { createCancelClient } from "@cancel/sdk/client";
 * import { emrServerless } from "@cancel/sdk/emr-serverless";
 *
 * const sdk = createCancelClient({ providers: [emrServerless], emrServerless: { region: "eu-west-1" } });
 * ```
 *
 * Nothing here imports a provider package: a bundle holds the adapters given, and no other
 * vendor's code. Results and errors are the same as `@cancel/sdk`'s.
 */
export type { Clock } from "@cancel/core";
export type {
  AnyProviderAdapter,
  ConfigKeys,
  ProviderAdapter,
  ProviderClients,
  ProviderOptions,
} from "./adapter.js";
export {
  CANCEL_MANY_DEFAULTS,
  type CancelManyEntry,
  type CancelManyOptions,
  type CancelManyProgress,
} from "./bulk.js";
export {
  CANCEL_ERROR_KINDS,
  CancelError,
  type CancelErrorDetails,
  type CancelErrorKind,
  type Classification,
  classifyAnswer,
  type ErrorContext,
  type ErrorMappingRule,
  isCancelError,
  nonHttpMapping,
  type StatusMappingRule,
  statusMapping,
  toCancelError,
  type VendorAnswer,
} from "./errors.js";
export { CancelResult } from "./result.js";
export {
  type CancelOutcome,
  type CancelTarget,
  type DatabricksTarget,
  type EmrServerlessTarget,
  type FabricWorkloadTarget,
  type HuaweiDliTarget,
  type HuaweiMrsTarget,
  PROVIDERS,
  type ProviderId,
  type RunState,
  type RunStatus,
  TERMINAL_STATES,
  type TargetOf,
} from "./types.js";
export {
  type CancelClient,
  type CancelClientConfig,
  type CancelClientConfigFor,
  type CancelClientConfigWith,
  type CancelOptions,
  createCancelClient,
  type SharedClientOptions,
  type SharedConfig,
  type StatusOptions,
  type WaitedCancelResult,
} from "./umbrella.js";
export { pollDelay, WAIT_DEFAULTS, type WaitOptions, type WaitProgress } from "./wait.js";
