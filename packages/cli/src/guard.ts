/**
 * `cancel-job guard <provider> <ids…>`: watches a run until it ends and exits with a code saying
 * how it ended. Stopped by SIGINT or SIGTERM (as CI runners stop the steps of a cancelled job), it
 * cancels the run first, within `--cancel-timeout`, and exits 130 or 143: a cancelled pipeline
 * leaves no run behind.
 */
import {
  CancelError,
  type FollowCancelOutcome,
  type FollowedRun,
  followRun,
  type RunState,
  type RunStatus,
} from "@cancel/sdk";
import type { Io } from "./cli.js";
import { type Flags, parseDuration } from "./config.js";
import { oneRun, providerOf } from "./one-run.js";
import {
  describeTarget,
  errorJson,
  errorLine,
  EXIT,
  exitFor,
  stateWords,
  statusJson,
  type Wording,
} from "./output.js";
import { PROVIDER_SPECS, UsageError } from "./providers.js";

/** The signals that stop a guard (and cancel its run). */
export type StopSignal = "SIGINT" | "SIGTERM";

/** Flags only `guard` takes. */
export const GUARD_FLAGS = ["on-timeout", "cancel-timeout"] as const;

/**
 * GitHub Actions sends SIGINT, then SIGTERM 7.5 s later, then kills 2.5 s after that: the cancel
 * fits before the second signal.
 */
export const GUARD_DEFAULTS = { cancelTimeoutMs: 7000 } as const;

/** How a run that ended by itself exits the guard. */
const EXIT_BY_STATE: Partial<Record<RunState, number>> = {
  succeeded: EXIT.ok,
  failed: EXIT.runFailed,
  "timed-out": EXIT.runFailed,
  ended: EXIT.runFailed,
  cancelled: EXIT.runCancelled,
  skipped: EXIT.runCancelled,
};

const SIGNAL_EXIT: Record<StopSignal, number> = { SIGINT: EXIT.sigint, SIGTERM: EXIT.sigterm };

export const GUARD_EXIT_HELP = `Exit codes of guard:
  0    the run succeeded
  1    the guard could not watch the run (server error, network)
  2    usage: bad command line, malformed id, unreadable file
  3    not found: the run does not exist
  4    authentication or configuration: missing or wrong credentials, forbidden
  6    the run failed (failed, timed out on the vendor's side, or ended without success)
  7    the run was cancelled by someone else, or skipped
  8    --timeout passed before the run ended (with --on-timeout cancel, it was cancelled)
  130  stopped by SIGINT: the run was cancelled first
  143  stopped by SIGTERM: the run was cancelled first`;

export function guardHelp(): string {
  const lines = PROVIDER_SPECS.map(
    (p) => `  ${p.id.padEnd(16)} ${p.ids.map((i) => `<${i}>`).join(" ")}`,
  );
  return `Usage: cancel-job guard <provider> <ids…> [--json] [--cancel-timeout 7s] [--timeout 2h [--on-timeout cancel]]

Watches a run until it ends and exits with a code that says how it ended. When the guard itself is
stopped (SIGINT or SIGTERM, as CI runners do when a job is cancelled), it cancels the run first,
within --cancel-timeout, then exits 130 or 143. Run it as the CI step that waits for the run
(with exec, so that the step's signal reaches it), and a cancelled pipeline leaves no run behind.

Providers:
${lines.join("\n")}

Options:
  --cancel-timeout <d>  how long the cancel on SIGINT/SIGTERM may take (default 7s: GitHub Actions
                        sends SIGTERM 7.5 s after SIGINT); a second signal does not cut it short
  --timeout <d>         stop watching after this long (default: until the run ends)
  --on-timeout <what>   leave (default) or cancel the run when --timeout passes
  --json                print one JSON object instead of text
  Provider options (--region, --host, --base-url, …) and --config, --insecure-loopback: as for
  cancel-job <provider>; see cancel-job <provider> --help.

Example:
  exec cancel-job guard databricks "$RUN_ID" --json

${GUARD_EXIT_HELP}
`;
}

/** The JSON of the cancel the guard made. */
function cancelJson(outcome: FollowCancelOutcome, word: Wording) {
  if (outcome.kind === "cancel-failed") {
    return {
      ok: false,
      reason: outcome.reason,
      error: errorJson(outcome.error, outcome.error.target, word).error,
    };
  }
  return {
    ok: true,
    reason: outcome.reason,
    outcome: outcome.result.outcome,
    requestId: outcome.result.requestId,
    final: outcome.final ? statusJson(outcome.final) : undefined,
  };
}

/** The cancel the guard made, in words. */
function cancelWords(outcome: FollowCancelOutcome, word: Wording): string {
  if (outcome.kind === "cancel-failed") {
    return `the cancel failed: ${outcome.error.kind}: ${word(outcome.error)}`;
  }
  const final = outcome.final ? ` → ${stateWords(outcome.final)}` : "";
  return `cancelled it: ${outcome.result.outcome}${final} (reason ${outcome.reason})`;
}

