import type { Clock } from "@cancel/core";
import { CancelError } from "./errors.js";
import type { CancelTarget, RunStatus } from "./types.js";

/** Defaults of the waiter: Databricks' SDKs wait 20 minutes, polling 1 s growing to 10 s. */
export const WAIT_DEFAULTS = {
  timeoutMs: 20 * 60 * 1000,
  initialDelayMs: 1000,
  maxDelayMs: 10_000,
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
}

export interface WaitContext {
  clock: Clock;
  random: () => number;
  /** One status read; throws a CancelError. */
  read(target: CancelTarget, signal: AbortSignal | undefined): Promise<RunStatus>;
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
    if (remaining <= 0) throw stopped("timeout", lastError);
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
