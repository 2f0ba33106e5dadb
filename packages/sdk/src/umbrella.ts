/**
 * The umbrella client over any set of provider adapters. `@cancel/sdk/client` gives it the adapters
 * an application imports; `@cancel/sdk` gives it all five.
 */
import { type CallOptions, type ClientOptions, type Clock, systemClock } from "@cancel/core";
import type {
  AnyProviderAdapter,
  CancelAnswer,
  ConfigKeys,
  ProviderAdapter,
  ProviderClients,
  ProviderOptions,
} from "./adapter.js";
import { configKey } from "./adapter.js";
import { type CancelManyEntry, type CancelManyOptions, cancelMany } from "./bulk.js";
import { CancelError, toCancelError } from "./errors.js";
import { CancelResult } from "./result.js";
import {
  type CancelTarget,
  PROVIDERS,
  type ProviderId,
  type RunStatus,
  TARGET_FIELDS,
} from "./types.js";
import { type WaitOptions, waitUntilTerminal } from "./wait.js";

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
export interface SharedConfig {
  /** Transport options for every provider client (fetch, retry, timeouts, onAttempt). */
  defaults?: SharedClientOptions | undefined;
  /**
   * Time source and sleep for the waiter, cancelMany's throttle pauses and (unless a provider's
   * options set their own) every provider client's backoff. Tests inject a fake one.
   */
  clock?: Clock | undefined;
  /** Random source in [0, 1) for jitter, shared the same way. */
  random?: (() => number) | undefined;
}

/**
 * One configuration for every provider a caller uses. Each key takes that provider package's own
 * `createClient` options; `{}` means "from the environment" as the provider package reads it.
 * A provider without a key cannot be used (a clear `invalid-request` CancelError says what to add).
 */
export interface CancelClientConfig extends SharedConfig {
  /** `@cancel/databricks` options; env `DATABRICKS_HOST` + `DATABRICKS_TOKEN` or OAuth M2M. */
  databricks?: ProviderOptions["databricks"] | undefined;
  /** `@cancel/emr-serverless` options; env `AWS_REGION` + `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`. */
  emrServerless?: ProviderOptions["emr-serverless"] | undefined;
  /** `@cancel/huawei-mrs` options; env `HUAWEICLOUD_SDK_AK`/`_SK`/`_PROJECT_ID`. */
  huaweiMrs?: ProviderOptions["huawei-mrs"] | undefined;
  /** `@cancel/huawei-dli` options; env `HUAWEICLOUD_SDK_AK`/`_SK`/`_PROJECT_ID`. */
  huaweiDli?: ProviderOptions["huawei-dli"] | undefined;
  /** `@cancel/fabric-workload` options (`appToken`, `tenantId`, `baseUrl`). */
  fabricWorkload?: ProviderOptions["fabric-workload"] | undefined;
}

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
}

export type StatusOptions = Omit<CallOptions, "signal"> & { signal?: AbortSignal | undefined };

/** A cancel result whose run was waited for. */
export type WaitedCancelResult<T extends CancelTarget = CancelTarget> = CancelResult<T> & {
  readonly final: RunStatus<T>;
};

/**
 * The umbrella client (of the providers `P`: all five unless it was made with fewer).
 * `cancel`, `cancelMany`, `status` and `waitUntilTerminal` are its methods; provider clients are
 * created on first use.
 */
export interface CancelClient<P extends ProviderId = ProviderId> {
  /**
   * Cancels one run.
   *
   * @throws {CancelError} with a `kind` from a closed set; never another error.
   */
  cancel<T extends CancelTarget<P>>(
    target: T,
    options: CancelOptions & { wait: true | WaitOptions },
  ): Promise<WaitedCancelResult<T>>;
  cancel<T extends CancelTarget<P>>(target: T, options?: CancelOptions): Promise<CancelResult<T>>;
  /** Cancels many runs; one entry per target, in input order; never throws for a target. */
  cancelMany(
    targets: Iterable<CancelTarget<P>>,
    options?: CancelManyOptions,
  ): Promise<CancelManyEntry[]>;
  /** Reads a run's status once, normalized. */
  status<T extends CancelTarget<P>>(target: T, options?: StatusOptions): Promise<RunStatus<T>>;
  /** Polls a run's status until it is terminal (without cancelling it). */
  waitUntilTerminal<T extends CancelTarget<P>>(
    target: T,
    options?: WaitOptions,
    first?: RunStatus,
  ): Promise<RunStatus<T>>;
  /** The provider's own client (created on first use), for the provider package's functions. */
  providerClient<Q extends P>(provider: Q): ProviderClients[Q];
  /** The providers this client was made with (their adapters), in `PROVIDERS` order. */
  readonly providers: readonly P[];
  /** The providers with a configuration key. */
  readonly configured: readonly P[];
}

