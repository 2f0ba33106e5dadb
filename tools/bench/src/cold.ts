import { spawnSync } from "node:child_process";
import { writeConsumer, writeModule } from "./cache.ts";
import type { Consumer } from "./consumers.ts";
import { median } from "./stats.ts";

export interface ColdRow {
  /** Undefined for the bare `node -e 0` start. */
  consumer: Consumer | undefined;
  label: string;
  /** Wall time from spawn to exit, ms (median over samples). */
  wall: number;
  /** Inside the child: time from process start to the consumer module imported (client created). */
  imported: number;
  /** Inside the child: the first call. */
  firstCall: number;
  samples: number;
  error?: string;
}

interface Variant {
  consumer: Consumer | undefined;
  label: string;
  args: string[];
}

/**
 * Cold start: a fresh `node` per sample that imports one consumer module (creating its client),
 * makes one cancel against the loopback server and exits; against `node -e 0`. Samples of all
 * variants are interleaved. Wall time is measured by the parent, spawn to exit.
 */
export function measureColdStart(
  consumers: readonly Consumer[],
  base: string,
  settings: { samples: number },
): ColdRow[] {
  const variants: Variant[] = [
    { consumer: undefined, label: "bare `node -e 0`", args: ["-e", "0"] },
  ];
  for (const consumer of consumers) {
    const module = writeConsumer(consumer, base);
    const child = writeModule(
      `cold.${consumer.id}.mjs`,
      [
        `const { run } = await import(${JSON.stringify(`./${module.split("/").pop()}`)});`,
        `const imported = performance.now();`,
        `await run();`,
        `const called = performance.now();`,
        `process.stdout.write(JSON.stringify({ imported, firstCall: called - imported }));`,
        `process.exit(0);`,
      ].join("\n"),
    );
    variants.push({ consumer, label: consumer.label, args: [child] });
  }
  const walls = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  const inner = new Map<Variant, { imported: number; firstCall: number }[]>(
    variants.map((v) => [v, []]),
  );
  const errors = new Map<Variant, string>();
  // One unmeasured round warms the file cache.
  for (let round = -1; round < settings.samples; round++) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(k + Math.max(round, 0)) % variants.length]!;
      if (errors.has(variant)) continue;
      const start = performance.now();
      const result = spawnSync(process.execPath, variant.args, {
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      });
      const wall = performance.now() - start;
      if (result.status !== 0) {
        errors.set(variant, (result.stderr || `exit ${result.status}`).trim().split("\n")[0]!);
        continue;
      }
      if (round < 0) continue;
      walls.get(variant)!.push(wall);
      if (variant.consumer) inner.get(variant)!.push(JSON.parse(result.stdout));
    }
  }
  return variants.map((variant) => {
    const error = errors.get(variant);
    const times = inner.get(variant)!;
    return {
      consumer: variant.consumer,
      label: variant.label,
      wall: error ? NaN : median(walls.get(variant)!),
      imported: variant.consumer && !error ? median(times.map((t) => t.imported)) : NaN,
      firstCall: variant.consumer && !error ? median(times.map((t) => t.firstCall)) : NaN,
      samples: walls.get(variant)!.length,
      ...(error ? { error } : {}),
    };
  });
}
