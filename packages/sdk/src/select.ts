/**
 * Selectors: find a vendor's runs by scope and filters (its spec's list operation,
 * `x-cancel-list`), plan what a cancel would stop, and hand the plan to `cancelMany`.
 */
import {
  type AnyListRule,
  type Clock,
  fromEpochMs,
  type ListedRun,
  listRuns,
  onlyActive,
  type ProviderClient,
  RUN_STATES,
  type RunState,
  SELECTOR_FILTERS,
  TERMINAL_RUN_STATES,
  vendorStatesFor,
} from "@cancel/core";
import type { CancelManyEntry, CancelManyOptions } from "./bulk.js";
import { CancelError, type ErrorKindRule, toCancelError } from "./errors.js";
import type { ListableProvider, ListScopeByProvider } from "./generated/providers.gen.js";
import type { CancelTarget, ProviderId, TargetByProvider } from "./types.js";
import type { CancelClient } from "./umbrella.js";

/** Defaults of a selector. */
export const SELECT_DEFAULTS = {
  /** A selector that matches more runs than this is refused (nothing is cancelled). */
  maxRuns: 1000,
} as const;

/** The states a selector matches unless told: every state of a run that has not ended. */
export const ACTIVE_STATES: readonly RunState[] = RUN_STATES.filter(
  (s) => !TERMINAL_RUN_STATES.has(s),
);

/** The filters every selector takes, beside its vendor's scope. */
export interface SelectorFilters {
  /** Run states to match. Default: every state of a run that has not ended ({@link ACTIVE_STATES}). */
  states?: readonly RunState[] | undefined;
  /** Only runs created (or started, as the vendor lists them) after this time. */
  createdAfter?: Date | number | undefined;
  /** Only runs created (or started) before this time. */
  createdBefore?: Date | number | undefined;
  /** Only runs created (or started) more than this many ms ago. */
  olderThanMs?: number | undefined;
  /** Only runs of this name (exactly), or whose name the pattern matches; where the vendor lists names. */
  name?: string | RegExp | undefined;
  /**
   * The most runs the selector may match. One more is refused with an `invalid-request`
   * CancelError that says so, and nothing is cancelled. Default 1000.
   */
  maxRuns?: number | undefined;
}

/**
 * Which runs to find: a provider whose API lists runs, its scope (EMR's application, MRS's project
 * and cluster, …) and filters. The scope's fields are the list operation's own inputs, generated
 * from the spec.
 */
export type RunSelector<P extends ListableProvider = ListableProvider> = {
  [Q in P]: { provider: Q } & ListScopeByProvider[Q] & SelectorFilters;
}[P];

/** The target of the runs a selector finds. */
export type SelectedTarget<S extends { provider: string }> = S["provider"] extends ProviderId
  ? TargetByProvider[S["provider"]]
  : CancelTarget;

/** One run a selector found, with what a plan shows of it. */
export interface PlannedRun<T extends CancelTarget = CancelTarget> {
  /** The run, ready for `cancel` or `cancelMany`. */
  target: T;
  state: RunState;
  vendorState: string | undefined;
  vendorResult: string | undefined;
  /** When the run was created (or started), where the vendor lists it. */
  createdAt: Date | undefined;
  /** Its age when it was listed, in ms. */
  ageMs: number | undefined;
  name: string | undefined;
  /** The run as the vendor listed it. */
  raw: unknown;
}

/** What a selector would cancel: each matching run, and how much was listed to find them. */
export interface CancelPlan<T extends CancelTarget = CancelTarget> {
  provider: T["provider"];
  /** The runs that match, in the order the vendor listed them. */
  runs: PlannedRun<T>[];
  /** Runs listed, matching or not. */
  listed: number;
  /** Pages (list calls) it took. */
  pages: number;
  /** When the listing began. */
  plannedAt: Date;
}

export interface SelectOptions {
  /** Ends the listing at once (an `aborted` CancelError). */
  signal?: AbortSignal | undefined;
  /** A deadline for the whole listing, in ms (each page gets what is left). */
  deadlineMs?: number | undefined;
  /** Per-attempt timeout of one page, in ms. */
  timeoutMs?: number | undefined;
  /** Runs asked for per page (at most the vendor's maximum, the default). */
  pageSize?: number | undefined;
}

