/**
 * `cancel-job <provider> <scope ids…> --all`: every run a selector matches in a scope (an EMR
 * application, an MRS cluster, …), planned first (`planCancel`), shown, confirmed, then cancelled as
 * bulk mode cancels. The scope's ids and the vendor's own filters derive from each spec's list
 * operation (`x-cancel-list`), through the adapters' profiles.
 */
import {
  ADAPTERS,
  type AnyProviderAdapter,
  type CancelPlan,
  type PlannedRun,
  planCancel,
  type ProviderId,
  RUN_STATES,
  type RunSelector,
  type RunState,
} from "@cancel/sdk";
import type { Io } from "./cli.js";
import {
  checkExclusions,
  type Flags,
  PROVIDER_FLAG_NAMES,
  parseDuration,
  readConfig,
  withFlagFields,
} from "./config.js";
import { cancelAndReport, parseConcurrency } from "./many.js";
import { commandClient } from "./one-run.js";
import { describeTarget, EXIT } from "./output.js";
import { type ProviderSpec, UsageError } from "./providers.js";

/** The filter flags of `--all`, beside `--all` itself. */
export const ALL_FLAGS = {
  all: { type: "boolean" },
  state: { type: "string" },
  "older-than": { type: "string" },
  "newer-than": { type: "string" },
  name: { type: "string" },
  "max-runs": { type: "string" },
  "dry-run": { type: "boolean" },
  yes: { type: "boolean", short: "y" },
} as const;

/** Flags that only mean something with `--all`. */
const ONLY_WITH_ALL = Object.keys(ALL_FLAGS).filter((name) => name !== "all");

/** `jobExecutionId` → `job-execution-id`. */
const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One input of a provider's list: its key, flag and JSON type. */
interface ScopeField {
  key: string;
  flag: string;
  type: string;
  required: boolean;
}

/** A provider's list scope, from its spec (`x-cancel-list`): undefined where it lists nothing. */
export function listScopeOf(provider: ProviderId): ScopeField[] | undefined {
  const rule = (ADAPTERS[provider] as AnyProviderAdapter).profile.list;
  if (!rule) return undefined;
  return Object.entries(rule.scope).map(([key, required]) => {
    const field = rule.operation.fields.find((f) => f.key === key);
    const type = (field?.schema as { type?: string } | undefined)?.type ?? "string";
    return { key, flag: kebab(key), type, required };
  });
}

/** Every provider's optional list inputs, as flags (`--job-id`, `--queue-name`…), by name. */
const SCOPE_FLAG_TYPES = new Map<string, Set<string>>();
for (const provider of Object.keys(ADAPTERS) as ProviderId[]) {
  for (const field of listScopeOf(provider) ?? []) {
    if (field.required) continue;
    SCOPE_FLAG_TYPES.set(
      field.flag,
      (SCOPE_FLAG_TYPES.get(field.flag) ?? new Set()).add(field.type),
    );
  }
}

/** The scope flags for `parseArgs`: boolean where every provider's field is, else a string. */
export function scopeFlags(
  taken: readonly string[],
): Record<string, { type: "string" | "boolean" }> {
  const out: Record<string, { type: "string" | "boolean" }> = {};
  for (const [flag, types] of SCOPE_FLAG_TYPES) {
    if (taken.includes(flag)) continue;
    out[flag] = { type: types.size === 1 && types.has("boolean") ? "boolean" : "string" };
  }
  return out;
}

export const SCOPE_FLAG_NAMES: readonly string[] = [...SCOPE_FLAG_TYPES.keys()];

/** A flag's text as its field's value (arrays: comma-separated). */
function parseValue(field: ScopeField, value: string | boolean, what: string): unknown {
  if (typeof value === "boolean") {
    if (field.type !== "boolean") throw new UsageError(`${what} needs a value`);
    return value;
  }
  if (value === "") throw new UsageError(`${what} is empty`);
  switch (field.type) {
    case "integer":
      if (!/^-?\d+$/.test(value))
        throw new UsageError(`${what} must be a whole number, got ${JSON.stringify(value)}`);
      return Number(value);
    case "number": {
      const n = Number(value);
      if (!Number.isFinite(n))
        throw new UsageError(`${what} must be a number, got ${JSON.stringify(value)}`);
      return n;
    }
    case "boolean":
      if (value !== "true" && value !== "false")
        throw new UsageError(`${what} must be true or false, got ${JSON.stringify(value)}`);
      return value === "true";
    case "array":
      return value.split(",").map((v) => v.trim());
    default:
      return value;
  }
}

