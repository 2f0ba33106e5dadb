/**
 * A cancel whose outcome the vendor confirms: what the generator emits from a cancel operation's
 * `x-cancel-cancel`, and the one function that runs it. An answer that may mean "the run had
 * already ended" (EMR's 400 not-cancellable, MRS `0175`, DLI's refusal, Fabric's
 * `JobAlreadyCompleted`) is settled by one status read of the same run: terminal → the run was
 * already over; not terminal → the vendor's refusal stands.
 */
import { createHeaders } from "#platform";
import { firstMatch, type AnswerMatcher } from "./answer-matcher.js";
import { type ProviderClient, type Operation, invokeWithMetadata } from "./client.js";
import type { ErrorKindRule } from "./error-kinds.js";
import type { AnyListRule } from "./list-rule.js";
import { ApiError, TimeoutError } from "./errors.js";
import { readRunState, type RunStateReading, type RunStateRule } from "./run-state.js";
import type { CallOptions, ResponseMetadata } from "./transport.js";

/** The status read of the run a cancel targets (`x-cancel-cancel.status` + its `x-cancel-status`). */
export interface StatusRule<CancelInput, StatusInput, StatusOutput> {
  readonly operation: Operation<StatusInput, StatusOutput, {}>;
  /** The read's input for the cancel's input (the fields of the same name). */
  readonly input: (cancelInput: CancelInput) => StatusInput;
  readonly state: RunStateRule<StatusOutput>;
}

/** One cancel operation as the spec describes its outcomes. */
export interface CancelRule<Input, Output, StatusInput = unknown, StatusOutput = unknown> {
  readonly operation: Operation<Input, Output, {}>;
  /** How to read the same run's state; absent where the vendor has no such read. */
  readonly status: StatusRule<Input, StatusInput, StatusOutput> | undefined;
  /** The run's state carried by the cancel's own success answer (Fabric), if any. */
  readonly answer: RunStateRule<Output> | undefined;
  /** Refusals that may mean "already over", settled by one status read. */
  readonly ambiguous: readonly AnswerMatcher[];
  /**
   * The vendor accepts a cancel of a run that has already ended as it accepts any other
   * (Databricks: 200, a no-op): only a status read after it tells them apart ({@link
   * ConfirmOptions.readAfterAccept}).
   */
  readonly acceptsEnded?: boolean | undefined;
}

/** How far {@link cancelConfirmed} goes to confirm an outcome. */
export interface ConfirmOptions {
  /**
   * Where the vendor accepts cancels of ended runs alike (`acceptsEnded`), read the run once after
   * an accepted cancel whose answer carries no state: an ended run is then `already-terminal` (or
   * `cancelled`), not `cancel-requested`. One more call; a read that fails leaves
   * `cancel-requested`. Default false.
   */
  readAfterAccept?: boolean | undefined;
  /** Runs the confirming status read, e.g. inside a tracing span of its own. Default: runs it. */
  aroundRead?:
    | (<T extends { metadata: ResponseMetadata }>(
        operation: string,
        read: () => Promise<T>,
      ) => Promise<T>)
    | undefined;
}

/**
 * What a cancel achieved:
 * - `cancel-requested`: accepted; the run may still be stopping (every vendor cancels asynchronously);
 * - `cancelled`: the vendor answered that the run is now cancelled;
 * - `already-terminal`: the run had already ended; nothing was cancelled.
 */
export type CancelOutcome = "cancel-requested" | "cancelled" | "already-terminal";

export interface ConfirmedCancel<Output, StatusOutput = unknown> {
  readonly outcome: CancelOutcome;
  /** The cancel's success body; undefined when a refusal was settled by a status read. */
  readonly data: Output | undefined;
  /** The cancel's answer: its success, or the refusal that was settled. */
  readonly metadata: ResponseMetadata;
  /** The run's state: from the cancel's answer where it carries one, else from the confirming read. */
  readonly state: RunStateReading | undefined;
  /** The refusal a status read settled as `already-terminal`. */
  readonly refusal: ApiError | undefined;
  /** The confirming status read (of a settled refusal, or after an accepted cancel). */
  readonly confirmation:
    { readonly data: StatusOutput; readonly metadata: ResponseMetadata } | undefined;
}

/** The outcome a cancel's successful answer states, from the run's state it carries (if any). */
export function outcomeOf(state: RunStateReading | undefined): CancelOutcome {
  if (state?.state === "cancelled") return "cancelled";
  return state?.terminal ? "already-terminal" : "cancel-requested";
}

/**
 * Cancels and, when the vendor's refusal is ambiguous, reads the run's status once (within the same
 * deadline and abort signal) to settle it. A read that fails leaves the refusal standing, with the
 * read's error as its `cause`.
 *
 * @throws the cancel's own error for every refusal that is not settled as `already-terminal`.
 */
