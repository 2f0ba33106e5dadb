/// <reference lib="esnext.disposable" preserve="true" />
/**
 * A run tied to its owner: cancelled when the owner's signal aborts, or when the owner lets go of
 * it (`dispose`, the end of an `await using` block) while it is still active; never once the owner
 * said it is done, nor once the run has ended by itself. A function, not a method of the client,
 * so that a bundle which never follows a run does not carry it.
 */
import { MAX_TIMER_MS } from "@cancel/core";
import { type CancelAttempt, CancelError, withCancelOnTimeout } from "./errors.js";
import type { CancelResult } from "./result.js";
import type { CancelTarget, ProviderId, RunStatus } from "./types.js";
import type { CancelClient } from "./umbrella.js";
import { checkWaitOptions, WAIT_DEFAULTS, type WaitOptions } from "./wait.js";

/**
 * Why a run is cancelled on its owner's behalf: `user` (someone asked), `shutdown` (the owner's
 * process is stopping), `timeout` (the owner's time ran out), `abandoned` (the owner let go of the
 * run without saying it was done, e.g. it threw).
 */
export const CANCEL_REASONS = ["user", "shutdown", "timeout", "abandoned"] as const;

export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Defaults of {@link followRun}: the cancel's own deadline, and the reason of an abort. */
export const FOLLOW_DEFAULTS = {
  deadlineMs: WAIT_DEFAULTS.cancelDeadlineMs,
  reason: "user",
} as const satisfies { deadlineMs: number; reason: CancelReason };

/** How the cancel made on the owner's behalf runs. */
export interface FollowCancelOptions {
  /**
   * Its own deadline, in ms, started when the cancel starts (the owner's signal is aborted by
   * then): the status read before it (on dispose), the cancel, and the wait after it. Default
   * 30 000.
   */
  deadlineMs?: number | undefined;
  /** Wait until the run is terminal after the cancel, within the same deadline. */
  wait?: boolean | Pick<WaitOptions, "onProgress" | "initialDelayMs" | "maxDelayMs"> | undefined;
}

export interface FollowOptions<T extends CancelTarget = CancelTarget> {
  /**
   * The owner's signal: when it aborts (already, or later), the run is cancelled. Its abort reason
   * is the cancel's when it names one: `"user"`, `"shutdown"`, `"timeout"`, or a `TimeoutError`
   * (`AbortSignal.timeout`).
   */
  signal?: AbortSignal | undefined;
  /** The reason of a cancel the signal causes when its abort reason names none. Default `user`. */
  reason?: CancelReason | undefined;
  cancel?: FollowCancelOptions | undefined;
  /** Called once with the outcome of the cancel, sent or failed. Its errors are ignored. */
  onCancel?: ((outcome: FollowCancelOutcome<T>) => unknown) | undefined;
}

/** How the tie between an owner and its run ended. */
export type FollowOutcome<T extends CancelTarget = CancelTarget> =
  /** The owner said it is done (`done()`): nothing was sent. */
  | { kind: "released" }
  /** The run ended by itself (seen by `wait()`, or by the read on dispose): nothing was cancelled. */
  | { kind: "ended"; final: RunStatus<T> }
  | FollowCancelOutcome<T>;

/** The outcome of a cancel made on the owner's behalf. */
export type FollowCancelOutcome<T extends CancelTarget = CancelTarget> =
  /**
   * The vendor answered the cancel: `result.outcome` says how (`already-terminal` when the run had
   * just ended). `final` is the final state when known; `waitError` why `cancel.wait` ended early.
   */
  | {
      kind: "cancelled";
      reason: CancelReason;
      result: CancelResult<T>;
      final: RunStatus<T> | undefined;
      waitError: CancelError | undefined;
    }
  /** The cancel failed, or did not finish within its deadline (a `timeout` error). */
  | { kind: "cancel-failed"; reason: CancelReason; error: CancelError };

