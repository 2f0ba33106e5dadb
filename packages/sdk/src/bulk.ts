import type { Clock } from "@cancel/core";
import type { ResolvedTarget } from "./adapter.js";
import { CancelError } from "./errors.js";
import type { CancelResult } from "./result.js";
import type { CancelTarget, ProviderId } from "./types.js";

/** One target's outcome in `cancelMany`: a result, or the error that target ended with. */
export type CancelManyEntry =
  | { ok: true; result: CancelResult; error?: undefined }
  | { ok: false; error: CancelError; result?: undefined };

export interface CancelManyProgress {
  /** The target's position in the input. */
  index: number;
  entry: CancelManyEntry;
  /** Targets finished so far (this one included). */
  completed: number;
  total: number;
}

export const CANCEL_MANY_DEFAULTS = {
  concurrency: 8,
  throttleRetries: 5,
  throttleBaseDelayMs: 1000,
  throttleMaxDelayMs: 60_000,
} as const;

export interface CancelManyOptions {
  /**
   * Cancels in flight at once, per provider (one number for all, or per provider id). Default 8.
   * Providers run side by side, each in its own lane.
   */
  concurrency?: number | Partial<Record<ProviderId, number>> | undefined;
  /**
   * Stops starting new cancels and ends those in flight; every target not finished by then ends
   * with an `aborted` CancelError.
   */
  signal?: AbortSignal | undefined;
  /** Called once per target as it finishes. Its errors are ignored. */
  onProgress?: ((progress: CancelManyProgress) => void) | undefined;
  /**
   * How often one target is tried again after its provider throttled it (after the transport's
   * own retries). Default 5; then the target ends with its `throttled` error.
   */
  throttleRetries?: number | undefined;
  /** First pause of a throttled lane without Retry-After, in ms; doubles per throttle. Default 1000. */
  throttleBaseDelayMs?: number | undefined;
  /** Longest pause of a throttled lane, in ms. Default 60 000. */
  throttleMaxDelayMs?: number | undefined;
  /** As `cancel`'s `verify`: read once after a cancel the vendor accepts for ended runs too. */
  verify?: boolean | undefined;
}

export interface BulkContext {
  clock: Clock;
  random: () => number;
  /** Cancels one checked target; throws a CancelError. */
  cancelOne(target: ResolvedTarget, signal: AbortSignal | undefined): Promise<CancelResult>;
  /** Checks a target once: its resolution, or why it is not one. */
  check(target: CancelTarget): ResolvedTarget | CancelError;
}

interface Lane {
  readonly provider: ProviderId;
  readonly pending: number[];
  next: number;
  /** Targets to try again after a throttle, first in, first out. */
  readonly again: number[];
  pausedUntil: number;
  throttles: number;
}

function laneConcurrency(option: CancelManyOptions["concurrency"], provider: ProviderId): number {
  const raw =
    typeof option === "number" ? option : (option?.[provider] ?? CANCEL_MANY_DEFAULTS.concurrency);
  if (!Number.isInteger(raw) || raw < 1) {
    throw new CancelError(`cancelMany: concurrency must be a positive integer, got ${raw}`, {
      kind: "invalid-request",
      provider,
    });
  }
  return raw;
}

/**
 * Cancels many targets across providers: bounded concurrency per provider, a throttled provider
 * pauses its own lane only, one entry per target in input order, never throws for a target.
 */
