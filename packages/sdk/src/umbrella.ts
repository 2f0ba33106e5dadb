/**
 * The umbrella client: cancel, status, wait and cancelMany over the provider adapters it is given.
 * Each call checks its target once ({@link TargetResolver}) and passes the resolution on.
 */
import {
  type AnyCancelRule,
  type CallOptions,
  type Clock,
  type ProviderClient,
  type ProviderProfile,
  systemClock,
} from "@cancel/core";
import {
  type AnyProviderAdapter,
  cancelOperationOf,
  cancelTarget,
  type ProviderAdapter,
  type ResolvedTarget,
  readTarget,
  statusOperationOf,
} from "./adapter.js";
import { type CancelManyEntry, type CancelManyOptions, cancelMany } from "./bulk.js";
import type {
  CancelClientConfig,
  CancelClientConfigWith,
  CancelOptions,
  StatusOptions,
} from "./config.js";
import { CancelError, toCancelError } from "./errors.js";
import { ProviderClientCache } from "./provider-clients.js";
import { CancelResult } from "./result.js";
import { notRegistered, TargetResolver } from "./targets.js";
import { type Attributes, type CallHooks, Telemetry } from "./telemetry.js";
import type {
  CancelTarget,
  ProviderClients,
  ProviderId,
  RunStatus,
  TargetByProvider,
} from "./types.js";
import { checkWaitOptions, type WaitOptions, waitUntilTerminal } from "./wait.js";

/** A call's options with a traced call's hooks (the caller's own `onAttempt` is called too). */
function withHooks<O extends CallOptions>(options: O, hooks: CallHooks | undefined): O {
  if (!hooks) return options;
  const own = options.onAttempt;
  return {
    ...options,
    aroundRead: hooks.aroundRead,
    onAttempt: own
      ? (event) => {
          hooks.onAttempt(event);
          own(event);
        }
      : hooks.onAttempt,
  };
}

/** A cancel result whose run was waited for. */
export type WaitedCancelResult<T extends CancelTarget = CancelTarget> = CancelResult<T> & {
  readonly final: RunStatus<T>;
};

/**
 * The umbrella client (of the providers `P`: all of them unless it was made with fewer).
 * `cancel`, `cancelMany`, `status` and `waitUntilTerminal` are its methods; provider clients are
 * created on first use.
 */
