// The provider packages, namespaced so that nothing collides.
export * as core from "@cancel/core";
export * as databricks from "@cancel/databricks";
export * as emrServerless from "@cancel/emr-serverless";
export * as fabricWorkload from "@cancel/fabric-workload";
export * as huaweiDli from "@cancel/huawei-dli";
export * as huaweiMrs from "@cancel/huawei-mrs";

export type { Clock } from "@cancel/core";
export {
  CANCEL_MANY_DEFAULTS,
  type CancelManyEntry,
  type CancelManyOptions,
  type CancelManyProgress,
} from "./bulk.js";
export {
  type CancelClient,
  type CancelClientConfig,
  type CancelOptions,
  CONFIG_KEYS,
  createCancelClient,
  type SharedClientOptions,
  type StatusOptions,
  type WaitedCancelResult,
} from "./client.js";
export {
  CANCEL_ERROR_KINDS,
  CancelError,
  type CancelErrorDetails,
  type CancelErrorKind,
  type Classification,
  classifyVendorError,
  type ErrorMappingRule,
  errorMappings,
  isCancelError,
  nonHttpMapping,
  type StatusMappingRule,
  statusMapping,
  toCancelError,
  type VendorAnswer,
} from "./errors.js";
export type { ProviderClients, ProviderOptions } from "./providers.js";
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
export { pollDelay, WAIT_DEFAULTS, type WaitOptions, type WaitProgress } from "./wait.js";
