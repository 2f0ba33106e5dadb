import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type CancelClientConfig, CancelError, type CancelTarget, PROVIDERS } from "@cancel/sdk";
import {
  checkBulkFlags,
  checkExclusions,
  type Flags,
  PROVIDER_FLAG_NAMES,
  parseDuration,
  readConfig,
  specsOf,
  withFlagFields,
} from "./config.js";
import {
  ALL_FLAGS,
  allHelp,
  cancelAll,
  listScopeOf,
  ONLY_WITH_ALL,
  SCOPE_FLAG_NAMES,
  scopeFlags,
} from "./all.js";
import { GUARD_FLAGS, guard, type StopSignal } from "./guard.js";
import { cliMessage } from "./messages.js";
import { cancelAndReport, parseConcurrency } from "./many.js";
import { commandClient, oneRun, providerOf } from "./one-run.js";
import {
  errorJson,
  errorLine,
  EXIT,
  exitFor,
  exitForAll,
  resultJson,
  resultLine,
} from "./output.js";
import { PROVIDER_SPECS, type ProviderSpec, providerSpec, UsageError } from "./providers.js";

export { EXIT, parseDuration };

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input as text (for `-` / `--file -`). */
  readStdin(): Promise<string>;
  env: Record<string, string | undefined>;
  /** Extra configuration merged under the command line's (tests inject fetch, clock…). */
  config?: CancelClientConfig;
  /**
   * Calls `handler` on SIGINT or SIGTERM until the returned function is called (`guard` cancels
   * its run then). While it listens, the signals do not end the process.
   */
  onStopSignal?(handler: (signal: StopSignal) => void): () => void;
  /**
   * Asks a question on the terminal and resolves with the answer (`--all` confirms its plan).
   * Absent when there is no terminal to ask on: `--all` then needs `--yes` or `--dry-run`.
   */
  ask?(question: string): Promise<string | undefined>;
}