export interface CancelClient<P extends ProviderId = ProviderId> {
  /**
   * Cancels one run. An ambiguous refusal (a vendor answer that may mean "already over") is settled
   * by one status read of the run: `already-terminal` with `final` set, or the refusal.
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
  /**
   * Checks a target as every call does, without sending anything: its fields, and its provider
   * (one of this client's, configured; its client is created now).
   *
   * @throws {CancelError} `invalid-request` naming what is wrong.
   */
  check(target: CancelTarget<P>): void;
  /**
   * What the spec says about a provider of this client (its adapter's profile: target fields,
   * cancels, status reads, error table, list).
   *
   * @throws {CancelError} `invalid-request` when the provider is not one of this client's.
   */
  profile<Q extends P>(provider: Q): ProviderProfile<TargetByProvider[Q]>;
  /** The provider's own client (created on first use), for the provider package's functions. */
  providerClient<Q extends P>(provider: Q): ProviderClients[Q];
  /** The time source of the client's waits and deadlines (the configuration's `clock`). */
  readonly clock: Clock;
  /** The providers this client was made with (their adapters), in registry order. */
  readonly providers: readonly P[];
  /** The providers with a configuration key. */
  readonly configured: readonly P[];
}

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
  const isAdapter = (a: unknown) =>
    typeof (a as ProviderAdapter | undefined)?.provider === "string" &&
    typeof (a as ProviderAdapter).create === "function" &&
    typeof (a as ProviderAdapter).profile === "object";
  if (!Array.isArray(given) || !given.every(isAdapter)) {
    throw new CancelError(
      'createCancelClient from "@cancel/sdk/client" needs providers: an array of provider adapters, e.g. providers: [emrServerless] with import { emrServerless } from "@cancel/sdk/emr-serverless"',
      { kind: "invalid-request" },
    );
  }
  const cfg = config as CancelClientConfig;
  const clock = cfg.clock ?? systemClock;
  const random = cfg.random ?? Math.random;
  const targets = new TargetResolver(given as AnyProviderAdapter[]);
  const telemetry = new Telemetry(cfg.tracer, cfg);
  const clients = new ProviderClientCache(cfg, () => telemetry.log);
  const registered = targets.providers as P[];

  /** The attributes of a call of `operation` for a target: where it goes (OpenTelemetry's names). */
  function startOf(resolved: ResolvedTarget, operation: AnyCancelRule["operation"]): Attributes {
    let url: URL | undefined;
    try {
      url = (clients.get(resolved.adapter) as ProviderClient<object>).transport.baseUrl;
    } catch {
      // A provider that cannot be created: the call fails with that error, in its span.
    }
    return {
      "cancel.provider": resolved.target.provider,
      "cancel.operation": operation.operationId,
      "http.request.method": operation.method,
      "server.address": url?.hostname,
      "server.port": url && (Number(url.port) || (url.protocol === "http:" ? 80 : 443)),
    };
  }

  /** Refuses, before anything is sent, to wait for a target without a status read. */
  function checkWaitable(resolved: ResolvedTarget, hint: string): void {
    if (statusOperationOf(resolved) === undefined) {
      throw new CancelError(
        `${resolved.target.provider}: ${cancelOperationOf(resolved)} has no status read to wait on${hint}`,
        { kind: "invalid-request", provider: resolved.target.provider, target: resolved.target },
      );
    }
  }

  /** A cancel (and what `run` does after it), in its span and log line when telemetry is on. */
  function tracedCancel<T extends CancelTarget, R extends CancelResult<T>>(
    resolved: ResolvedTarget<T>,
    run: (hooks: CallHooks | undefined) => Promise<R>,
  ): Promise<R> {
    if (!telemetry.active) return run(undefined);
    const { operation, status } = resolved.variant.rule;
    return telemetry.run(
      `cancel ${resolved.target.provider}`,
      true,
      startOf(resolved, operation),
      run,
      (result, attempts) => ({
        "cancel.outcome": result?.outcome,
        "cancel.attempts": attempts,
        "cancel.request_id": result?.requestId,
        "http.response.status_code": result?.httpStatus,
        "cancel.run_state": (result?.final ?? result?.runStatus)?.state,
      }),
      "info",
      status && startOf(resolved, status.operation),
    );
  }

  function cancelResolved<T extends CancelTarget>(
    resolved: ResolvedTarget<T>,
    options: Omit<CancelOptions, "wait">,
  ): Promise<CancelResult<T>> {
    return tracedCancel(resolved, (hooks) => cancelCall(resolved, options, hooks));
  }

  async function cancelCall<T extends CancelTarget>(
    resolved: ResolvedTarget<T>,
    options: Omit<CancelOptions, "wait">,
    hooks: CallHooks | undefined,
  ): Promise<CancelResult<T>> {
    const { target, adapter } = resolved;
    const client = clients.get(adapter);
    try {
      const answer = await cancelTarget(resolved, client, withHooks(options, hooks));
      return new CancelResult(target, answer, statusOperationOf(resolved) !== undefined, umbrella);
    } catch (error) {
      throw toCancelError(error, {
        provider: target.provider,
        operation: cancelOperationOf(resolved),
        target,
        call: "cancel",
        rules: adapter.profile.errorKinds,
      });
    }
  }

  function statusResolved<T extends CancelTarget>(
    resolved: ResolvedTarget<T>,
    options: StatusOptions,
  ): Promise<RunStatus<T>> {
    const read = resolved.variant.rule.status?.operation;
    if (read === undefined || !telemetry.active) return statusCall(resolved, options, undefined);
    return telemetry.run(
      `status ${resolved.target.provider}`,
      true,
      startOf(resolved, read),
      (hooks) => statusCall(resolved, options, hooks),
      (status, attempts) => ({
        "cancel.outcome": status && "ok",
        "cancel.attempts": attempts,
        "cancel.request_id": status?.requestId,
        "cancel.run_state": status?.state,
        "cancel.vendor_state": status?.vendorState,
      }),
      "debug",
    );
  }

  async function statusCall<T extends CancelTarget>(
    resolved: ResolvedTarget<T>,
    options: StatusOptions,
    hooks: CallHooks | undefined,
  ): Promise<RunStatus<T>> {
    const { target, adapter } = resolved;
    const operation = statusOperationOf(resolved);
    if (operation === undefined) {
      throw new CancelError(
        `${target.provider}: ${cancelOperationOf(resolved)} has no status read for this target`,
        { kind: "invalid-request", provider: target.provider, target },
      );
    }
    const client = clients.get(adapter);
    try {
      return await readTarget(resolved, client, withHooks(options, hooks));
    } catch (error) {
      throw toCancelError(error, {
        provider: target.provider,
        operation,
        target,
        call: "status",
        rules: adapter.profile.errorKinds,
      });
    }
  }

  function waitResolved<T extends CancelTarget>(
    resolved: ResolvedTarget<T>,
    options: WaitOptions,
    first?: RunStatus,
  ): Promise<RunStatus<T>> {
    let polls = 0;
    let last = first;
    const wait = () =>
      waitUntilTerminal(
        {
          clock,
          random,
          read: (_t, signal) => {
            polls++;
            return statusResolved(resolved, { signal }).then((status) => (last = status));
          },
          cancel: (_t, deadlineMs) => cancelResolved(resolved, { deadlineMs }),
        },
        resolved.target,
        options,
        first,
      ) as Promise<RunStatus<T>>;
    // A wait that is over before it starts (a terminal first status) is no wait worth a span.
    if (first?.terminal || !telemetry.active) return wait();
    return telemetry.run(
      `wait ${resolved.target.provider}`,
      false,
      {
        "cancel.provider": resolved.target.provider,
        "cancel.operation": statusOperationOf(resolved),
      },
      wait,
      (final) => ({
        "cancel.outcome": final && "terminal",
        "cancel.polls": polls,
        "cancel.run_state": (final ?? last)?.state,
      }),
    );
  }

  function cancelTargets(list: Iterable<CancelTarget>, options?: CancelManyOptions) {
    const run = () =>
      cancelMany(
        {
          clock,
          random,
          check: (target) => targets.check(target),
          cancelOne: (resolved, signal) =>
            cancelResolved(resolved, { signal, verify: options?.verify }),
        },
        list,
        options,
      );
    if (!telemetry.active) return run();
    return telemetry.run("cancelMany", false, {}, run, (entries) => {
      if (!entries) return {};
      const failed = entries.filter((entry) => !entry.ok).length;
      return {
        "cancel.outcome": !failed ? "ok" : failed < entries.length ? "partial" : "failed",
        "cancel.targets": entries.length,
        "cancel.succeeded": entries.length - failed,
        "cancel.failed": failed,
      };
    });
  }

  const umbrella: CancelClient = {
    clock,
    providers: registered,
    configured: registered.filter((p) => clients.configured(p)),

    async cancel<T extends CancelTarget>(target: T, options: CancelOptions = {}) {
      const { wait, ...call } = options;
      const resolved = targets.resolve(target);
      // Refuse before anything is sent: a target without a status read cannot be awaited.
      if (wait) {
        checkWaitable(resolved, ", so it cannot be cancelled with wait; cancel without wait");
        if (wait !== true) checkWaitOptions(wait);
      }
      if (!wait) return cancelResolved(resolved, call);
      const waitOptions: WaitOptions = wait === true ? {} : wait;
      // One span for the cancel and its wait: the wait's own span nests under it.
      return tracedCancel(resolved, async (hooks) => {
        const result = await cancelCall(resolved, call, hooks);
        const final =
          result.final ??
          (await waitResolved(
            resolved,
            { ...waitOptions, signal: waitOptions.signal ?? call.signal },
            result.runStatus,
          ));
        return new CancelResult(
          target,
          result,
          result.waitable,
          umbrella,
          final,
        ) as WaitedCancelResult<T>;
      });
    },

    async cancelMany(list, options) {
      return cancelTargets(list, options);
    },

    async status(target, options = {}) {
      return statusResolved(targets.resolve(target), options);
    },

    async waitUntilTerminal<T extends CancelTarget>(
      target: T,
      options: WaitOptions = {},
      first?: RunStatus,
    ) {
      const resolved = targets.resolve(target);
      checkWaitable(resolved, "");
      return waitResolved(resolved, options, first);
    },

    check(target) {
      clients.get(targets.resolve(target).adapter);
    },

    profile(provider: string) {
      const adapter = targets.adapter(provider);
      if (!adapter) throw notRegistered(provider);
      return adapter.profile;
    },

    providerClient(provider: string) {
      const adapter = targets.adapter(provider);
      if (!adapter) throw notRegistered(provider);
      return clients.get(adapter);
    },
  } as CancelClient;

  return umbrella as CancelClient<P>;
}