/** `--state running,pending`: normalized run states. */
function parseStates(text: string): RunState[] {
  const states = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = states.filter((s) => !(RUN_STATES as readonly string[]).includes(s));
  if (states.length === 0 || bad.length > 0) {
    throw new UsageError(
      `--state takes run states separated by commas (${RUN_STATES.join(", ")}), got ${JSON.stringify(text)}`,
    );
  }
  return states as RunState[];
}

/** `3h 2m`, `45s`, `2d 4h`: an age in words. */
export function ageWords(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

function runJson(run: PlannedRun) {
  return {
    target: run.target,
    state: run.state,
    vendorState: run.vendorState,
    vendorResult: run.vendorResult,
    createdAt: run.createdAt?.toISOString(),
    ageMs: run.ageMs,
    name: run.name,
  };
}

export function planJson(plan: CancelPlan) {
  return {
    provider: plan.provider,
    runs: plan.runs.map(runJson),
    listed: plan.listed,
    pages: plan.pages,
    plannedAt: plan.plannedAt.toISOString(),
  };
}

/** The plan in words: one line per run, then what was listed. */
export function planText(plan: CancelPlan, scope: string): string {
  const lines = plan.runs.map((run) => {
    const ids = describeTarget(run.target);
    const vendor = [run.vendorState, run.vendorResult].filter(Boolean).join("/");
    const parts = [`  ${ids}`, `${run.state}${vendor ? ` (${vendor})` : ""}`];
    if (run.ageMs !== undefined) parts.push(`age ${ageWords(run.ageMs)}`);
    if (run.name !== undefined) parts.push(JSON.stringify(run.name));
    return parts.join("  ");
  });
  const head =
    plan.runs.length === 0
      ? `No run of ${plan.provider} ${scope} matches`
      : `${plan.runs.length} run${plan.runs.length === 1 ? "" : "s"} of ${plan.provider} ${scope} to cancel:`;
  return `${[head, ...lines].join("\n")}\n(listed ${plan.listed} in ${plan.pages} page${plan.pages === 1 ? "" : "s"})\n`;
}

/** Help lines for `--all`, for one provider or for all. */
export function allHelp(spec?: ProviderSpec): string {
  const scope = spec ? listScopeOf(spec.id) : undefined;
  const filters = scope?.filter((f) => !f.required) ?? [];
  const own = filters.length
    ? `\n  ${filters.map((f) => `--${f.flag}${f.type === "boolean" ? "" : ` <${f.type === "array" ? "a,b" : f.type === "integer" ? "n" : "value"}>`}`).join(", ")}\n                        the vendor's own filters (its list operation's inputs)`
    : "";
  return `Cancel by filter (--all): every run in a scope that matches, planned and shown first.
  --all                 cancel every matching run (default: every run that has not ended)
  --state <s,…>         only runs in these states (${RUN_STATES.join(", ")})
  --older-than <d>      only runs created more than <d> ago (90s, 20m, 2h)
  --newer-than <d>      only runs created less than <d> ago
  --name <name>         only runs of this name, where the vendor lists names
  --max-runs <n>        refuse a plan of more than <n> runs (default 1000)
  --dry-run             print the plan and cancel nothing
  --yes, -y             cancel without asking (required without a terminal)${own}`;
}

/** `cancel-job <provider> <scope ids…> --all`. */
export async function cancelAll(
  spec: ProviderSpec,
  ids: readonly string[],
  flags: Flags,
  io: Io,
  wait: boolean | { timeoutMs: number },
): Promise<number> {
  const scope = listScopeOf(spec.id);
  if (!scope) {
    throw new UsageError(
      `${spec.id} lists no runs (its API has no list operation), so --all cannot find any: cancel each run by its ids`,
    );
  }
  for (const name of PROVIDER_FLAG_NAMES) {
    if (flags[name] !== undefined && !(name in spec.flags)) {
      throw new UsageError(
        `--${name} does not apply to ${spec.id} (see cancel-job ${spec.id} --help)`,
      );
    }
  }
  const own = new Set(scope.filter((f) => !f.required).map((f) => f.flag));
  for (const name of SCOPE_FLAG_NAMES) {
    if (flags[name] !== undefined && !own.has(name) && !(name in spec.flags)) {
      throw new UsageError(
        `--${name} does not apply to ${spec.id} --all (see cancel-job ${spec.id} --help)`,
      );
    }
  }
  if (flags.file !== undefined) throw new UsageError("--all finds its runs itself: drop --file");
  checkExclusions([spec], flags);

  const required = scope.filter((f) => f.required);
  if (ids.length !== required.length) {
    const names = required.map((f) => `<${f.flag}>`).join(" ");
    throw new UsageError(
      `${spec.id} --all takes ${required.length === 0 ? "no ids" : `the scope ${names}`}, got ${ids.length} id${ids.length === 1 ? "" : "s"}`,
    );
  }
  const selector: Record<string, unknown> = { provider: spec.id };
  required.forEach((field, i) => {
    selector[field.key] = parseValue(field, ids[i]!, `<${field.flag}>`);
  });
  for (const field of scope.filter((f) => !f.required)) {
    const value = flags[field.flag];
    if (value !== undefined) selector[field.key] = parseValue(field, value, `--${field.flag}`);
  }
  if (typeof flags.state === "string") selector.states = parseStates(flags.state);
  if (typeof flags["older-than"] === "string")
    selector.olderThanMs = parseDuration(flags["older-than"], "--older-than");
  const newer =
    typeof flags["newer-than"] === "string"
      ? parseDuration(flags["newer-than"], "--newer-than")
      : undefined;
  if (typeof flags.name === "string") selector.name = flags.name;
  if (typeof flags["max-runs"] === "string") {
    if (!/^\d+$/.test(flags["max-runs"]) || Number(flags["max-runs"]) < 1)
      throw new UsageError(
        `--max-runs must be a positive whole number, got ${JSON.stringify(flags["max-runs"])}`,
      );
    selector.maxRuns = Number(flags["max-runs"]);
  }
  const concurrency = parseConcurrency(flags);
  const dryRun = flags["dry-run"] === true;
  const yes = flags.yes === true;
  const json = flags.json === true;
  // Nobody to ask: refuse before anything is sent, rather than cancel unseen runs.
  if (!dryRun && !yes && !io.ask) {
    throw new UsageError(
      "--all would cancel runs without a terminal to confirm on: pass --yes to cancel, or --dry-run to see the plan",
    );
  }
  if (dryRun && yes) throw new UsageError("--dry-run cancels nothing: drop --yes");

  const fileConfig = await readConfig(typeof flags.config === "string" ? flags.config : undefined);
  const { client, word } = commandClient([spec], flags, io, fileConfig);
  if (newer !== undefined) selector.createdAfter = client.clock.now() - newer;
  const scopeWords = required.map((f) => `${f.key}=${String(selector[f.key])}`).join(" ");

  const plan = (await planCancel(client, selector as unknown as RunSelector)) as CancelPlan;
  const targets = plan.runs.map((run) =>
    withFlagFields(spec, run.target, flags, `a run of the plan`),
  );
  if (dryRun || plan.runs.length === 0) {
    io.stdout.write(
      json ? `${JSON.stringify({ dryRun, plan: planJson(plan) })}\n` : planText(plan, scopeWords),
    );
    return EXIT.ok;
  }
  if (!yes) {
    io.stderr.write(planText(plan, scopeWords));
    const answer = (
      await io.ask!(`Cancel ${plan.runs.length} run${plan.runs.length === 1 ? "" : "s"}? [y/N] `)
    )
      ?.trim()
      .toLowerCase();
    if (answer !== "y" && answer !== "yes") {
      io.stderr.write("Nothing was cancelled.\n");
      return EXIT.ok;
    }
  } else if (!json) {
    io.stdout.write(planText(plan, scopeWords));
  }
  return cancelAndReport(client, targets, {
    io,
    json,
    word,
    wait,
    concurrency,
    verify: true,
    extraJson: { plan: planJson(plan) },
  });
}

export { ONLY_WITH_ALL };
