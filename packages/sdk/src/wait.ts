import type { Clock } from "@cancel/core";
import { type CancelAttempt, CancelError, withCancelOnTimeout } from "./errors.js";
import type { CancelResult } from "./result.js";
import type { CancelTarget, RunStatus } from "./types.js";

/**
 * Defaults of the waiter: Databricks' SDKs wait 20 minutes, polling 1 s growing to 10 s. A cancel
 * sent because a wait timed out has 30 s of its own.
 */
export const WAIT_DEFAULTS = {
  timeoutMs: 20 * 60 * 1000,
  initialDelayMs: 1000,
  maxDelayMs: 10_000,
  cancelDeadlineMs: 30_000,
} as const;

export interface WaitProgress {
  /** Status reads made so far (this one included). */
  polls: number;
  /** Time since waiting started, in ms. */
  elapsedMs: number;
}

export interface WaitOptions {
  /** Give up after this long, in ms (a `timeout` CancelError with `lastStatus`). Default 20 min. */
  timeoutMs?: number | undefined;
  /** Called after every status read, terminal or not. Its errors are ignored. */
  onProgress?: ((status: RunStatus, progress: WaitProgress) => void) | undefined;
  /** Stops waiting at once (an `aborted` CancelError with `lastStatus`); the run is not touched. */
  signal?: AbortSignal | undefined;
  /** First pause between status reads, in ms; it grows by this much per read. Default 1000. */
  initialDelayMs?: number | undefined;
  /** Longest pause between status reads, in ms. Default 10 000. */
  maxDelayMs?: number | undefined;
  /**
   * What the timeout does to the run: `"leave"` it (default), or `"cancel"` it with one cancel
   * under its own deadline, reported on the `timeout` error as `cancelOnTimeout`. An abort never
   * cancels.
   */
  onTimeout?: "leave" | "cancel" | undefined;
  /** The deadline of the cancel `onTimeout: "cancel"` sends, in ms. Default 30 000. */
  cancelDeadlineMs?: number | undefined;
}

export interface WaitContext {
  clock: Clock;
  random: () => number;
  /** One status read; throws a CancelError. */
  read(target: CancelTarget, signal: AbortSignal | undefined): Promise<RunStatus>;
  /** One cancel within `deadlineMs`, for `onTimeout: "cancel"`; throws a CancelError. */
  cancel?(target: CancelTarget, deadlineMs: number): Promise<CancelResult>;
}

/** Refuses the options only this waiter adds, before anything is sent. */
export function checkWaitOptions(options: WaitOptions | undefined): void {
  const onTimeout = options?.onTimeout;
  const deadline = options?.cancelDeadlineMs;
  const problem =
    onTimeout !== undefined && onTimeout !== "leave" && onTimeout !== "cancel"
      ? `onTimeout must be "leave" or "cancel", got ${JSON.stringify(onTimeout)}`
      : deadline !== undefined && !(Number.isFinite(deadline) && deadline > 0)
        ? `cancelDeadlineMs must be a positive number of ms, got ${String(deadline)}`
        : undefined;
  if (problem) throw new CancelError(`wait: ${problem}`, { kind: "invalid-request" });
}

/** The pause before status read `polls + 1`: linear growth, capped, minus up to 20 % jitter. */
export function pollDelay(
  polls: number,
  random: () => number,
  initialDelayMs: number = WAIT_DEFAULTS.initialDelayMs,
  maxDelayMs: number = WAIT_DEFAULTS.maxDelayMs,
): number {
  const base = Math.min(maxDelayMs, initialDelayMs * Math.max(1, polls));
  return Math.round(base * (1 - 0.2 * random()));
}

/**
 * Polls a run's status until it is terminal. Status reads that fail with a retryable error
 * (throttled, unavailable, network, timeout) are repeated at the next poll; any other error ends the
 * wait. Unknown vendor states count as not terminal.
 */
export async function waitUntilTerminal(
  context: WaitContext,
  target: CancelTarget,
  options: WaitOptions = {},
  first?: RunStatus,
): Promise<RunStatus> {
  checkWaitOptions(options);
  const { clock, random } = context;
  const timeoutMs = options.timeoutMs ?? WAIT_DEFAULTS.timeoutMs;
  const { signal, onProgress } = options;
  const started = clock.now();
  const deadline = started + timeoutMs;
  let polls = 0;
  let last: RunStatus | undefined = first;
  let lastError: CancelError | undefined;
  const stopped = (kind: "timeout" | "aborted", cause: unknown) =>
    new CancelError(
      kind === "timeout"
        ? `${target.provider}: the run did not reach a terminal state within ${timeoutMs} ms${
            last
              ? ` (last state ${last.state}${last.vendorState ? ` / ${last.vendorState}` : ""})`
              : ""
          }`
        : `${target.provider}: waiting for the run was aborted`,
      {
        kind,
        provider: target.provider,
        target,
        lastStatus: last,
        retryable: kind === "timeout",
        cause,
      },
    );
  /** The timeout error, after the one cancel `onTimeout: "cancel"` asks for (its own deadline). */
  const timedOut = async (cause: unknown): Promise<CancelError> => {
    const error = stopped("timeout", cause);
    if (options.onTimeout !== "cancel" || !context.cancel) return error;
    const deadlineMs = options.cancelDeadlineMs ?? WAIT_DEFAULTS.cancelDeadlineMs;
    const attempt: CancelAttempt = await context.cancel(target, deadlineMs).then(
      (result) => ({ ok: true, result }),
      (failure: CancelError) => ({ ok: false, error: failure }),
    );
    return withCancelOnTimeout(error, attempt);
  };

  if (first?.terminal) return first;
  for (;;) {
    if (signal?.aborted) throw stopped("aborted", signal.reason);
    try {
      const status = await context.read(target, signal);
      polls++;
      last = status;
      lastError = undefined;
      try {
        onProgress?.(status, { polls, elapsedMs: clock.now() - started });
      } catch {
        // An observer's failure never changes the wait.
      }
      if (status.terminal) return status;
    } catch (error) {
      const failure = error as CancelError;
      if (failure.kind === "aborted" || signal?.aborted) throw stopped("aborted", error);
      if (!failure.retryable) throw failure;
      polls++;
      lastError = failure;
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw await timedOut(lastError);
    const delay = Math.min(
      remaining,
      pollDelay(polls, random, options.initialDelayMs, options.maxDelayMs),
    );
    try {
      await clock.sleep(delay, signal);
    } catch (reason) {
      throw stopped("aborted", reason);
    }
  }
}
