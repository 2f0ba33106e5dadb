import { pathToFileURL } from "node:url";
import { writeConsumer } from "./cache.ts";
import type { Consumer } from "./consumers.ts";
import { quantile, sortNumbers } from "./stats.ts";

export interface PerCallSettings {
  /** Calls per consumer before measuring. */
  warmup: number;
  /** Rounds; each round runs every consumer once, in a rotated order. */
  rounds: number;
  /** Calls per consumer per round, each timed alone. */
  batch: number;
}

export interface PerCallRow {
  consumer: Consumer;
  /** Milliseconds. */
  median: number;
  p99: number;
  calls: number;
  error?: string;
}

type Run = () => Promise<unknown>;

/**
 * Per-call latency of each consumer against the loopback server: warm-up, then `rounds` rounds
 * in which every consumer makes `batch` sequential calls, the order rotated each round so that
 * drift (CPU frequency, GC, the server's state) spreads over all of them.
 */
export async function measurePerCall(
  consumers: readonly Consumer[],
  base: string,
  settings: PerCallSettings,
): Promise<PerCallRow[]> {
  const runs = new Map<Consumer, Run>();
  const errors = new Map<Consumer, string>();
  for (const consumer of consumers) {
    try {
      const file = writeConsumer(consumer, base);
      const { run } = (await import(pathToFileURL(file).href)) as { run: Run };
      await run();
      runs.set(consumer, run);
    } catch (error) {
      errors.set(consumer, error instanceof Error ? error.message : String(error));
    }
  }
  const live = consumers.filter((c) => runs.has(c));
  for (const consumer of live) {
    const run = runs.get(consumer)!;
    for (let i = 0; i < settings.warmup; i++) await run();
  }
  const samples = new Map<Consumer, number[]>(live.map((c) => [c, []]));
  for (let round = 0; round < settings.rounds; round++) {
    for (let k = 0; k < live.length; k++) {
      const consumer = live[(k + round) % live.length]!;
      const run = runs.get(consumer)!;
      const into = samples.get(consumer)!;
      for (let i = 0; i < settings.batch; i++) {
        const start = performance.now();
        await run();
        into.push(performance.now() - start);
      }
    }
  }
  return consumers.map((consumer) => {
    const error = errors.get(consumer);
    if (error !== undefined) return { consumer, median: NaN, p99: NaN, calls: 0, error };
    const sorted = sortNumbers(samples.get(consumer)!);
    return {
      consumer,
      median: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      calls: sorted.length,
    };
  });
}