/** A run tied to its owner; `await using` disposes it at the end of the block. */
export interface FollowedRun<T extends CancelTarget = CancelTarget> extends AsyncDisposable {
  readonly target: T;
  /** `following` until the tie ends, `cancelling` while a cancel runs, then the outcome's kind. */
  readonly state: "following" | "cancelling" | FollowOutcome["kind"];
  /** How the tie ended; resolves once, never rejects. */
  readonly settled: Promise<FollowOutcome<T>>;
  /** The owner is done with the run: nothing cancels it from now on (a cancel already started goes on). */
  done(): void;
  /**
   * Cancels the run now, unless the tie has already ended; at most one cancel is ever sent.
   * Resolves with the tie's outcome; never rejects.
   */
  cancel(reason?: CancelReason): Promise<FollowOutcome<T>>;
  /**
   * Waits until the run is terminal (`waitUntilTerminal`, stopped by the owner's signal unless the
   * options give another); a terminal state ends the tie as `ended`. With `onTimeout: "cancel"`
   * the timeout cancels through this tie (its deadline, reason `timeout`, `onCancel`), and the
   * `timeout` error carries that cancel as `cancelOnTimeout`.
   */
  wait(options?: Omit<WaitOptions, "cancelDeadlineMs">): Promise<RunStatus<T>>;
  /**
   * Lets go of the run: unless the tie has ended, one status read, then a cancel (reason
   * `abandoned`) if the run is still active; waits for a cancel already running. Resolves with
   * the tie's outcome; never rejects, so it never hides the owner's own error.
   */
  dispose(): Promise<FollowOutcome<T>>;
}

/** The reason an abort names, if any. */
function reasonOf(value: unknown): CancelReason | undefined {
  if ((CANCEL_REASONS as readonly unknown[]).includes(value)) return value as CancelReason;
  return (value as { name?: unknown } | null)?.name === "TimeoutError" ? "timeout" : undefined;
}

function checkFollowOptions(options: FollowOptions<never>): void {
  const { signal, reason, onCancel } = options;
  const deadlineMs = options.cancel?.deadlineMs;
  const problem =
    signal !== undefined && typeof (signal as AbortSignal)?.addEventListener !== "function"
      ? "signal must be an AbortSignal"
      : reason !== undefined && !CANCEL_REASONS.includes(reason)
        ? `reason must be one of ${CANCEL_REASONS.join(", ")}, got ${JSON.stringify(reason)}`
        : deadlineMs !== undefined && !(Number.isFinite(deadlineMs) && deadlineMs > 0)
          ? `cancel.deadlineMs must be a positive number of ms, got ${String(deadlineMs)}`
          : onCancel !== undefined && typeof onCancel !== "function"
            ? "onCancel must be a function"
            : undefined;
  if (problem) throw new CancelError(`followRun: ${problem}`, { kind: "invalid-request" });
}

/**
 * Ties a run to its owner. The run is cancelled when `options.signal` aborts, or when the handle
 * is disposed (`await using`, `dispose()`) before `done()` while the run is still active:
 *
 * ```ts
 * await using run = followRun(sdk, { provider: "databricks", runId }, { signal });
 * const final = await run.wait(); // the run ended by itself: nothing will cancel it
 * ```
 *
 * The cancel runs under its own deadline (`cancel.deadlineMs`, default 30 s), is sent at most
 * once, and reports to `onCancel` and `settled`; nothing it does throws into the owner's code.
 *
 * @throws {CancelError} `invalid-request` for a bad target or option, before anything is sent.
 */
