/** The umbrella's configuration: one key per provider, plus what every provider client shares. */
import type { CallOptions, ClientOptions, Clock, LogOptions, Tracer } from "@cancel/core";
import type { AnyProviderAdapter } from "./adapter.js";
import type { ConfigKeys, ProviderId, ProviderOptions } from "./types.js";
import type { WaitOptions } from "./wait.js";

/** Transport options shared by every provider client (each provider's own options win). */
export type SharedClientOptions = Pick<
  ClientOptions,
  | "fetch"
  | "headers"
  | "timeoutMs"
  | "deadlineMs"
  | "retry"
  | "maxResponseBytes"
  | "allowInsecureLoopback"
  | "onAttempt"
>;

/** What every client takes, whatever its providers. */
export interface SharedConfig extends LogOptions {
  /** Transport options for every provider client (fetch, retry, timeouts, onAttempt). */
  defaults?: SharedClientOptions | undefined;
  /**
   * Time source and sleep for the waiter, cancelMany's throttle pauses and (unless a provider's
   * options set their own) every provider client's backoff. Tests inject a fake one.
   */
  clock?: Clock | undefined;
  /** Random source in [0, 1) for jitter, shared the same way. */
  random?: (() => number) | undefined;
  /**
   * An OpenTelemetry tracer, e.g. `trace.getTracer("@cancel/sdk")` from `@opentelemetry/api`: one
   * span per cancel, status read, wait and cancelMany. Default: none (nothing is traced, and
   * nothing of OpenTelemetry is loaded).
   */
  tracer?: Tracer | undefined;
}

/**
 * One configuration for every provider a caller uses. Each key takes that provider package's own
 * `createClient` options; `{}` means "from the environment" as the provider package reads it. A
 * provider without a key cannot be used (a clear `invalid-request` CancelError says what to add).
 */
export type CancelClientConfig = SharedConfig & {
  [P in ProviderId as ConfigKeys[P]]?: ProviderOptions[P] | undefined;
};

/** The configuration of a client of the providers `P`: their keys only, and the shared ones. */
export type CancelClientConfigFor<P extends ProviderId> = Pick<
  CancelClientConfig,
  ConfigKeys[P] | keyof SharedConfig
>;

/**
 * The configuration of `createCancelClient` from `@cancel/sdk/client`: the adapters to use
 * (`providers`) and their keys.
 */
export type CancelClientConfigWith<A extends readonly AnyProviderAdapter[]> = CancelClientConfigFor<
  A[number]["provider"]
> & {
  /** The provider adapters this client may use, e.g. `[emrServerless]` from `@cancel/sdk/emr-serverless`. */
  providers: A;
};

export interface CancelOptions extends Omit<CallOptions, "signal"> {
  /** Ends the cancel (and the wait) at once. */
  signal?: AbortSignal | undefined;
  /**
   * Wait until the run is terminal after the cancel was accepted; `true` for the defaults
   * (20 min timeout). The result's `final` then holds the final state.
   */
  wait?: boolean | WaitOptions | undefined;
  /**
   * Where the vendor accepts a cancel of a run that has already ended as it accepts any other
   * (Databricks: 200, a no-op), read the run once after the cancel, so that a run that had ended
   * is `already-terminal` rather than `cancel-requested`. One more call, for those vendors only.
   * Default false (`cancelWhere` turns it on).
   */
  verify?: boolean | undefined;
}

export type StatusOptions = Omit<CallOptions, "signal"> & { signal?: AbortSignal | undefined };
