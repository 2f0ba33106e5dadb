import { type Clock, systemClock } from "@cancel/core";

export type { Clock };

/**
 * A clock that only moves when told to. `sleep(ms)` advances it by `ms` and resolves at once, so
 * the same clock handed to a client (`createClient({ clock })`) and to the simulators makes
 * backoff and polling waits free while runs still move through their states.
 */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms` (never backward). */
  advance(ms: number): void;
  /** Sets the time (epoch milliseconds); must not be earlier than now. */
  set(epochMs: number): void;
}

/** A {@link ManualClock} starting at `startMs` (default: the real time now). */
export function createManualClock(startMs: number = Date.now()): ManualClock {
  let now = startMs;
  const advance = (ms: number) => {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance by ${ms} ms`);
    now += ms;
  };
  return {
    now: () => now,
    advance,
    set(epochMs) {
      if (epochMs < now) throw new RangeError("a manual clock does not go backwards");
      now = epochMs;
    },
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      advance(Math.max(0, ms));
      return Promise.resolve();
    },
  };
}

/** The system clock (real time), the default of every simulator. */
export const realClock: Clock = systemClock;
