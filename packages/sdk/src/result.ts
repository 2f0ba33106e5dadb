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
   * The vendor's own status word where its cancel answer has one: Fabric's job instance `status`,
   * MRS v1.1's `job_execution.info.status`.
   */
  readonly vendorStatus: string | undefined;
  /** The vendor's request id (Fabric: the `RequestId` sent when the workload echoes none). */
  readonly requestId: string | undefined;
  /** HTTP status of the vendor's answer. */
  readonly httpStatus: number;
  /** The vendor operation that was called, e.g. `cancelRun`, `stopJob`. */
  readonly operation: string;
  /** The vendor's answer as it came: the body, or core's `AlreadyTerminal` for already-terminal. */
  readonly raw: unknown;
  /** The run's state when the cancel's answer carries one (Fabric). */
  readonly state: RunStatus<T> | undefined;
  /** Whether the run's end can be awaited (false for MRS v1.1 targets: no status read). */
  readonly waitable: boolean;
  /** The final state, when the cancel was made with `wait`. */
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
    this.state = answer.state as RunStatus<T> | undefined;
    this.waitable = waitable;
    this.final = final;
    this.#waiter = waiter;
  }

  /**
   * Polls the run's status until it is terminal and returns the final state.
   *
   * @throws {CancelError} `timeout` or `aborted` (with `lastStatus`), `invalid-request` for a
   *   target without a status read (MRS v1.1), or the status read's own error.
   */
  wait(options?: WaitOptions): Promise<RunStatus<T>> {
    return this.#waiter.waitUntilTerminal(this.target, options, this.state);
  }
}
