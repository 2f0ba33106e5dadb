import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Consumer } from "./consumers.ts";

/**
 * Where generated consumer modules live: under the package's node_modules (ignored by git, prettier
 * and biome everywhere), so their bare imports resolve to this package's dependencies.
 */
export const CACHE_DIR = join(import.meta.dirname, "..", "node_modules", ".cache", "bench");

export function writeModule(name: string, source: string): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, name);
  writeFileSync(file, `${source}\n`);
  return file;
}

/** Writes a consumer's module for `base` and returns its path. */
export function writeConsumer(consumer: Consumer, base: string): string {
  return writeModule(`${consumer.id}.mjs`, consumer.source(base));
}