export interface CancelWhereOptions extends SelectOptions, Omit<CancelManyOptions, "signal"> {
  /** Plan only: list and filter the runs, send no cancel. */
  dryRun?: boolean | undefined;
}

/** What `cancelWhere` did: its plan, and one `cancelMany` entry per planned run (none on a dry run). */
export interface CancelWhereResult<T extends CancelTarget = CancelTarget> {
  plan: CancelPlan<T>;
  dryRun: boolean;
  /** In the plan's order; empty on a dry run. */
  entries: CancelManyEntry[];
}

/** A selector checked once: its adapter, list rule, list input and filters. */
interface CheckedSelector {
  provider: ProviderId;
  rule: AnyListRule;
  errorKinds: readonly ErrorKindRule[];
  input: Record<string, unknown>;
  states: ReadonlySet<RunState>;
  after: number | undefined;
  before: number | undefined;
  name: string | RegExp | undefined;
  maxRuns: number;
}

function refuse(provider: ProviderId | undefined, message: string): CancelError {
  return new CancelError(provider ? `${provider} selector: ${message}` : message, {
    kind: "invalid-request",
    provider,
    retryable: false,
  });
}

function timeOf(
  provider: ProviderId,
  key: string,
  value: unknown,
  now: number,
): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw refuse(provider, `${key} must be a Date or ms since the epoch, got ${String(value)}`);
  }
  if (ms > now + 86_400_000 * 365 * 100 || ms < 0) {
    throw refuse(provider, `${key} is not a plausible time: ${String(value)}`);
  }
  return ms;
}

/** Checks a selector before anything is sent: its provider, scope, filters and bound. */
function checkSelector(sdk: CancelClient, selector: unknown): CheckedSelector {
  if (selector === null || typeof selector !== "object" || Array.isArray(selector)) {
    throw refuse(undefined, "a selector must be an object with a provider and its scope");
  }
  const record = selector as Record<string, unknown>;
  const provider = record.provider;
  if (typeof provider !== "string") throw refuse(undefined, "a selector needs a provider");
  const id = provider as ProviderId;
  // Not one of this client's providers: profile throws the error that says which adapter to add.
  const profile = sdk.profile(id);
  const rule = profile.list;
  if (!rule) {
    throw refuse(
      id,
      "the vendor's API has no operation that lists runs, so runs cannot be selected; cancel each by its ids",
    );
  }
  const scope = rule.scope;
  const unknown = Object.keys(record).filter(
    (key) =>
      key !== "provider" &&
      !(SELECTOR_FILTERS as readonly string[]).includes(key) &&
      !Object.hasOwn(scope, key) &&
      record[key] !== undefined,
  );
  if (unknown.length > 0) {
    const known = [...Object.keys(scope), ...SELECTOR_FILTERS].join(", ");
    throw refuse(id, `unknown ${unknown.join(", ")} (it takes ${known})`);
  }
  const missing = Object.entries(scope)
    .filter(([key, required]) => required && (record[key] === undefined || record[key] === ""))
    .map(([key]) => key);
  if (missing.length > 0) throw refuse(id, `missing ${missing.join(", ")}`);

  const states = record.states ?? ACTIVE_STATES;
  if (!Array.isArray(states) || states.length === 0) {
    throw refuse(id, `states must be a non-empty list of ${RUN_STATES.join(", ")}`);
  }
  const bad = states.filter((s) => !(RUN_STATES as readonly unknown[]).includes(s));
  if (bad.length > 0) {
    throw refuse(id, `unknown states ${bad.join(", ")} (the states are ${RUN_STATES.join(", ")})`);
  }
  const now = sdk.clock.now();
  const after = timeOf(id, "createdAfter", record.createdAfter, now);
  let before = timeOf(id, "createdBefore", record.createdBefore, now);
  const olderThan = record.olderThanMs;
  if (olderThan !== undefined) {
    if (typeof olderThan !== "number" || !Number.isFinite(olderThan) || olderThan < 0) {
      throw refuse(id, `olderThanMs must be a number of ms ≥ 0, got ${String(olderThan)}`);
    }
    before = Math.min(before ?? Number.POSITIVE_INFINITY, now - olderThan);
  }
  if ((after !== undefined || before !== undefined) && !rule.createdAt) {
    throw refuse(
      id,
      "the vendor lists no creation time, so createdAfter, createdBefore and olderThanMs cannot apply",
    );
  }
  if (after !== undefined && before !== undefined && after >= before) {
    throw refuse(id, "createdAfter is not before createdBefore (or olderThanMs): no run can match");
  }
  const name = record.name;
  if (name !== undefined) {
    if (typeof name !== "string" && !(name instanceof RegExp)) {
      throw refuse(id, "name must be a string or a RegExp");
    }
    if (!rule.name) throw refuse(id, "the vendor lists no run names, so name cannot apply");
  }
  const maxRuns = record.maxRuns ?? SELECT_DEFAULTS.maxRuns;
  if (typeof maxRuns !== "number" || !Number.isInteger(maxRuns) || maxRuns < 1) {
    throw refuse(id, `maxRuns must be a positive integer, got ${String(maxRuns)}`);
  }

  // The list's input: the scope, and the filters the vendor applies on its side.
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(scope)) if (record[key] !== undefined) input[key] = record[key];
  const wanted = states as RunState[];
  const filters = rule.filters;
  if (filters.states) {
    const values = vendorStatesFor(rule, wanted);
    const field = rule.operation.fields.find((f) => f.key === filters.states);
    // Runs in a state no vendor value maps (unknown) are not asked for by value.
    if (values.length > 0) {
      if (field?.schema.type === "array") input[filters.states] = values;
      else if (values.length === 1) input[filters.states] = values[0];
    }
  }
  if (filters.active && onlyActive(wanted)) input[filters.active] = true;
  if (filters.createdAfter && after !== undefined) {
    input[filters.createdAfter.input] = fromEpochMs(after, filters.createdAfter.unit);
  }
  if (filters.createdBefore && before !== undefined) {
    input[filters.createdBefore.input] = fromEpochMs(before, filters.createdBefore.unit);
  }
  return {
    provider: id,
    rule,
    errorKinds: profile.errorKinds,
    input,
    states: new Set(wanted),
    after,
    before,
    // A global or sticky pattern would remember where it last matched: each run is tried afresh.
    name: name instanceof RegExp ? new RegExp(name.source, name.flags.replace(/[gy]/g, "")) : name,
    maxRuns,
  };
}

