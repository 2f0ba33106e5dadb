import { type CallOptions, type ClientOptions, type Clock, systemClock } from "@cancel/core";
import { type CancelManyEntry, type CancelManyOptions, cancelMany } from "./bulk.js";
import { CancelError, toCancelError } from "./errors.js";
import {
  type ProviderAdapter,
  type ProviderClients,
  type ProviderOptions,
  adapters,
} from "./providers.js";
import { CancelResult } from "./result.js";
import { type CancelTarget, PROVIDERS, type ProviderId, type RunStatus } from "./types.js";
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

/**
 * One configuration for every provider a caller uses. Each key takes that provider package's own
 * `createClient` options; `{}` means "from the environment" as the provider package reads it.
 * A provider without a key cannot be used (a clear `invalid-request` CancelError says what to add).
 */
export interface CancelClientConfig {
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

/** Where each provider's options live in {@link CancelClientConfig}. */
export const CONFIG_KEYS = {
  databricks: "databricks",
  "emr-serverless": "emrServerless",
  "huawei-mrs": "huaweiMrs",
  "huawei-dli": "huaweiDli",
  "fabric-workload": "fabricWorkload",
} as const satisfies Record<ProviderId, keyof CancelClientConfig>;

const SETUP_HINTS: Record<ProviderId, string> = {
  databricks:
    "databricks: { host, token } (or databricks: {} to read DATABRICKS_HOST and DATABRICKS_TOKEN or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)",
  "emr-serverless":
    "emrServerless: { region, credentials } (or emrServerless: {} to read AWS_REGION and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)",
  "huawei-mrs":
    "huaweiMrs: { region, credentials: { ak, sk }, projectId } (or huaweiMrs: { region } to read HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID)",
  "huawei-dli":
    "huaweiDli: { region, credentials: { ak, sk }, projectId } (or huaweiDli: { region } to read HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID)",
  "fabric-workload":
    "fabricWorkload: { baseUrl, appToken, tenantId } (the workload's URL, a function returning the Entra ID app token, the caller's tenant)",
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
 * The umbrella client. `cancel`, `cancelMany`, `status` and `waitUntilTerminal` are its methods;
 * provider clients are created on first use.
 */
export interface CancelClient {
  /**
   * Cancels one run.
   *
   * @throws {CancelError} with a `kind` from a closed set; never another error.
   */
  cancel<T extends CancelTarget>(
    target: T,
    options: CancelOptions & { wait: true | WaitOptions },
  ): Promise<WaitedCancelResult<T>>;
  cancel<T extends CancelTarget>(target: T, options?: CancelOptions): Promise<CancelResult<T>>;
  /** Cancels many runs; one entry per target, in input order; never throws for a target. */
  cancelMany(
    targets: Iterable<CancelTarget>,
    options?: CancelManyOptions,
  ): Promise<CancelManyEntry[]>;
  /** Reads a run's status once, normalized. */
  status<T extends CancelTarget>(target: T, options?: StatusOptions): Promise<RunStatus<T>>;
  /** Polls a run's status until it is terminal (without cancelling it). */
  waitUntilTerminal<T extends CancelTarget>(
    target: T,
    options?: WaitOptions,
    first?: RunStatus,
  ): Promise<RunStatus<T>>;
  /** The provider's own client (created on first use), for the provider package's functions. */
  providerClient<P extends ProviderId>(provider: P): ProviderClients[P];
  /** The providers with a configuration key. */
  readonly configured: readonly ProviderId[];
}

const TARGET_KEYS: ReadonlySet<string> = new Set(PROVIDERS.flatMap((p) => adapters[p].fields));

function checkTarget(target: unknown): CancelError | undefined {
  if (target === null || typeof target !== "object" || Array.isArray(target)) {
    return new CancelError("target must be an object with a provider", {
      kind: "invalid-request",
    });
  }
  const provider = (target as { provider?: unknown }).provider;
  if (typeof provider !== "string" || !(PROVIDERS as readonly string[]).includes(provider)) {
    return new CancelError(
      `target.provider must be one of ${PROVIDERS.join(", ")}, got ${JSON.stringify(provider)}`,
      { kind: "invalid-request" },
    );
  }
  const adapter = adapters[provider as ProviderId];
  const own = new Set(adapter.fields);
  const record = target as Record<string, unknown>;
  const foreign = Object.keys(record).filter(
    (key) =>
      key !== "provider" && TARGET_KEYS.has(key) && !own.has(key) && record[key] !== undefined,
  );
  const missing = adapter.required.filter((key) => record[key] === undefined);
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

/**
 * Creates the umbrella client from one configuration object. Nothing is created or read from
 * the environment until a provider is first used.
 */
export function createCancelClient(config: CancelClientConfig = {}): CancelClient {
  const clock = config.clock ?? systemClock;
  const random = config.random ?? Math.random;
  const clients = new Map<ProviderId, unknown>();
  const failures = new Map<ProviderId, CancelError>();

  function clientFor<P extends ProviderId>(provider: P): ProviderClients[P] {
    const existing = clients.get(provider);
    if (existing !== undefined) return existing as ProviderClients[P];
    const failed = failures.get(provider);
    if (failed) throw failed;
    const own = config[CONFIG_KEYS[provider]] as ProviderOptions[P] | undefined;
    try {
      if (own === undefined) {
        throw new CancelError(
          `${provider} is used but not configured: add ${SETUP_HINTS[provider]} to createCancelClient`,
          { kind: "invalid-request", provider },
        );
      }
      const options = {
        ...config.defaults,
        ...(config.clock ? { clock: config.clock } : {}),
        ...(config.random ? { random: config.random } : {}),
        ...own,
      } as ProviderOptions[P];
      const client = (adapters[provider] as ProviderAdapter<P>).create(options);
      clients.set(provider, client);
      return client;
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

  function prepare<T extends CancelTarget>(target: T) {
    const problem = checkTarget(target);
    if (problem) throw problem;
    const provider = target.provider;
    const adapter = adapters[provider] as unknown as ProviderAdapter<T["provider"]>;
    return { provider, adapter };
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
      throw toCancelError(error, { provider, operation, target, call: "status" });
    }
  }

  const umbrella: CancelClient = {
    configured: PROVIDERS.filter((p) => config[CONFIG_KEYS[p]] !== undefined),

    async cancel<T extends CancelTarget>(target: T, options: CancelOptions = {}) {
      const { wait, ...call } = options;
      if (wait) {
        const { adapter, provider } = prepare(target);
        // Refuse before anything is sent: an MRS v1.1 target cannot be awaited.
        if (adapter.statusOperation(target as never) === undefined) {
          throw new CancelError(
            `${provider}: cannot wait for a legacy v1.1 target (no status read): add clusterId to use the v2 API, or cancel without wait`,
            { kind: "invalid-request", provider, target },
          );
        }
      }
      const result = await cancelOnce(target, call);
      if (!wait) return result;
      const waitOptions: WaitOptions = wait === true ? {} : wait;
      const final = await umbrella.waitUntilTerminal(
        target,
        { ...waitOptions, signal: waitOptions.signal ?? call.signal },
        result.state,
      );
      return new CancelResult(
        target,
        {
          operation: result.operation,
          outcome: result.outcome,
          vendorStatus: result.vendorStatus,
          httpStatus: result.httpStatus,
          requestId: result.requestId,
          raw: result.raw,
          state: result.state,
        },
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
      const { provider, adapter } = prepare(target);
      if (adapter.statusOperation(target as never) === undefined) {
        throw new CancelError(
          `${provider}: cannot wait for a legacy v1.1 target (no status read): add clusterId to use the v2 API`,
          { kind: "invalid-request", provider, target },
        );
      }
      return (await waitUntilTerminal(
        { clock, random, read: (t, signal) => status(t, { signal }) },
        target,
        options,
        first,
      )) as RunStatus<T>;
    },

    providerClient: clientFor,
  } as CancelClient;

  return umbrella;
}
