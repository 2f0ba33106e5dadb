/**
 * What every provider adapter shares: its shape and the small helpers that turn a vendor's answer
 * into a normalized result or state. Vendor code lives in the adapters (`./databricks.js`, …),
 * which are used only through the provider packages' public entry points.
 */
import { isAlreadyTerminal, type CallOptions, type ResponseMetadata } from "@cancel/core";
import type { DatabricksClient, DatabricksClientOptions } from "@cancel/databricks";
import type { EmrServerlessClient, EmrServerlessClientOptions } from "@cancel/emr-serverless";
import type { FabricWorkloadClient, FabricWorkloadClientOptions } from "@cancel/fabric-workload";
import type { HuaweiDliClient, HuaweiDliClientOptions } from "@cancel/huawei-dli";
import type { HuaweiMrsClient, HuaweiMrsClientOptions } from "@cancel/huawei-mrs";
import type { ErrorMappingRule } from "./errors.js";
import {
  type CancelOutcome,
  type CancelTarget,
  type ProviderId,
  type RunState,
  type RunStatus,
  TERMINAL_STATES,
  type TargetOf,
} from "./types.js";

/** What one provider's cancel call answered, before it becomes a CancelResult. */
export interface CancelAnswer {
  operation: string;
  outcome: CancelOutcome;
  vendorStatus: string | undefined;
  httpStatus: number;
  requestId: string | undefined;
  raw: unknown;
  /** The run's state when the cancel's answer carries it (Fabric). */
  state: RunStatus | undefined;
}

export interface ProviderOptions {
  databricks: DatabricksClientOptions;
  "emr-serverless": EmrServerlessClientOptions;
  "huawei-mrs": HuaweiMrsClientOptions;
  "huawei-dli": HuaweiDliClientOptions;
  "fabric-workload": FabricWorkloadClientOptions;
}

export interface ProviderClients {
  databricks: DatabricksClient;
  "emr-serverless": EmrServerlessClient;
  "huawei-mrs": HuaweiMrsClient;
  "huawei-dli": HuaweiDliClient;
  "fabric-workload": FabricWorkloadClient;
}

/**
 * Each provider's configuration key, which is also the name its adapter is exported under
 * (`import { emrServerless } from "@cancel/sdk/emr-serverless"`).
 */
export interface ConfigKeys {
  databricks: "databricks";
  "emr-serverless": "emrServerless";
  "huawei-mrs": "huaweiMrs";
  "huawei-dli": "huaweiDli";
  "fabric-workload": "fabricWorkload";
}

/** `emr-serverless` → `emrServerless`: the configuration key (and adapter name) of a provider. */
export const configKey = <P extends ProviderId>(provider: P): ConfigKeys[P] =>
  provider.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as ConfigKeys[P];

/**
 * One provider's part of the umbrella client: how to create its client, cancel a target, read a
 * target's status, and map the vendor's error answers. Each provider package has one, exported
 * from `@cancel/sdk/<provider>`; `createCancelClient` from `@cancel/sdk/client` takes the ones an
 * application uses, and `@cancel/sdk` composes all five.
 */
export interface ProviderAdapter<P extends ProviderId = ProviderId> {
  readonly provider: P;
  /** What to add to the configuration, for the "not configured" error. */
  readonly setupHint: string;
  /**
   * The vendor's error answers, first match wins; an answer no row matches falls back to the
   * shared `statusMapping`. The `already-terminal` rows of cancel calls are resolved by core as
   * results, and are here so that the table is complete.
   */
  readonly errors: readonly ErrorMappingRule[];
  create(options: ProviderOptions[P]): ProviderClients[P];
  cancelOperation(target: TargetOf<P>): string;
  /** The status operation's id, or undefined when the target has none (MRS v1.1). */
  statusOperation(target: TargetOf<P>): string | undefined;
  cancel(
    client: ProviderClients[P],
    target: TargetOf<P>,
    options: CallOptions,
  ): Promise<CancelAnswer>;
  status(client: ProviderClients[P], target: TargetOf<P>, options: CallOptions): Promise<RunStatus>;
}

/** Any one provider's adapter. */
export type AnyProviderAdapter = { [P in ProviderId]: ProviderAdapter<P> }[ProviderId];

type Json = Record<string, unknown>;
export const obj = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
export const str = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

export function runStatus<T extends CancelTarget>(
  target: T,
  state: RunState,
  vendorState: string | undefined,
  vendorResult: string | undefined,
  metadata: Pick<ResponseMetadata, "requestId">,
  raw: unknown,
): RunStatus<T> {
  return {
    provider: target.provider,
    target,
    state,
    terminal: TERMINAL_STATES.has(state),
    vendorState,
    vendorResult,
    requestId: metadata.requestId,
    raw,
  };
}

export function lookup(
  table: Readonly<Record<string, RunState>>,
  key: string | undefined,
): RunState {
  return key !== undefined && Object.hasOwn(table, key) ? table[key]! : "unknown";
}

/**
 * A cancel's normalized answer: `already-terminal` when core resolved the vendor's "already
 * finished" answer (`AlreadyTerminal`), else `cancel-requested` unless `extra` says more.
 */
export function cancelAnswer(
  operation: string,
  data: unknown,
  metadata: ResponseMetadata,
  extra: Partial<CancelAnswer> = {},
): CancelAnswer {
  const finished = isAlreadyTerminal(data);
  return {
    operation,
    outcome: finished ? "already-terminal" : "cancel-requested",
    vendorStatus: undefined,
    httpStatus: metadata.status,
    requestId: metadata.requestId,
    raw: data,
    state: undefined,
    ...(finished ? {} : extra),
  };
}