export async function cancelConfirmed<Input, Output, StatusInput, StatusOutput>(
  client: ProviderClient<{}>,
  rule: CancelRule<Input, Output, StatusInput, StatusOutput>,
  input: Input,
  options: CallOptions = {},
  confirm: ConfirmOptions = {},
): Promise<ConfirmedCancel<Output, StatusOutput>> {
  const transport = client.transport;
  const started = transport.clock.now();
  const deadlineMs = options.deadlineMs ?? transport.deadlineMs;
  const readStatusOnce = (
    status: StatusRule<Input, StatusInput, StatusOutput>,
    remaining: number,
  ) => {
    const read = () =>
      invokeWithMetadata(client, status.operation, status.input(input), {
        ...options,
        deadlineMs: remaining,
      });
    return confirm.aroundRead ? confirm.aroundRead(status.operation.operationId, read) : read();
  };
  try {
    const { data, metadata } = await invokeWithMetadata(client, rule.operation, input, options);
    const state = rule.answer ? readRunState(rule.answer, data) : undefined;
    const status = rule.status;
    if (state === undefined && status && rule.acceptsEnded && confirm.readAfterAccept) {
      const remaining = deadlineMs - (transport.clock.now() - started);
      if (remaining > 0) {
        try {
          const read = await readStatusOnce(status, remaining);
          const after = readRunState(status.state, read.data);
          return {
            outcome: outcomeOf(after),
            data,
            metadata,
            state: after,
            refusal: undefined,
            confirmation: read,
          };
        } catch {
          // The cancel was accepted; a read that fails tells nothing more.
        }
      }
    }
    return {
      outcome: outcomeOf(state),
      data,
      metadata,
      state,
      refusal: undefined,
      confirmation: undefined,
    };
  } catch (error) {
    const status = rule.status;
    if (
      !(error instanceof ApiError) ||
      status === undefined ||
      !firstMatch(rule.ambiguous, {
        status: error.status,
        code: error.code,
        message: error.vendorMessage,
      })
    ) {
      throw error;
    }
    const remaining = deadlineMs - (transport.clock.now() - started);
    let read: { data: StatusOutput; metadata: ResponseMetadata };
    try {
      if (remaining <= 0) {
        throw new TimeoutError(
          `${status.operation.operationId}: no time was left of the call's ${deadlineMs} ms deadline to confirm the refusal`,
          { provider: client.provider, operation: status.operation.operationId, retryable: false },
        );
      }
      read = await readStatusOnce(status, remaining);
    } catch (readError) {
      Object.defineProperty(error, "cause", {
        value: readError,
        configurable: true,
        writable: true,
        enumerable: false,
      });
      throw error;
    }
    const state = readRunState(status.state, read.data);
    if (!state.terminal) throw error;
    return {
      outcome: "already-terminal",
      data: undefined,
      metadata: {
        status: error.status,
        headers: createHeaders(),
        requestId: error.requestId,
        attempts: error.attempts,
      },
      state,
      refusal: error,
      confirmation: read,
    };
  }
}

/** Reads a run's status once and normalizes it. */
export async function readStatus<Input, Output>(
  client: ProviderClient<{}>,
  operation: Operation<Input, Output, {}>,
  rule: RunStateRule<Output>,
  input: Input,
  options?: CallOptions,
): Promise<{ data: Output; metadata: ResponseMetadata; state: RunStateReading }> {
  const { data, metadata } = await invokeWithMetadata(client, operation, input, options);
  return { data, metadata, state: readRunState(rule, data) };
}

/**
 * A cancel rule of any operation. Its input appears both as a parameter (the status read's input)
 * and as a result (the operation's marker), so no narrower type holds rules of different inputs.
 */
// biome-ignore lint/suspicious/noExplicitAny: erased on purpose; each generated rule is fully typed
export type AnyCancelRule = CancelRule<any, any, any, any>;

/** One way to cancel a vendor's target: a cancel operation and the target fields it needs. */
export interface TargetVariant<Target> {
  /** Target fields this variant needs (besides `provider`). */
  readonly requires: readonly string[];
  readonly rule: AnyCancelRule;
  /** The cancel's input for a target (the target's fields of the same name). */
  readonly input: (target: Target) => unknown;
}

/**
 * What a spec says about cancelling one vendor's runs, as one object: the target's fields, the
 * cancel operations that take it (most specific first) and the vendor's error table. Generated
 * into each provider package (`profile`); `@cancel/sdk` builds its adapters from it.
 */
export interface ProviderProfile<Target extends { provider: string } = { provider: string }> {
  readonly provider: Target["provider"];
  /** The target's fields besides `provider`: name → required. */
  readonly targetFields: Readonly<Record<string, boolean>>;
  /** Most specific first. */
  readonly variants: readonly TargetVariant<Target>[];
  /** Vendor answers → kinds of failure (`x-cancel-error-kinds`), first match wins. */
  readonly errorKinds: readonly ErrorKindRule[];
  /** How to list the vendor's runs (`x-cancel-list`); undefined where the vendor cannot. */
  readonly list?: AnyListRule | undefined;
}

/** The variant a target selects: the first whose required fields it has. */
export function variantFor<Target extends { provider: string }>(
  profile: ProviderProfile<Target>,
  target: Target,
): TargetVariant<Target> | undefined {
  const fields = target as unknown as Record<string, unknown>;
  return profile.variants.find((v) => v.requires.every((key) => fields[key] !== undefined));
}