const fieldName = (field: string) => field.replace("?", "");

/**
 * Creates an umbrella client of the given provider adapters, from one configuration object:
 *
 * ```ts
 * import { createCancelClient } from "@cancel/sdk/client";
 * import { emrServerless } from "@cancel/sdk/emr-serverless";
 *
 * const sdk = createCancelClient({ providers: [emrServerless], emrServerless: { region: "eu-west-1" } });
 * ```
 *
 * Only the adapters given are bundled. A target of another provider does not compile, and is an
 * `invalid-request` CancelError naming the adapter to add (nothing is sent). Nothing is created or
 * read from the environment until a provider is first used.
 */
export function createCancelClient<const A extends readonly AnyProviderAdapter[]>(
  config: CancelClientConfigWith<A>,
): CancelClient<A[number]["provider"]> {
  type P = A[number]["provider"];
  const given: unknown = (config as { providers?: unknown } | undefined)?.providers;
  if (
    !Array.isArray(given) ||
    !given.every((a) => (PROVIDERS as readonly unknown[]).includes(a?.provider))
  ) {
    throw new CancelError(
      'createCancelClient from "@cancel/sdk/client" needs providers: an array of provider adapters, e.g. providers: [emrServerless] with import { emrServerless } from "@cancel/sdk/emr-serverless"',
      { kind: "invalid-request" },
    );
  }
  const adapters = new Map<ProviderId, ProviderAdapter<ProviderId>>(
    (given as ProviderAdapter<ProviderId>[]).map((a) => [a.provider, a]),
  );
  const registered = PROVIDERS.filter((p) => adapters.has(p)) as P[];
  const cfg = config as CancelClientConfig;
  const clock = cfg.clock ?? systemClock;
  const random = cfg.random ?? Math.random;
  const clients = new Map<ProviderId, unknown>();
  const failures = new Map<ProviderId, CancelError>();
  // Every provider's target fields (not only the registered ones'), to refuse mixed targets.
  const targetKeys = new Set(PROVIDERS.flatMap((p) => TARGET_FIELDS[p].map(fieldName)));

  function notRegistered(provider: ProviderId, target?: CancelTarget): CancelError {
    const name = configKey(provider);
    return new CancelError(
      `${provider} is not a provider of this client: import { ${name} } from "@cancel/sdk/${provider}" and add it to providers (with its ${name}: {…} options), or use createCancelClient from "@cancel/sdk" for every provider`,
      { kind: "invalid-request", provider, target },
    );
  }

  function checkTarget(target: unknown): CancelError | undefined {
    if (target === null || typeof target !== "object" || Array.isArray(target)) {
      return new CancelError("target must be an object with a provider", {
        kind: "invalid-request",
      });
    }
    const provider = (target as { provider?: unknown }).provider;
    if (typeof provider !== "string" || !(PROVIDERS as readonly string[]).includes(provider)) {
      return new CancelError(
        `target.provider must be one of ${(registered.length > 0 ? registered : PROVIDERS).join(", ")}, got ${JSON.stringify(provider)}`,
        { kind: "invalid-request" },
      );
    }
    if (!adapters.has(provider as ProviderId)) {
      return notRegistered(provider as ProviderId, target as CancelTarget);
    }
    const fields = TARGET_FIELDS[provider as ProviderId];
    const own = new Set(fields.map(fieldName));
    const record = target as Record<string, unknown>;
    const foreign = Object.keys(record).filter(
      (key) =>
        key !== "provider" && targetKeys.has(key) && !own.has(key) && record[key] !== undefined,
    );
    const missing = fields.filter((key) => !key.endsWith("?") && record[key] === undefined);
    if (foreign.length > 0 || missing.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`missing ${missing.join(", ")}`] : []),
        ...(foreign.length > 0 ? [`fields of another provider: ${foreign.join(", ")}`] : []),
      ];
      return new CancelError(`${provider} target: ${parts.join("; ")}`, {
        kind: "invalid-request",
        provider: provider as ProviderId,
        target: target as CancelTarget,
      });
    }
    return undefined;
  }

  function clientFor<Q extends ProviderId>(provider: Q): ProviderClients[Q] {
    const existing = clients.get(provider);
    if (existing !== undefined) return existing as ProviderClients[Q];
    const failed = failures.get(provider);
    if (failed) throw failed;
    const adapter = adapters.get(provider);
    if (adapter === undefined) throw notRegistered(provider);
    const own = (cfg as Record<string, unknown>)[configKey(provider)];
    try {
      if (own === undefined) {
        throw new CancelError(
          `${provider} is used but not configured: add ${adapter.setupHint} to createCancelClient`,
          { kind: "invalid-request", provider },
        );
      }
      const client = adapter.create({
        ...cfg.defaults,
        ...(cfg.clock ? { clock: cfg.clock } : {}),
        ...(cfg.random ? { random: cfg.random } : {}),
        ...own,
      } as ProviderOptions[ProviderId] as never);
      clients.set(provider, client);
      return client as ProviderClients[Q];
    } catch (error) {
      const failure =
        error instanceof CancelError
          ? error
          : new CancelError(
              `${provider} configuration: ${error instanceof Error ? error.message : String(error)}`,
              { kind: "invalid-request", provider, cause: error },
            );
      failures.set(provider, failure);
      throw failure;
    }
  }

  function prepare(target: CancelTarget) {
    const problem = checkTarget(target);
    if (problem) throw problem;
    const provider = target.provider;
    return { provider, adapter: adapters.get(provider)! };
  }

  /** Refuses, before anything is sent, to wait for a target without a status read (MRS v1.1). */
  function checkWaitable(target: CancelTarget, hint: string) {
    const { provider, adapter } = prepare(target);
    if (adapter.statusOperation(target as never) === undefined) {
      throw new CancelError(
        `${provider}: cannot wait for a legacy v1.1 target (no status read): add clusterId to use the v2 API${hint}`,
        { kind: "invalid-request", provider, target },
      );
    }
  }

  async function cancelOnce<T extends CancelTarget>(
    target: T,
    options: Omit<CancelOptions, "wait">,
  ): Promise<CancelResult<T>> {
    const { provider, adapter } = prepare(target);
    const waitable = adapter.statusOperation(target as never) !== undefined;
    const client = clientFor(provider);
    try {
      const answer = await adapter.cancel(client as never, target as never, options);
      return new CancelResult(target, answer, waitable, umbrella);
    } catch (error) {
      throw toCancelError(error, {
        provider,
        operation: adapter.cancelOperation(target as never),
        target,
        call: "cancel",
        rules: adapter.errors,
      });
    }
  }

  async function status<T extends CancelTarget>(
    target: T,
    options: StatusOptions = {},
  ): Promise<RunStatus<T>> {
    const { provider, adapter } = prepare(target);
    const operation = adapter.statusOperation(target as never);
    if (operation === undefined) {
      throw new CancelError(
        `${provider}: a target without clusterId uses the legacy v1.1 API, which has no status read; add clusterId to use the v2 API (stopJob, showSingleJobExe)`,
        { kind: "invalid-request", provider, target },
      );
    }
    const client = clientFor(provider);
    try {
      return (await adapter.status(client as never, target as never, options)) as RunStatus<T>;
    } catch (error) {
      throw toCancelError(error, {
        provider,
        operation,
        target,
        call: "status",
        rules: adapter.errors,
      });
    }
  }

  const umbrella: CancelClient = {
    providers: registered,
    configured: registered.filter(
      (p) => (cfg as Record<string, unknown>)[configKey(p)] !== undefined,
    ),

    async cancel<T extends CancelTarget>(target: T, options: CancelOptions = {}) {
      const { wait, ...call } = options;
      // Refuse before anything is sent: an MRS v1.1 target cannot be awaited.
      if (wait) checkWaitable(target, ", or cancel without wait");
      const result = await cancelOnce(target, call);
      if (!wait) return result;
      const waitOptions: WaitOptions = wait === true ? {} : wait;
      const final = await umbrella.waitUntilTerminal(
        target,
        { ...waitOptions, signal: waitOptions.signal ?? call.signal },
        result.state,
      );
      // The result carries every field of the answer it was made from.
      return new CancelResult(
        target,
        result as CancelAnswer,
        result.waitable,
        umbrella,
        final,
      ) as WaitedCancelResult<T>;
    },

    cancelMany(targets, options) {
      return cancelMany(
        {
          clock,
          random,
          checkTarget,
          cancelOne: (target, signal) => cancelOnce(target, { signal }),
        },
        targets,
        options,
      );
    },

    status,

    async waitUntilTerminal<T extends CancelTarget>(
      target: T,
      options: WaitOptions = {},
      first?: RunStatus,
    ) {
      checkWaitable(target, "");
      return (await waitUntilTerminal(
        { clock, random, read: (t, signal) => status(t, { signal }) },
        target,
        options,
        first,
      )) as RunStatus<T>;
    },

    providerClient: clientFor,
  } as CancelClient;

  return umbrella as CancelClient<P>;
}
