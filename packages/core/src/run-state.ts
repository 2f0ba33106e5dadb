/**
 * The words every vendor's run states are normalized to, and how a spec's `x-cancel-states` /
 * `x-cancel-status` turn a vendor's answer into one of them. This file imports nothing, so the
 * generator can load it from source (it checks specs against `RUN_STATES`).
 */

/**
 * A run's state, the same words for every vendor. Terminal: `cancelled`, `succeeded`, `failed`,
 * `timed-out`, `skipped`, `ended` (terminal, with a result no mapping names). Not terminal:
 * `pending`, `running`, `stopping`, `unknown` (a value no mapping names: the vendor's own word is
 * kept beside it).
 */
export const RUN_STATES = [
  "pending",
  "running",
  "stopping",
  "unknown",
  "cancelled",
  "succeeded",
  "failed",
  "timed-out",
  "skipped",
  "ended",
] as const;

export type RunState = (typeof RUN_STATES)[number];

export const TERMINAL_RUN_STATES: ReadonlySet<RunState> = new Set<RunState>([
  "cancelled",
  "succeeded",
  "failed",
  "timed-out",
  "skipped",
  "ended",
]);

/**
 * A vendor enum's values and what each means (`x-cancel-states`). `null` marks a documented value
 * that says nothing about the run's state by itself (MRS `job_result` `UNDEFINED`).
 */
export type StateValues = Readonly<Record<string, RunState | null>>;

/** Where one vendor field is read from an answer's body, and what its values mean. */
export interface StateSource<Body> {
  /** The field's name in the answer, for messages, e.g. `/jobRun/state`. */
  readonly pointer: string;
  readonly read: (body: Body) => unknown;
  readonly values: StateValues;
}

/** How a body tells the run's state (`x-cancel-status`, or a cancel's `answer`). */
export interface RunStateRule<Body = unknown> {
  /** Tried in order: the first that holds a string is the vendor's state. */
  readonly state: readonly StateSource<Body>[];
  /**
   * Tried in order when the state is `ended` (terminal, result given elsewhere): the first value
   * its source maps refines it (Databricks `termination_details.code`, MRS `job_result`).
   */
  readonly result?: readonly StateSource<Body>[] | undefined;
}

/** One reading of a run's state. */
export interface RunStateReading {
  readonly state: RunState;
  readonly terminal: boolean;
  /** The vendor's own state word, e.g. `CANCELLING`, `TERMINATED`. */
  readonly vendorState: string | undefined;
  /** The vendor's own result word where it has one, e.g. `USER_CANCELED`, `SUCCEEDED`. */
  readonly vendorResult: string | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function lookup(values: StateValues, value: string): RunState | null | undefined {
  return Object.hasOwn(values, value) ? values[value] : undefined;
}

/** Reads a run's state from a body by a rule; a body that names none reads as `unknown`. */
export function readRunState<Body>(rule: RunStateRule<Body>, body: Body): RunStateReading {
  let state: RunState = "unknown";
  let vendorState: string | undefined;
  for (const source of rule.state) {
    vendorState = text(safeRead(source, body));
    if (vendorState !== undefined) {
      state = lookup(source.values, vendorState) ?? "unknown";
      break;
    }
  }
  let vendorResult: string | undefined;
  let refined: RunState | undefined;
  for (const source of rule.result ?? []) {
    const value = text(safeRead(source, body));
    if (value === undefined) continue;
    vendorResult ??= value;
    const mapped = lookup(source.values, value);
    if (mapped) {
      refined = mapped;
      break;
    }
  }
  if (state === "ended" && refined !== undefined) state = refined;
  return { state, terminal: TERMINAL_RUN_STATES.has(state), vendorState, vendorResult };
}

function safeRead<Body>(source: StateSource<Body>, body: Body): unknown {
  try {
    return source.read(body);
  } catch {
    // A body of another shape than the spec's (a proxy's page parsed as JSON) names no state.
    return undefined;
  }
}
