import type { CancelAnswer } from "./adapter.js";
import type { CancelOutcome, CancelTarget, RunStatus } from "./types.js";
import type { WaitOptions } from "./wait.js";

/** What a `CancelResult` needs to wait for its run. */
export interface Waiter {
  waitUntilTerminal<T extends CancelTarget>(
    target: T,
    options?: WaitOptions,
    first?: RunStatus,
  ): Promise<RunStatus<T>>;
}

/** The result of one cancel, the same shape for every vendor. */
export class CancelResult<T extends CancelTarget = CancelTarget> {
  readonly provider: T["provider"];
  readonly target: T;
  /** `cancel-requested`, `cancelled` or `already-terminal` (see {@link CancelOutcome}). */
  readonly outcome: CancelOutcome;
  /**
   * The vendor's own state word where its cancel answer carries one: Fabric's job instance
   * `status`, MRS v1.1's `job_execution.info.status`.
   */
  readonly vendorStatus: string | undefined;
  /** The vendor's request id (Fabric: the `RequestId` sent when the workload echoes none). */
  readonly requestId: string | undefined;
  /** HTTP status of the vendor's answer (of the refusal, for an `already-terminal` it settled). */
  readonly httpStatus: number;
  /** The vendor operation that was called, e.g. `cancelRun`, `stopJob`. */
  readonly operation: string;
  /** The vendor's answer as it came: the success body, or the body of the refusal a read settled. */
  readonly raw: unknown;
  /**
   * The run's state seen with the cancel: carried by its answer (Fabric), or read to settle an
   * ambiguous refusal (then the outcome is `already-terminal` and this is the final state).
   */
  readonly runStatus: RunStatus<T> | undefined;
  /** Whether the run's end can be awaited (false where the vendor has no status read). */
  readonly waitable: boolean;
  /**
   * The final state: when the cancel was made with `wait`, or when the cancel itself showed that
   * the run has ended (a terminal state in the answer, or the read that settled a refusal).
   */
  readonly final: RunStatus<T> | undefined;
  readonly #waiter: Waiter;

  constructor(
    target: T,
    answer: CancelAnswer,
    waitable: boolean,
    waiter: Waiter,
    final?: RunStatus<T>,
  ) {
    this.provider = target.provider;
    this.target = target;
    this.outcome = answer.outcome;
    this.vendorStatus = answer.vendorStatus;
    this.requestId = answer.requestId;
    this.httpStatus = answer.httpStatus;
    this.operation = answer.operation;
    this.raw = answer.raw;
    this.runStatus = answer.runStatus as RunStatus<T> | undefined;
    this.waitable = waitable;
    this.final = final ?? (answer.final as RunStatus<T> | undefined);
    this.#waiter = waiter;
  }

  /**
   * Polls the run's status until it is terminal and returns the final state (at once when the
   * cancel already showed it).
   *
   * @throws {CancelError} `timeout` or `aborted` (with `lastStatus`), `invalid-request` for a
   *   target without a status read, or the status read's own error.
   */
  wait(options?: WaitOptions): Promise<RunStatus<T>> {
    if (this.final) return Promise.resolve(this.final);
    return this.#waiter.waitUntilTerminal(this.target, options, this.runStatus);
  }
}