const COMMON_FLAGS = {
  wait: { type: "boolean" },
  timeout: { type: "string" },
  json: { type: "boolean" },
  file: { type: "string" },
  config: { type: "string" },
  concurrency: { type: "string" },
  "base-url": { type: "string" },
  "insecure-loopback": { type: "boolean" },
  "on-timeout": { type: "string" },
  "cancel-timeout": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const PROVIDER_FLAGS = Object.fromEntries(
  PROVIDER_FLAG_NAMES.map((name) => [name, { type: "string" as const }]),
);

/** `--all`'s flags, and each listing provider's own filters that no other flag takes. */
const SELECT_FLAGS = {
  ...ALL_FLAGS,
  ...scopeFlags([...Object.keys(COMMON_FLAGS), ...PROVIDER_FLAG_NAMES, ...Object.keys(ALL_FLAGS)]),
};

const EXIT_HELP = `Exit codes:
  0  every run cancelled, cancel accepted, or already finished
  1  a cancel failed (server error, network, timeout)
  2  usage: bad command line, malformed id, unreadable file
  3  not found: the run does not exist
  4  authentication or configuration: missing or wrong credentials, forbidden
  5  partial failure: some targets of a bulk run failed`;

/** Wraps text at 100 columns; continuation lines start with `indent` spaces. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

export function mainHelp(): string {
  const lines = PROVIDER_SPECS.map(
    (p) => `  ${p.id.padEnd(16)} ${p.ids.map((i) => `<${i}>`).join(" ")}`,
  );
  const environment = PROVIDER_SPECS.map(
    (p) => `  ${p.id.padEnd(16)} ${wrap(p.env.join(", "), 19)}`,
  );
  return `Usage: cancel-job <provider> <ids…> [--wait] [--timeout 20m] [--json]
       cancel-job --file targets.jsonl [--wait] [--json] [--concurrency 8]
       cancel-job <provider> <scope ids…> --all [--state s] [--older-than 2h] [--dry-run] [--yes]
       cancel-job guard <provider> <ids…> [--json] [--cancel-timeout 7s]
       cancel-job <provider> --help, cancel-job guard --help

Cancels a job run. Credentials come from the same environment variables and options as the
@cancel/* libraries; flags win over the environment. guard watches a run until it ends, and
cancels it if the guard is stopped first (SIGINT, SIGTERM): see cancel-job guard --help. --all
cancels every run of a scope that matches its filters (an EMR application, an MRS cluster…), after
showing the plan: see cancel-job <provider> --help.

Providers:
${lines.join("\n")}

Options:
  --wait               wait until the run has ended and print its final state
  --timeout <d>        how long --wait may take (e.g. 90s, 20m, 1h; default 20m)
  --json               print JSON instead of text
  --file <path>        cancel many: one JSON target per line ({"provider": "databricks", "runId": 1}); - for stdin
  --config <path>      JSON configuration for createCancelClient (per provider: baseUrl, region, credentials…)
  --concurrency <n>    cancels in flight per provider in bulk mode (default 8)
  --base-url <url>     the provider's endpoint (a proxy or a local simulator)
  --insecure-loopback  allow plain http to 127.0.0.1 / localhost (local simulators)

${wrap(`Provider options (${PROVIDER_FLAG_NAMES.map((n) => `--${n}`).join(", ")}): see cancel-job <provider> --help. In bulk mode each flag applies to the targets of its provider; one that applies to no target, or to targets of providers that would read it differently (--base-url, --region), is a usage error.`, 0)}

Environment:
${environment.join("\n")}

${EXIT_HELP}
`;
}

export function providerHelp(p: ProviderSpec): string {
  const flags = Object.entries(p.flags).map(
    ([name, flag]) =>
      `  --${name.padEnd(18)} ${flag.description}${flag.env ? ` (default: ${flag.env})` : ""}`,
  );
  const scope = listScopeOf(p.id);
  const scopeIds = (scope ?? [])
    .filter((f) => f.required)
    .map((f) => `<${f.flag}>`)
    .join(" ");
  const allUsage = scope
    ? `\n       cancel-job ${p.id}${scopeIds ? ` ${scopeIds}` : ""} --all [filters] [--dry-run] [--yes]`
    : "";
  const all = scope
    ? `\n\n${allHelp(p)}`
    : `\n\n--all: ${p.id} lists no runs (its API has no list operation); cancel each run by its ids.`;
  const allExample = scope
    ? `\n  cancel-job ${p.id}${scopeIds ? ` ${scopeIds}` : ""} --all --older-than 2h --dry-run`
    : "";
  return `Usage: cancel-job ${p.id} ${p.ids.map((i) => `<${i}>`).join(" ")} [options]${allUsage}

${p.summary}

Identifiers: ${p.ids.join(", ")}
Environment: ${wrap(p.env.join(", "), 13)}

Options:
${flags.join("\n")}
  --${"base-url <url>".padEnd(18)} the endpoint (a proxy or a local simulator)
  --wait, --timeout <d>, --json, --insecure-loopback   as for every provider${all}

Example:
  ${p.example}${allExample}

${EXIT_HELP}
`;
}

/** Parses JSON-lines targets; a bad line is a usage error naming its line number. */
export function parseTargets(text: string, source: string): CancelTarget[] {
  return parseTargetLines(text, source).map(({ target }) => target);
}

/** As {@link parseTargets}, with each target's line number. */
function parseTargetLines(text: string, source: string): { target: CancelTarget; line: number }[] {
  const targets: { target: CancelTarget; line: number }[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${source} line ${index + 1} is not JSON: ${line.slice(0, 60)}`);
    }
    const provider = (value as { provider?: unknown } | null)?.provider;
    if (typeof provider !== "string" || !(PROVIDERS as readonly string[]).includes(provider)) {
      throw new UsageError(
        `${source} line ${index + 1} needs "provider": one of ${PROVIDERS.join(", ")}`,
      );
    }
    targets.push({ target: value as CancelTarget, line: index + 1 });
  }
  if (targets.length === 0) throw new UsageError(`${source} has no targets`);
  return targets;
}

/** Runs the CLI; returns the exit code. Never throws for bad input: it prints one line instead. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await runUnsafe(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`cancel-job: ${error.message}\nRun cancel-job --help for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof CancelError) {
      const word = (e: CancelError) => cliMessage(e, { flags: {}, env: io.env, fileConfig: {} });
      io.stderr.write(`cancel-job: ${errorLine(error, undefined, word)}\n`);
      return exitFor(error);
    }
    io.stderr.write(
      `cancel-job: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`,
    );
    return EXIT.failed;
  }
}

