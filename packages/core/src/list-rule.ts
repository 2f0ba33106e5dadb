/**
 * Listing a vendor's runs, as a spec's `x-cancel-list` describes it: where the runs are in a page,
 * how each becomes a target, its state and creation time, and how the vendor paginates. The
 * generator emits one `ListRule` per spec; `listRuns` walks its pages lazily.
 */
import { type Operation, type ProviderClient, invokeWithMetadata } from "./client.js";
import { TimeoutError, ValidationError } from "./errors.js";
import {
  type RunState,
  type RunStateReading,
  type RunStateRule,
  readRunState,
  TERMINAL_RUN_STATES,
} from "./run-state.js";
import type { CallOptions } from "./transport.js";

/** How a vendor writes a point in time. */
export type TimeUnit = "epoch-seconds" | "epoch-millis" | "date-time";

/** A vendor time as milliseconds since the epoch, or undefined when it is not one. */
export function toEpochMs(value: unknown, unit: TimeUnit): number | undefined {
  if (unit === "date-time") {
    if (typeof value !== "string") return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const n = typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) return undefined;
  return unit === "epoch-seconds" ? Math.round(n * 1000) : n;
}

/** Milliseconds since the epoch, written as the vendor takes it in an input. */
export function fromEpochMs(ms: number, unit: TimeUnit): number | string {
  if (unit === "date-time") return new Date(ms).toISOString();
  return unit === "epoch-seconds" ? Math.floor(ms / 1000) : Math.floor(ms);
}

/** How the vendor paginates its list. */
export type PageRule<Output> =
  /** A token from each page names the next (Databricks, EMR). */
  | {
      readonly kind: "token";
      readonly input: string;
      readonly next: (body: Output) => unknown;
      readonly more?: ((body: Output) => unknown) | undefined;
    }
  /** The number of runs to skip (MRS). */
  | {
      readonly kind: "offset";
      readonly input: string;
      readonly total?: ((body: Output) => unknown) | undefined;
    }
  /** A page number (DLI). */
  | {
      readonly kind: "number";
      readonly input: string;
      readonly first: number;
      readonly total?: ((body: Output) => unknown) | undefined;
    };

/** The inputs that narrow a list on the server (the runs are filtered again by the caller). */
export interface ListFilters {
  readonly states?: string | undefined;
  readonly createdAfter?: { readonly input: string; readonly unit: TimeUnit } | undefined;
  readonly createdBefore?: { readonly input: string; readonly unit: TimeUnit } | undefined;
  readonly active?: string | undefined;
}

/** One spec's list operation as `x-cancel-list` describes it. */
export interface ListRule<Input, Output, Item, Target> {
  readonly operation: Operation<Input, Output, {}>;
  /**
   * The inputs a selector gives, name → required: the list's scope (an application; a project and
   * cluster) and the vendor's own filters (Databricks' job). Paging and the filters are not among them.
   */
  readonly scope: Readonly<Record<string, boolean>>;
  readonly items: (body: Output) => readonly Item[] | null | undefined;
  /** The target fields of one listed run. */
  readonly target: (item: Item, input: Input) => Partial<Target>;
  /** The target fields a listed run must have to be a target (else it is skipped). */
  readonly required: readonly string[];
  readonly state: RunStateRule<Item>;
  readonly createdAt?:
    { readonly read: (item: Item) => unknown; readonly unit: TimeUnit } | undefined;
  readonly name?: ((item: Item) => unknown) | undefined;
  readonly page: PageRule<Output>;
  readonly size?: { readonly input: string; readonly max: number } | undefined;
  readonly filters: ListFilters;
}

// biome-ignore lint/suspicious/noExplicitAny: erased on purpose; each generated rule is fully typed
export type AnyListRule = ListRule<any, any, any, any>;

/** One run a list found. */
export interface ListedRun<Target> {
  readonly target: Target;
  readonly state: RunStateReading;
  /** When the run was created (or started), ms since the epoch, where the vendor says. */
  readonly createdAt: number | undefined;
  readonly name: string | undefined;
  /** The run as the vendor listed it. */
  readonly raw: unknown;
}

/** The vendor's state values that mean one of `states` (for a server-side state filter). */
export function vendorStatesFor(rule: AnyListRule, states: readonly RunState[]): string[] {
  const values = rule.state.state[0]?.values ?? {};
  return Object.entries(values)
    .filter(([, state]) => state !== null && states.includes(state))
    .map(([value]) => value);
}