export function followRun<P extends ProviderId, T extends CancelTarget<P>>(
  client: CancelClient<P>,
  target: T,
  options: FollowOptions<T> = {},
): FollowedRun<T> {
  checkFollowOptions(options);
  client.check(target);
  const { signal, onCancel } = options;
  const deadlineMs = options.cancel?.deadlineMs ?? FOLLOW_DEFAULTS.deadlineMs;
  const waitAfter = options.cancel?.wait;
  let state: FollowedRun<T>["state"] = "following";
  let cancelling: Promise<FollowOutcome<T>> | undefined;
  let resolveSettled!: (outcome: FollowOutcome<T>) => void;
  const settled = new Promise<FollowOutcome<T>>((resolve) => {
    resolveSettled = resolve;
  });

  const settle = (outcome: FollowOutcome<T>): FollowOutcome<T> => {
    state = outcome.kind;
    signal?.removeEventListener("abort", onAbort);
    resolveSettled(outcome);
    return outcome;
  };

  /** One cancel under its own deadline, with the read before it when `readFirst`. */
  async function cancelWithin(
    reason: CancelReason,
    readFirst: boolean,
  ): Promise<Exclude<FollowOutcome<T>, { kind: "released" }>> {
    const { clock } = client;
    const started = clock.now();
    // Time left is the client's clock's (as the transport's deadlines); a real timer stops whatever
    // is still in flight at the deadline, as the transport's attempt timeouts do.
    const budget = new AbortController();
    let expired = false;
    const timer = setTimeout(
      () => {
        expired = true;
        budget.abort();
      },
      Math.min(deadlineMs, MAX_TIMER_MS),
    );
    const left = () => deadlineMs - (clock.now() - started);
    // Past the deadline every failure is the deadline's: a `timeout` naming it.
    const failure = (error: unknown): CancelError =>
      expired || left() <= 0
        ? new CancelError(
            `${target.provider}: the cancel did not finish within its ${deadlineMs} ms deadline`,
            { kind: "timeout", provider: target.provider, target, cause: error },
          )
        : (error as CancelError);
    const failed = (error: unknown) =>
      ({ kind: "cancel-failed", reason, error: failure(error) }) as const;
    try {
      if (readFirst) {
        try {
          const status = await client.status(target, {
            signal: budget.signal,
            deadlineMs: left(),
          });
          if (status.terminal) return { kind: "ended", final: status };
        } catch (error) {
          // A failed read does not show the run has ended: the cancel still goes (and settles an
          // ambiguous refusal with a read of its own).
          if (expired || left() <= 0) return failed(error);
        }
      }
      let result: CancelResult<T>;
      if (left() <= 0) return failed(undefined);
      try {
        result = await client.cancel(target, { signal: budget.signal, deadlineMs: left() });
      } catch (error) {
        return failed(error);
      }
      let final = result.final;
      let waitError: CancelError | undefined;
      if (waitAfter && final === undefined && result.waitable) {
        try {
          final = await result.wait({
            ...(waitAfter === true ? {} : waitAfter),
            signal: budget.signal,
            timeoutMs: Math.max(0, left()),
          });
        } catch (error) {
          waitError = failure(error);
        }
      }
      return { kind: "cancelled", reason, result, final, waitError };
    } finally {
      clearTimeout(timer);
    }
  }

  function startCancel(reason: CancelReason, readFirst: boolean): Promise<FollowOutcome<T>> {
    if (cancelling) return cancelling;
    if (state !== "following") return settled;
    state = "cancelling";
    signal?.removeEventListener("abort", onAbort);
    cancelling = cancelWithin(reason, readFirst).then((outcome) => {
      settle(outcome);
      if (outcome.kind !== "ended" && onCancel) {
        try {
          // An async observer's rejection is ignored too, never left unhandled.
          Promise.resolve(onCancel(outcome)).catch(() => {});
        } catch {
          // An observer's failure never changes the outcome.
        }
      }
      return outcome;
    });
    return cancelling;
  }

  function onAbort(): void {
    void startCancel(reasonOf(signal?.reason) ?? options.reason ?? FOLLOW_DEFAULTS.reason, false);
  }

  const dispose = (): Promise<FollowOutcome<T>> => startCancel("abandoned", true);
  const run: FollowedRun<T> = {
    target,
    get state() {
      return state;
    },
    settled,
    done() {
      if (state === "following") settle({ kind: "released" });
    },
    cancel: (reason = "user") => {
      if (!CANCEL_REASONS.includes(reason)) {
        return Promise.reject(
          new CancelError(
            `followRun: reason must be one of ${CANCEL_REASONS.join(", ")}, got ${JSON.stringify(reason)}`,
            { kind: "invalid-request", provider: target.provider, target },
          ),
        );
      }
      return startCancel(reason, false);
    },
    async wait(waitOptions = {}) {
      checkWaitOptions(waitOptions);
      const { onTimeout, ...rest } = waitOptions;
      try {
        const final = await client.waitUntilTerminal(target, {
          ...rest,
          signal: rest.signal ?? signal,
        });
        if (state === "following") settle({ kind: "ended", final });
        return final;
      } catch (error) {
        if (onTimeout !== "cancel" || (error as CancelError).kind !== "timeout") throw error;
        const outcome = await startCancel("timeout", false);
        const attempt: CancelAttempt | undefined =
          outcome.kind === "cancelled"
            ? { ok: true, result: outcome.result }
            : outcome.kind === "cancel-failed"
              ? { ok: false, error: outcome.error }
              : undefined;
        throw attempt ? withCancelOnTimeout(error as CancelError, attempt) : error;
      }
    },
    dispose,
    // The symbol is looked up now, not when this module loaded: a polyfill installed later counts.
    [asyncDisposeSymbol()]: () => dispose().then(() => undefined),
  } as FollowedRun<T>;

  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  return run;
}

/** `Symbol.asyncDispose`, or the registered symbol polyfills use where the runtime has none. */
function asyncDisposeSymbol(): typeof Symbol.asyncDispose {
  return (Symbol.asyncDispose ?? Symbol.for("Symbol.asyncDispose")) as typeof Symbol.asyncDispose;
}