function durationWords(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export async function guard(positionals: string[], flags: Flags, io: Io): Promise<number> {
  if (flags.help) {
    io.stdout.write(guardHelp());
    return EXIT.ok;
  }
  for (const [name, why] of [
    ["wait", "guard always waits for the run"],
    ["file", "guard watches one run"],
    ["concurrency", "guard watches one run"],
  ] as const) {
    if (flags[name] !== undefined) throw new UsageError(`--${name} does not go with guard: ${why}`);
  }
  const [providerId, ...ids] = positionals;
  if (providerId === undefined) {
    throw new UsageError(
      "guard needs a provider and the run's ids: cancel-job guard <provider> <ids…>",
    );
  }
  const spec = providerOf(providerId);
  const duration = (name: string): number | undefined => {
    const text = flags[name];
    if (typeof text !== "string") return undefined;
    const ms = parseDuration(text, `--${name}`);
    if (ms <= 0)
      throw new UsageError(`--${name} must be longer than 0, got ${JSON.stringify(text)}`);
    return ms;
  };
  const watchMs = duration("timeout");
  const cancelMs = duration("cancel-timeout") ?? GUARD_DEFAULTS.cancelTimeoutMs;
  const onTimeout = flags["on-timeout"];
  if (onTimeout !== undefined && onTimeout !== "cancel" && onTimeout !== "leave") {
    throw new UsageError(`--on-timeout must be cancel or leave, got ${JSON.stringify(onTimeout)}`);
  }
  if (onTimeout !== undefined && watchMs === undefined) {
    throw new UsageError("--on-timeout goes with --timeout");
  }

  // Listening starts before anything else: a signal while the client is set up counts too.
  const stop = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const unsubscribe = io.onStopSignal?.((signal) => {
    // The first signal decides; a second one does not cut the cancel short (it is bounded).
    if (stoppedBy !== undefined) return;
    stoppedBy = signal;
    stop.abort(signal === "SIGINT" ? "user" : "shutdown");
  });
  try {
    const { target, client, word } = await oneRun(spec, ids, flags, io);
    return await watch(io, flags.json === true, word, {
      target,
      stoppedBy: () => stoppedBy,
      start: () =>
        followRun(client, target, { signal: stop.signal, cancel: { deadlineMs: cancelMs } }),
      watchMs,
      onTimeout: onTimeout === "cancel" ? "cancel" : "leave",
    });
  } finally {
    unsubscribe?.();
  }
}

interface Watch {
  target: FollowedRun["target"];
  stoppedBy(): StopSignal | undefined;
  start(): FollowedRun;
  watchMs: number | undefined;
  onTimeout: "cancel" | "leave";
}

/** Follows the run to its end, or to the guard's stop, and reports how it ended. */
async function watch(io: Io, json: boolean, word: Wording, w: Watch): Promise<number> {
  const { target } = w;
  const where = `${target.provider} ${describeTarget(target)}`;
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const print = (body: Record<string, unknown>, line: string, failed = false): void => {
    if (json)
      io.stdout.write(`${JSON.stringify({ provider: target.provider, target, ...body })}\n`);
    else if (failed) io.stderr.write(`cancel-job: ${where}: ${line}\n`);
    else io.stdout.write(`${where}: ${line}\n`);
  };
  const fail = (error: CancelError): number => {
    if (json) io.stdout.write(`${JSON.stringify(errorJson(error, target, word))}\n`);
    else io.stderr.write(`cancel-job: ${errorLine(error, target, word)}\n`);
    return exitFor(error);
  };

  let run: FollowedRun;
  try {
    run = w.start();
  } catch (error) {
    if (error instanceof CancelError) return fail(error);
    throw error;
  }
  let seen: string | undefined;
  try {
    const final = await run.wait({
      timeoutMs: w.watchMs ?? Number.POSITIVE_INFINITY,
      onTimeout: w.onTimeout,
      onProgress: (status: RunStatus) => {
        const words = stateWords(status);
        if (!json && words !== seen) io.stderr.write(`watching ${where}: ${words}\n`);
        seen = words;
      },
    });
    const code = EXIT_BY_STATE[final.state] ?? EXIT.runFailed;
    print(
      {
        ok: code === EXIT.ok,
        how: "ended",
        final: statusJson(final),
        exitCode: code,
        tookMs: took(),
      },
      `${stateWords(final)} after ${durationWords(took())}`,
    );
    return code;
  } catch (error) {
    if (!(error instanceof CancelError)) throw error;
    const signal = w.stoppedBy();
    if (signal !== undefined || (error.kind === "timeout" && w.watchMs !== undefined)) {
      // A timeout that leaves the run ends the tie here; a cancel (signal, --on-timeout cancel)
      // has already started, and `settled` waits for it.
      if (signal === undefined && w.onTimeout === "leave") run.done();
      const outcome = await run.settled;
      const cancel =
        outcome.kind === "cancelled" || outcome.kind === "cancel-failed" ? outcome : undefined;
      const code = signal !== undefined ? SIGNAL_EXIT[signal] : EXIT.watchTimeout;
      const what =
        signal ??
        `still ${error.lastStatus ? stateWords(error.lastStatus) : "not ended"} after --timeout`;
      print(
        {
          ok: false,
          how: signal !== undefined ? "signal" : "timeout",
          signal,
          lastStatus: error.lastStatus ? statusJson(error.lastStatus) : undefined,
          cancel: cancel ? cancelJson(cancel, word) : undefined,
          exitCode: code,
          tookMs: took(),
        },
        `${what}: ${cancel ? cancelWords(cancel, word) : "left running"}`,
        cancel?.kind === "cancel-failed",
      );
      return code;
    }
    // The guard could not watch (the run is missing, a read was refused): it leaves the run alone.
    run.done();
    return fail(error);
  }
}