const keyOf = (target: CancelTarget) =>
  JSON.stringify(Object.entries(target).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * The runs a selector matches, page by page as the vendor lists them (lazily: a consumer that stops
 * stops the calls). A run listed twice (a page that shifted under offset paging) comes once.
 *
 * @throws {CancelError} `invalid-request` for a bad selector (before anything is sent) or one that
 * matches more than `maxRuns` runs; the list call's own kinds otherwise.
 */
export function selectRuns<
  P extends ProviderId,
  S extends RunSelector<Extract<P, ListableProvider>>,
>(
  sdk: CancelClient<P>,
  selector: S,
  options: SelectOptions = {},
): AsyncGenerator<PlannedRun<SelectedTarget<S>>, void, void> {
  // Checked at the call, before the first page is asked for (a generator would wait for next()).
  const checked = checkSelector(sdk as unknown as CancelClient, selector);
  const client = sdk.providerClient(checked.provider as P) as unknown as ProviderClient<{}>;
  return walk(sdk.clock, client, checked, options, { listed: 0, pages: 0 }) as AsyncGenerator<
    PlannedRun<SelectedTarget<S>>,
    void,
    void
  >;
}

async function* walk(
  clock: Clock,
  client: ProviderClient<{}>,
  checked: CheckedSelector,
  options: SelectOptions,
  stats: { listed: number; pages: number },
): AsyncGenerator<PlannedRun, void, void> {
  const { rule, provider } = checked;
  const seen = new Set<string>();
  let matched = 0;
  const pages = listRuns<unknown, unknown, unknown, CancelTarget>(client, rule, checked.input, {
    signal: options.signal,
    deadlineMs: options.deadlineMs,
    timeoutMs: options.timeoutMs,
    pageSize: options.pageSize,
  });
  try {
    for (;;) {
      let next: IteratorResult<ListedRun<CancelTarget>[], void>;
      try {
        next = await pages.next();
      } catch (error) {
        throw toCancelError(error, {
          provider,
          operation: rule.operation.operationId,
          call: "list",
          rules: checked.errorKinds,
        });
      }
      if (next.done) return;
      stats.pages++;
      const listedAt = clock.now();
      for (const run of next.value) {
        stats.listed++;
        if (!matches(checked, run)) continue;
        const key = keyOf(run.target);
        if (seen.has(key)) continue;
        seen.add(key);
        if (++matched > checked.maxRuns) {
          throw refuse(
            provider,
            `it matches more than maxRuns (${checked.maxRuns}) runs; nothing was cancelled. Narrow it (states, olderThanMs, name, its scope) or raise maxRuns`,
          );
        }
        const created = run.createdAt;
        yield {
          target: run.target,
          state: run.state.state,
          vendorState: run.state.vendorState,
          vendorResult: run.state.vendorResult,
          createdAt: created === undefined ? undefined : new Date(created),
          ageMs: created === undefined ? undefined : Math.max(0, listedAt - created),
          name: run.name,
          raw: run.raw,
        };
      }
    }
  } finally {
    // A consumer that stops early (or a refusal) ends the walk: no page more is asked for.
    await pages.return();
  }
}

/** Whether a listed run passes the selector's own filters (the vendor's side may not have them all). */
function matches(checked: CheckedSelector, run: ListedRun<CancelTarget>): boolean {
  const created = run.createdAt;
  if (!checked.states.has(run.state.state)) return false;
  if (checked.after !== undefined && (created === undefined || created <= checked.after))
    return false;
  if (checked.before !== undefined && (created === undefined || created >= checked.before))
    return false;
  if (checked.name !== undefined) {
    const name = run.name;
    if (name === undefined) return false;
    return typeof checked.name === "string" ? name === checked.name : checked.name.test(name);
  }
  return true;
}

/**
 * Lists a selector's runs to the end: the plan of what {@link cancelWhere} would cancel, each run
 * with its state and age. Sends no cancel.
 *
 * @throws {CancelError} as {@link selectRuns}.
 */
export async function planCancel<
  P extends ProviderId,
  S extends RunSelector<Extract<P, ListableProvider>>,
>(
  sdk: CancelClient<P>,
  selector: S,
  options: SelectOptions = {},
): Promise<CancelPlan<SelectedTarget<S>>> {
  const plannedAt = new Date(sdk.clock.now());
  const checked = checkSelector(sdk as unknown as CancelClient, selector);
  const client = sdk.providerClient(checked.provider as P) as unknown as ProviderClient<{}>;
  const stats = { listed: 0, pages: 0 };
  const runs: PlannedRun[] = [];
  for await (const run of walk(sdk.clock, client, checked, options, stats)) runs.push(run);
  return {
    provider: checked.provider,
    runs: runs as PlannedRun<SelectedTarget<S>>[],
    listed: stats.listed,
    pages: stats.pages,
    plannedAt,
  };
}

/**
 * Cancels every run a selector matches: its plan ({@link planCancel}), then `sdk.cancelMany` over
 * the planned runs (bounded concurrency, one entry per run, in the plan's order). Each cancel is
 * confirmed (`verify`): a run that ended after it was listed comes out `already-terminal`, never
 * as an error. With `dryRun`, the plan alone.
 *
 * @throws {CancelError} when no plan can be made (a bad selector, more runs than `maxRuns`, a list
 * call failing): then nothing is cancelled. Once cancelling starts, failures are entries.
 */
export async function cancelWhere<
  P extends ProviderId,
  S extends RunSelector<Extract<P, ListableProvider>>,
>(
  sdk: CancelClient<P>,
  selector: S,
  options: CancelWhereOptions = {},
): Promise<CancelWhereResult<SelectedTarget<S>>> {
  const { dryRun = false, signal, deadlineMs, timeoutMs, pageSize, ...many } = options;
  const plan = await planCancel(sdk, selector, { signal, deadlineMs, timeoutMs, pageSize });
  if (dryRun) return { plan, dryRun, entries: [] };
  const entries = await sdk.cancelMany(
    plan.runs.map((run) => run.target) as unknown as CancelTarget<P>[],
    { verify: true, ...many, signal },
  );
  return { plan, dryRun, entries };
}