/** Whether `states` are all runs that have not ended (a vendor's "active only" filter fits). */
export const onlyActive = (states: readonly RunState[]): boolean =>
  states.length > 0 && states.every((s) => !TERMINAL_RUN_STATES.has(s));

export interface ListRunsOptions extends CallOptions {
  /** Runs asked for per page (capped at the vendor's maximum). Default: the vendor's maximum. */
  pageSize?: number | undefined;
  /**
   * A deadline for the whole walk, in ms: each page gets what is left of it. Without one, each page
   * is a call with the client's own deadline.
   */
  deadlineMs?: number | undefined;
}

/**
 * Walks a vendor's list page by page (each page one call, with the client's retries and the
 * call options' deadline and signal), yielding each page's runs. Stops at the last page; a vendor
 * that repeats a page token is an error rather than an endless loop.
 */
export async function* listRuns<Input, Output, Item, Target extends { provider: string }>(
  client: ProviderClient<{}>,
  rule: ListRule<Input, Output, Item, Target>,
  input: Input,
  options: ListRunsOptions = {},
): AsyncGenerator<ListedRun<Target>[], void, void> {
  const { pageSize, deadlineMs, ...call } = options;
  const clock = client.transport.clock;
  const started = clock.now();
  const base = { ...(input as Record<string, unknown>) };
  if (rule.size) base[rule.size.input] = Math.min(pageSize ?? rule.size.max, rule.size.max);
  const page = rule.page;
  let position: unknown =
    page.kind === "number" ? page.first : page.kind === "offset" ? 0 : undefined;
  const seen = new Set<unknown>();
  let listed = 0;
  for (;;) {
    const request = { ...base, ...(position === undefined ? {} : { [page.input]: position }) };
    let pageDeadline: number | undefined;
    if (deadlineMs !== undefined) {
      pageDeadline = deadlineMs - (clock.now() - started);
      if (pageDeadline <= 0) {
        throw new TimeoutError(
          `${rule.operation.operationId}: the list's ${deadlineMs} ms deadline ran out before its last page`,
          { provider: client.provider, operation: rule.operation.operationId, retryable: false },
        );
      }
    }
    const { data } = await invokeWithMetadata(client, rule.operation, request as Input, {
      ...call,
      ...(pageDeadline === undefined ? {} : { deadlineMs: pageDeadline }),
    });
    const items = rule.items(data) ?? [];
    const runs: ListedRun<Target>[] = [];
    for (const item of items) {
      const run = listedRun(rule, item, request as Input);
      if (run) runs.push(run);
    }
    listed += items.length;
    yield runs;
    if (items.length === 0) return;
    if (page.kind === "token") {
      const next = page.next(data);
      const more = page.more ? page.more(data) : true;
      if (next === undefined || next === null || next === "" || more === false) return;
      if (seen.has(next)) {
        throw new ValidationError([
          {
            field: page.input,
            message: `the vendor answered the page token ${JSON.stringify(next)} twice`,
          },
        ]);
      }
      seen.add(next);
      position = next;
    } else {
      const total = page.total ? Number(page.total(data)) : Number.NaN;
      const size = rule.size ? (base[rule.size.input] as number) : items.length;
      if (Number.isFinite(total) && listed >= total) return;
      if (!Number.isFinite(total) && items.length < size) return;
      position = page.kind === "offset" ? listed : (position as number) + 1;
    }
  }
}

function listedRun<Input, Output, Item, Target extends { provider: string }>(
  rule: ListRule<Input, Output, Item, Target>,
  item: Item,
  input: Input,
): ListedRun<Target> | undefined {
  let fields: Partial<Target>;
  try {
    fields = rule.target(item, input);
  } catch {
    return undefined;
  }
  const record = fields as Record<string, unknown>;
  if (
    rule.required.some(
      (key) => record[key] === undefined || record[key] === null || record[key] === "",
    )
  ) {
    // A listed run without its ids cannot be cancelled; the vendor's answer is not a target.
    return undefined;
  }
  let created: number | undefined;
  let name: unknown;
  try {
    created = rule.createdAt
      ? toEpochMs(rule.createdAt.read(item), rule.createdAt.unit)
      : undefined;
    name = rule.name?.(item);
  } catch {
    created = undefined;
  }
  return {
    target: fields as Target,
    state: readRunState(rule.state, item),
    createdAt: created,
    name: typeof name === "string" ? name : undefined,
    raw: item,
  };
}
