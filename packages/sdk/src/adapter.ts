/**
 * A provider adapter: the spec's profile of a vendor (generated into its package) plus what no spec
 * can say, how to create the vendor's client with its auth. `@cancel/sdk/<provider>` exports one
 * per vendor; the umbrella runs every cancel and status read through the profile.
 */
import {
  type CallOptions,
  cancelConfirmed,
  type ConfirmOptions,
  type ProviderClient,
  type ProviderProfile,
  type ResponseMetadata,
  type RunStateReading,
  readStatus,
  type TargetVariant,
  variantFor,
} from "@cancel/core";
import type {
  CancelOutcome,
  CancelTarget,
  ProviderClients,
  ProviderId,
  ProviderOptions,
  RunStatus,
  TargetByProvider,
} from "./types.js";

export interface ProviderAdapter<P extends ProviderId = ProviderId> {
  readonly provider: P;
  /** What to add to the configuration, for the "not configured" error. */
  readonly setupHint: string;
  /** Everything the spec says: target fields, cancel operations, status reads, error table. */
  readonly profile: ProviderProfile<TargetByProvider[P]>;
  create(options: ProviderOptions[P]): ProviderClients[P];
}

/** Any one provider's adapter. */
export type AnyProviderAdapter = { [P in ProviderId]: ProviderAdapter<P> }[ProviderId];

/**
 * Makes a provider's adapter from its generated `profile` and its auth: `create` (the provider
 * package's `createClient`) and the setup hint shown when the provider is used unconfigured.
 */
export function defineAdapter<P extends ProviderId>(
  profile: ProviderProfile<TargetByProvider[P]>,
  auth: Pick<ProviderAdapter<P>, "create" | "setupHint">,
): ProviderAdapter<P> {
  return Object.freeze({ provider: profile.provider as P, profile, ...auth });
}

/** What one provider's cancel answered, before it becomes a CancelResult. */
export interface CancelAnswer {
  operation: string;
  outcome: CancelOutcome;
  /** The vendor's own state word in the cancel's answer, where it carries one. */
  vendorStatus: string | undefined;
  httpStatus: number;
  requestId: string | undefined;
  raw: unknown;
  /** The run's state: carried by the answer, or read to confirm a refusal. */
  runStatus: RunStatus | undefined;
  /** The run's final state, when the answer or a confirming read shows it has ended. */
  final: RunStatus | undefined;
}

/** A target the umbrella has checked once: its adapter and the cancel operation it selects. */
export interface ResolvedTarget<T extends CancelTarget = CancelTarget> {
  readonly target: T;
  readonly adapter: ProviderAdapter;
  readonly variant: TargetVariant<CancelTarget>;
}

export const cancelOperationOf = (resolved: ResolvedTarget): string =>
  resolved.variant.rule.operation.operationId;

/** The status read of a resolved target, or undefined where the vendor has none. */
export const statusOperationOf = (resolved: ResolvedTarget): string | undefined =>
  resolved.variant.rule.status?.operation.operationId;

/** The variant a target selects (undefined when it lacks the fields of every cancel). */
export function selectVariant(adapter: ProviderAdapter, target: CancelTarget) {
  return variantFor(adapter.profile as ProviderProfile<CancelTarget>, target);
}

function runStatus<T extends CancelTarget>(
  target: T,
  reading: RunStateReading,
  metadata: Pick<ResponseMetadata, "requestId">,
  raw: unknown,
): RunStatus<T> {
  return {
    provider: target.provider,
    target,
    state: reading.state,
    terminal: reading.terminal,
    vendorState: reading.vendorState,
    vendorResult: reading.vendorResult,
    requestId: metadata.requestId,
    raw,
  };
}

/** Cancels a resolved target; an ambiguous refusal is settled by one status read (core). */
export async function cancelTarget(
  resolved: ResolvedTarget,
  client: unknown,
  options: CallOptions & {
    verify?: boolean | undefined;
    aroundRead?: ConfirmOptions["aroundRead"];
  },
): Promise<CancelAnswer> {
  const { target, variant } = resolved;
  const input = variant.input(target);
  const { verify, aroundRead, ...call } = options;
  const confirmed = await cancelConfirmed(client as ProviderClient<{}>, variant.rule, input, call, {
    readAfterAccept: verify === true,
    aroundRead,
  });
  const operation = cancelOperationOf(resolved);
  if (confirmed.refusal !== undefined) {
    const final = runStatus(
      target,
      confirmed.state!,
      confirmed.confirmation!.metadata,
      confirmed.confirmation!.data,
    );
    return {
      operation,
      outcome: confirmed.outcome,
      vendorStatus: undefined,
      httpStatus: confirmed.refusal.status,
      requestId: confirmed.refusal.requestId,
      raw: confirmed.refusal.body,
      runStatus: final,
      final,
    };
  }
  // The run's state: from the cancel's answer, or from the read after it (`verify`).
  const read = confirmed.confirmation;
  const state =
    confirmed.state &&
    (read
      ? runStatus(target, confirmed.state, read.metadata, read.data)
      : runStatus(target, confirmed.state, confirmed.metadata, confirmed.data));
  return {
    operation,
    outcome: confirmed.outcome,
    vendorStatus: confirmed.state?.vendorState,
    httpStatus: confirmed.metadata.status,
    requestId: confirmed.metadata.requestId,
    raw: confirmed.data,
    runStatus: state,
    final: state?.terminal ? state : undefined,
  };
}

/** Reads a resolved target's status once (the caller made sure the variant has a read). */
export async function readTarget<T extends CancelTarget>(
  resolved: ResolvedTarget<T>,
  client: unknown,
  options: CallOptions,
): Promise<RunStatus<T>> {
  const { target, variant } = resolved;
  const status = variant.rule.status!;
  const { data, metadata, state } = await readStatus(
    client as ProviderClient<{}>,
    status.operation,
    status.state,
    status.input(variant.input(target)),
    options,
  );
  return runStatus(target, state, metadata, data);
}