async function runUnsafe(argv: string[], io: Io): Promise<number> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_FLAGS, ...PROVIDER_FLAGS, ...SELECT_FLAGS },
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  const flags = parsed.values as Flags;
  const [first, ...ids] = parsed.positionals;
  const selecting = ["all", ...ONLY_WITH_ALL, ...SCOPE_FLAG_NAMES].filter(
    (name) => flags[name] !== undefined && !PROVIDER_FLAG_NAMES.includes(name),
  );
  if (selecting.length > 0 && (first === "guard" || first === "-" || flags.file !== undefined)) {
    throw new UsageError(
      `--${selecting[0]} goes with cancel-job <provider> <scope ids…> --all, not with ${first === "guard" ? "guard" : "bulk mode"}`,
    );
  }
  if (first === "guard") return guard(ids, flags, io);
  for (const name of GUARD_FLAGS) {
    if (flags[name] !== undefined) throw new UsageError(`--${name} goes with guard`);
  }
  const timeoutMs = typeof flags.timeout === "string" ? parseDuration(flags.timeout) : undefined;
  const wait = flags.wait === true ? (timeoutMs !== undefined ? { timeoutMs } : true) : false;
  if (flags.timeout !== undefined && flags.wait !== true)
    throw new UsageError("--timeout goes with --wait");

  const bulkSource = typeof flags.file === "string" ? flags.file : first === "-" ? "-" : undefined;
  if (bulkSource !== undefined) {
    if (flags.help) {
      io.stdout.write(mainHelp());
      return EXIT.ok;
    }
    const extra = first === "-" ? ids : parsed.positionals;
    if (extra.length > 0) {
      throw new UsageError(
        `bulk mode takes its targets from ${bulkSource === "-" ? "stdin" : bulkSource}, not from the command line: drop ${extra.join(" ")}`,
      );
    }
    const fileConfig = await readConfig(
      typeof flags.config === "string" ? flags.config : undefined,
    );
    return bulk(bulkSource, flags, io, fileConfig, wait);
  }

  if (first === undefined) {
    if (flags.help) {
      io.stdout.write(mainHelp());
      return EXIT.ok;
    }
    throw new UsageError(
      "name a provider (databricks, emr-serverless, huawei-mrs, huawei-dli, fabric-workload) or --file",
    );
  }
  const spec = providerOf(first);
  if (flags.help) {
    io.stdout.write(providerHelp(spec));
    return EXIT.ok;
  }
  if (flags.all === true) return cancelAll(spec, ids, flags, io, wait);
  for (const name of [...ONLY_WITH_ALL, ...SCOPE_FLAG_NAMES]) {
    if (flags[name] !== undefined && !PROVIDER_FLAG_NAMES.includes(name))
      throw new UsageError(`--${name} goes with --all (cancel by filter)`);
  }
  const { target, client, word } = await oneRun(spec, ids, flags, io);
  const json = flags.json === true;
  const started = performance.now();
  try {
    const result = await client.cancel(target, wait ? { wait } : {});
    const took = performance.now() - started;
    io.stdout.write(
      json
        ? `${JSON.stringify(resultJson(result, Math.round(took)))}\n`
        : `${resultLine(result, took)}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof CancelError)) throw error;
    if (json) io.stdout.write(`${JSON.stringify(errorJson(error, target, word))}\n`);
    else io.stderr.write(`cancel-job: ${errorLine(error, target, word)}\n`);
    return exitFor(error);
  }
}

async function bulk(
  source: string,
  flags: Flags,
  io: Io,
  fileConfig: CancelClientConfig,
  wait: boolean | { timeoutMs: number },
): Promise<number> {
  let text: string;
  try {
    text = source === "-" ? await io.readStdin() : await readFile(source, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`,
    );
  }
  const name = source === "-" ? "stdin" : source;
  const lines = parseTargetLines(text, name);
  const specs = specsOf(lines.map(({ target }) => target));
  checkExclusions(specs, flags);
  checkBulkFlags(flags, specs, name);
  const targets = lines.map(({ target, line }) =>
    withFlagFields(providerSpec(target.provider)!, target, flags, `${name} line ${line}`),
  );
  const concurrency = parseConcurrency(flags);
  const { client, word } = commandClient(specs, flags, io, fileConfig);

  // Each provider's configuration is checked before anything is sent: a missing region is one
  // error, not one per target.
  const refused: CancelError[] = [];
  for (const spec of specs) {
    try {
      client.providerClient(spec.id);
    } catch (error) {
      if (!(error instanceof CancelError)) throw error;
      refused.push(error);
    }
  }
  if (refused.length > 0) {
    for (const error of refused)
      io.stderr.write(`cancel-job: ${errorLine(error, undefined, word)}\n`);
    io.stderr.write(`cancel-job: nothing was sent (${targets.length} targets in ${name})\n`);
    return exitForAll(refused);
  }

  return cancelAndReport(client, targets, {
    io,
    json: flags.json === true,
    word,
    wait,
    ...(concurrency ? { concurrency } : {}),
  });
}
