/**
 * Many cancels, as bulk mode (`--file`) and `--all` run them: `cancelMany` with a progress bar on a
 * terminal (else one line per target), an optional wait per run, a summary and the exit code.
 */
import {
  CancelError,
  type CancelManyEntry,
  type CancelTarget,
  type createCancelClient,
  type RunStatus,
} from "@cancel/sdk";
import type { Io } from "./cli.js";
import type { Flags } from "./config.js";
import {
  errorJson,
  errorLine,
  EXIT,
  exitForAll,
  resultJson,
  resultLine,
  type Wording,
} from "./output.js";
import { UsageError } from "./providers.js";

/** `--concurrency`, a positive whole number, or undefined when absent. */
export function parseConcurrency(flags: Flags): number | undefined {
  const concurrency = typeof flags.concurrency === "string" ? Number(flags.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new UsageError(
      `--concurrency must be a positive whole number, got ${JSON.stringify(flags.concurrency)}`,
    );
  }
  return concurrency;
}

/**
 * Bulk progress: a bar on a terminal; piped, one line per target as it ends (a failure with its
 * target), so that each failure is printed once, here or in the closing list.
 */
class Progress {
  readonly #io: Io;
  readonly #targets: readonly CancelTarget[];
  readonly #json: boolean;
  readonly #word: Wording;
  /** Targets whose failure is already printed. */
  readonly printed = new Set<number>();
  #ok = 0;
  #failed = 0;
  constructor(io: Io, targets: readonly CancelTarget[], json: boolean, word: Wording) {
    this.#io = io;
    this.#targets = targets;
    this.#json = json;
    this.#word = word;
  }
  update(index: number, entry: CancelManyEntry): void {
    if (entry.ok) this.#ok++;
    else this.#failed++;
    const done = this.#ok + this.#failed;
    const total = this.#targets.length;
    if (this.#io.stderr.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      this.#io.stderr.write(
        `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ok ${this.#ok} failed ${this.#failed}`,
      );
      if (done === total) this.#io.stderr.write("\n");
    } else if (!this.#json) {
      this.#io.stdout.write(
        entry.ok
          ? `ok   ${resultLine(entry.result, undefined)}\n`
          : `FAIL ${errorLine(entry.error, this.#targets[index], this.#word)}\n`,
      );
      if (!entry.ok) this.printed.add(index);
    }
  }
}

export interface ManyOptions {
  io: Io;
  json: boolean;
  word: Wording;
  wait: boolean | { timeoutMs: number };
  concurrency?: number | undefined;
  /** Read once after a cancel the vendor accepts for ended runs too (`--all`). */
  verify?: boolean | undefined;
  /** More keys of the JSON answer (`--all`'s plan). */
  extraJson?: Record<string, unknown> | undefined;
}

/** Cancels the targets and reports each, then the summary; returns the exit code. */
export async function cancelAndReport(
  client: ReturnType<typeof createCancelClient>,
  targets: readonly CancelTarget[],
  options: ManyOptions,
): Promise<number> {
  const { io, json, word, wait } = options;
  const progress = new Progress(io, targets, json, word);
  const started = performance.now();
  const entries = await client.cancelMany(targets, {
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.verify ? { verify: true } : {}),
    onProgress: ({ index, entry }) => progress.update(index, entry),
  });
  // With --wait, each accepted cancel is followed to the run's end; a failed wait is the
  // target's outcome (its error), so every target still ends with exactly one outcome.
  const finalStates = new Map<number, RunStatus>();
  let finals: CancelManyEntry[] = entries;
  if (wait) {
    finals = await Promise.all(
      entries.map(async (entry, i): Promise<CancelManyEntry> => {
        if (!entry.ok || !entry.result.waitable) return entry;
        try {
          finalStates.set(i, await entry.result.wait(wait === true ? {} : wait));
          return entry;
        } catch (error) {
          if (error instanceof CancelError) return { ok: false, error };
          throw error;
        }
      }),
    );
  }
  const took = performance.now() - started;
  const failed = finals.filter((e) => !e.ok);
  const summary = {
    total: finals.length,
    ok: finals.length - failed.length,
    failed: failed.length,
    byOutcome: Object.fromEntries(
      [...new Set(finals.filter((e) => e.ok).map((e) => e.result!.outcome))].map((o) => [
        o,
        finals.filter((e) => e.ok && e.result.outcome === o).length,
      ]),
    ),
    tookMs: Math.round(took),
  };
  if (json) {
    io.stdout.write(
      `${JSON.stringify({
        ...options.extraJson,
        results: finals.map((e, i) =>
          e.ok ? resultJson(e.result, 0, finalStates.get(i)) : errorJson(e.error, targets[i], word),
        ),
        summary,
      })}\n`,
    );
  } else {
    for (const [i, entry] of finals.entries()) {
      if (!entry.ok && !progress.printed.has(i)) {
        io.stderr.write(`cancel-job: ${errorLine(entry.error, targets[i], word)}\n`);
      }
    }
    io.stdout.write(
      `${summary.ok} of ${summary.total} done (${
        Object.entries(summary.byOutcome)
          .map(([o, n]) => `${n} ${o}`)
          .join(", ") || "none"
      }), ${summary.failed} failed, in ${(took / 1000).toFixed(1)} s\n`,
    );
  }
  if (failed.length === 0) return EXIT.ok;
  if (failed.length < finals.length) return EXIT.partial;
  return exitForAll(failed.map((e) => e.error!));
}
