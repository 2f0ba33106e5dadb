import { spawn } from "node:child_process";
import { join } from "node:path";

export type BulkMode = "raw" | "raw-http" | "sdk" | "emr-loop";

export interface BulkResult {
  mode: BulkMode;
  n: number;
  concurrency: number;
  ms: number;
  ok: number;
  baselineHeap: number;
  baselineRss: number;
  peakHeap: number;
  peakRss: number;
  /** Heap still live after the run with every result held, above the baseline. */
  live: number;
  maxRss: number;
  error?: string;
}

/** Runs one bulk measurement in a fresh `node --expose-gc` process. */
export function runBulk(
  mode: BulkMode,
  n: number,
  concurrency: number,
  base: string,
): Promise<BulkResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--expose-gc",
        join(import.meta.dirname, "bulk-child.mjs"),
        mode,
        String(n),
        String(concurrency),
        base,
      ],
      { stdio: ["ignore", "pipe", "pipe"], cwd: join(import.meta.dirname, "..") },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    child.on("close", (code) => {
      if (code === 0) {
        resolve(JSON.parse(out) as BulkResult);
        return;
      }
      const line = err.split("\n").find((l) => /Error|error/.test(l)) ?? `exit ${code}`;
      resolve({
        mode,
        n,
        concurrency,
        ms: NaN,
        ok: 0,
        baselineHeap: NaN,
        baselineRss: NaN,
        peakHeap: NaN,
        peakRss: NaN,
        live: NaN,
        maxRss: NaN,
        error: line.trim(),
      });
    });
  });
}
