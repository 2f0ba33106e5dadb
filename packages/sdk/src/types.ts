/**
 * The umbrella's words: targets (one per vendor, generated from each spec's cancel operations),
 * run states and statuses.
 */
import type { RunState } from "@cancel/core";
import type { ProviderId, TargetByProvider } from "./generated/providers.gen.js";

export { type CancelOutcome, RUN_STATES, type RunState } from "@cancel/core";
export {
  CONFIG_KEYS,
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
  TARGET_FIELD_TYPES,
  TARGET_FIELDS,
  type TargetByProvider,
} from "./generated/providers.gen.js";

/** The terminal run states: `cancelled`, `succeeded`, `failed`, `timed-out`, `skipped`, `ended`. */
export { TERMINAL_RUN_STATES as TERMINAL_STATES } from "@cancel/core";

type AnyTargetKey = {
  [P in ProviderId]: keyof TargetByProvider[P];
}[ProviderId];

/** A target that may not carry another vendor's identifiers (`?: never`), even through a variable. */
type Exclusive<T> = T & { [K in Exclude<AnyTargetKey, keyof T>]?: never };

/** The target of one provider. */
export type TargetOf<P extends ProviderId> = Exclusive<TargetByProvider[P]>;

type AnyTarget = { [P in ProviderId]: TargetOf<P> }[ProviderId];

/**
 * What to cancel: one run on one vendor, named by the vendor's own identifiers and discriminated by
 * `provider`. A target that mixes two vendors' fields does not compile. `CancelTarget<P>` is the
 * target of the providers `P` only (a client made with some providers takes only their targets).
 */
export type CancelTarget<P extends ProviderId = ProviderId> = Extract<AnyTarget, { provider: P }>;

/** One status read of a run, normalized. */
export interface RunStatus<T extends CancelTarget = CancelTarget> {
  provider: T["provider"];
  target: T;
  state: RunState;
  terminal: boolean;
  /**
   * The vendor's own state: Databricks `status.state` (else `state.life_cycle_state`), EMR
   * `state`, MRS `job_state`, DLI `status`, Fabric `status`.
   */
  vendorState: string | undefined;
  /**
   * The vendor's result where it has a separate one: Databricks `termination_details.code` (else
   * `result_state`), MRS `job_result`.
   */
  vendorResult: string | undefined;
  /** The vendor's request id of the read. */
  requestId: string | undefined;
  /** The read's body, as the vendor sent it. */
  raw: unknown;
}