export async function cancelMany(
  context: BulkContext,
  targets: Iterable<CancelTarget>,
  options: CancelManyOptions = {},
): Promise<CancelManyEntry[]> {
  const list: readonly CancelTarget[] = Array.isArray(targets) ? targets : Array.from(targets);
  const total = list.length;
  const entries: (CancelManyEntry | undefined)[] = new Array(total);
  const { signal, onProgress } = options;
  const maxThrottleRetries = options.throttleRetries ?? CANCEL_MANY_DEFAULTS.throttleRetries;
  const baseDelay = options.throttleBaseDelayMs ?? CANCEL_MANY_DEFAULTS.throttleBaseDelayMs;
  const maxDelay = options.throttleMaxDelayMs ?? CANCEL_MANY_DEFAULTS.throttleMaxDelayMs;
  const concurrency = new Map<string, number>();
  // A bad concurrency is refused before anything is sent.
  const perProvider =
    typeof options.concurrency === "object" ? Object.keys(options.concurrency) : [];
  for (const p of ["(all)", ...perProvider]) laneConcurrency(options.concurrency, p as ProviderId);
  /** Throttle re-tries per target, only while a target has some. */
  const throttleCounts = new Map<number, number>();
  let completed = 0;

  const settle = (index: number, entry: CancelManyEntry) => {
    if (entries[index] !== undefined) {
      throw new Error(`cancelMany: target ${index} settled twice (a bug)`);
    }
    entries[index] = entry;
    throttleCounts.delete(index);
    completed++;
    if (onProgress) {
      try {
        onProgress({ index, entry, completed, total });
      } catch {
        // An observer's failure never changes the outcome.
      }
    }
  };

  const lanes = new Map<ProviderId, Lane>();
  const resolved: (ResolvedTarget | undefined)[] = new Array(total);
  for (let index = 0; index < total; index++) {
    const checked = context.check(list[index]!);
    if (checked instanceof CancelError) {
      settle(index, { ok: false, error: checked });
      continue;
    }
    resolved[index] = checked;
    const provider = checked.target.provider;
    if (!concurrency.has(provider))
      concurrency.set(provider, laneConcurrency(options.concurrency, provider));
    let lane = lanes.get(provider);
    if (!lane) {
      lane = { provider, pending: [], next: 0, again: [], pausedUntil: 0, throttles: 0 };
      lanes.set(provider, lane);
    }
    lane.pending.push(index);
  }

  const take = (lane: Lane): number | undefined => {
    if (lane.again.length > 0) return lane.again.shift();
    if (lane.next < lane.pending.length) return lane.pending[lane.next++];
    return undefined;
  };

  const worker = async (lane: Lane): Promise<void> => {
    for (;;) {
      if (signal?.aborted) return;
      // A throttled lane waits before it starts anything new; the other lanes go on.
      while (lane.pausedUntil > context.clock.now()) {
        try {
          await context.clock.sleep(lane.pausedUntil - context.clock.now(), signal);
        } catch {
          return;
        }
        if (signal?.aborted) return;
      }
      const index = take(lane);
      if (index === undefined) return;
      try {
        const result = await context.cancelOne(resolved[index]!, signal);
        lane.throttles = 0;
        settle(index, { ok: true, result });
      } catch (thrown) {
        const error = thrown as CancelError;
        const tries = throttleCounts.get(index) ?? 0;
        if (error.kind === "throttled" && tries < maxThrottleRetries && !signal?.aborted) {
          throttleCounts.set(index, tries + 1);
          lane.throttles++;
          const backoff =
            Math.min(maxDelay, baseDelay * 2 ** (lane.throttles - 1)) *
            (0.5 + 0.5 * context.random());
          const delay = Math.min(maxDelay, Math.max(error.retryAfterMs ?? 0, backoff));
          lane.pausedUntil = Math.max(lane.pausedUntil, context.clock.now() + delay);
          lane.again.push(index);
        } else {
          settle(index, { ok: false, error });
        }
      }
    }
  };

  const running: Promise<void>[] = [];
  for (const lane of lanes.values()) {
    const workers = Math.min(concurrency.get(lane.provider)!, lane.pending.length);
    for (let i = 0; i < workers; i++) running.push(worker(lane));
  }
  await Promise.all(running);

  // Only an abort leaves targets untouched (never started, or waiting after a throttle).
  for (let index = 0; index < total; index++) {
    if (entries[index] !== undefined) continue;
    const target = list[index]!;
    settle(index, {
      ok: false,
      error: new CancelError(`${target.provider}: not cancelled: cancelMany was aborted first`, {
        kind: "aborted",
        provider: target.provider,
        target,
        cause: signal?.reason,
        attempts: 0,
      }),
    });
  }
  return entries as CancelManyEntry[];
}
