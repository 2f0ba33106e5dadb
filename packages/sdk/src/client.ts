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
export type { Clock, Logger, LogLevel, Tracer, TraceSpan } from "@cancel/core";
export { type AnyProviderAdapter, defineAdapter, type ProviderAdapter } from "./adapter.js";
export {
  CANCEL_MANY_DEFAULTS,
  type CancelManyEntry,
  type CancelManyOptions,
  type CancelManyProgress,
} from "./bulk.js";
export type {
  CancelClientConfig,
  CancelClientConfigFor,
  CancelClientConfigWith,
  CancelOptions,
  SharedClientOptions,
  SharedConfig,
  StatusOptions,
} from "./config.js";
export {
  CANCEL_ERROR_KINDS,
  type CancelAttempt,
  CancelError,
  type CancelErrorContext,
  type CancelErrorDetails,
  type CancelErrorKind,
  type Classification,
  classifyAnswer,
  type ErrorKindRule,
  isCancelError,
  nonHttpMapping,
  type StatusMappingRule,
  statusMapping,
  toCancelError,
  type VendorAnswer,
} from "./errors.js";
export {
  CANCEL_REASONS,
  type CancelReason,
  FOLLOW_DEFAULTS,
  type FollowCancelOptions,
  type FollowCancelOutcome,
  type FollowedRun,
  type FollowOptions,
  type FollowOutcome,
  followRun,
} from "./follow.js";
export { CancelResult } from "./result.js";
export {
  ACTIVE_STATES,
  type CancelPlan,
  type CancelWhereOptions,
  type CancelWhereResult,
  cancelWhere,
  type PlannedRun,
  planCancel,
  type RunSelector,
  SELECT_DEFAULTS,
  type SelectedTarget,
  type SelectOptions,
  type SelectorFilters,
  selectRuns,
} from "./select.js";
export {
  CONFIG_KEYS,
  type CancelOutcome,
  type CancelTarget,
  type ConfigKeys,
  type DatabricksTarget,
  type EmrServerlessTarget,
  type FabricWorkloadTarget,
  type HuaweiDliTarget,
  type HuaweiMrsTarget,
  LISTABLE,
  type ListableProvider,
  type ListScopeByProvider,
  PROVIDERS,
  type ProviderClients,
  type ProviderId,
  type ProviderOptions,
  RUN_STATES,
  type RunState,
  type RunStatus,
  TARGET_FIELD_TYPES,
  TARGET_FIELDS,
  TERMINAL_STATES,
  type TargetByProvider,
  type TargetOf,
} from "./types.js";
export { type CancelClient, createCancelClient, type WaitedCancelResult } from "./umbrella.js";
export { pollDelay, WAIT_DEFAULTS, type WaitOptions, type WaitProgress } from "./wait.js";
