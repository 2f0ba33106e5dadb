/**
 * What the umbrella's calls report: one span per cancel, status read, wait and cancelMany to the
 * configured tracer, and one log line per call to the configured log, both with the same
 * attributes: identifiers, states, counts, HTTP statuses, vendor codes and request ids (scrubbed of
 * credentials by the transport) and error kinds; never a message, a header or a body.
 */
import {
  type AttemptEvent,
  type ConfirmOptions,
  createLog,
  type Log,
  type LogOptions,
  type SpanAttributes,
  type Tracer,
  type TraceSpan,
} from "@cancel/core";
import { CancelError } from "./errors.js";

export type Attributes = Record<string, string | number | boolean | undefined>;

/** What a traced call passes to its provider call: an attempt observer, a confirming-read wrapper. */
export interface CallHooks {
  onAttempt: (event: AttemptEvent) => void;
  aroundRead: NonNullable<ConfirmOptions["aroundRead"]>;
}

// OpenTelemetry's SpanKind INTERNAL and CLIENT, and SpanStatusCode ERROR (stable since API 1.0).
const INTERNAL = 0;
const CLIENT = 2;
const ERROR = 2;

const defined = (attributes: Attributes): SpanAttributes =>
  Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));

/**
 * How a call failed: `error.type` is the CancelError's kind (a core error's class name inside a
 * cancel's confirming read), with the vendor's evidence, never the message.
 */
function failure(error: unknown): Attributes {
  const e = (error ?? {}) as Partial<CancelError> & { kind?: string };
  return {
    "cancel.outcome": "error",
    "error.type": e.kind ?? e.name ?? "Error",
    "http.response.status_code": e.status,
    "cancel.error.code": e.code,
    "cancel.request_id": e.requestId,
  };
}

const attemptAttributes = (event: AttemptEvent): Attributes => ({
  "cancel.operation": event.operation,
  "cancel.attempt": event.attempt,
  "cancel.attempt.outcome": event.outcome,
  "http.response.status_code": event.status,
  "error.type": event.errorName,
  "cancel.error.code": event.code,
  "cancel.request_id": event.requestId,
  "cancel.retry_delay_ms": event.outcome === "retry" ? event.delayMs : undefined,
});

/** The umbrella's tracer and log; `active` is false when it has neither (calls then run bare). */
export class Telemetry {
  readonly #tracer: Tracer | undefined;
  readonly #options: LogOptions;
  #log: Log | undefined | null = null;

  constructor(tracer: Tracer | undefined, options: LogOptions) {
    this.#tracer = tracer;
    this.#options = options;
  }

  /**
   * The log, made on first use (it reads `CANCEL_LOG`, so nothing is read before a call).
   *
   * @throws {CancelError} `invalid-request` for a bad `logLevel`, `logger` or `CANCEL_LOG`.
   */
  get log(): Log | undefined {
    if (this.#log === null) {
      try {
        this.#log = createLog(this.#options);
      } catch (error) {
        throw new CancelError((error as Error).message, { kind: "invalid-request", cause: error });
      }
    }
    return this.#log;
  }

  get active(): boolean {
    return this.#tracer !== undefined || this.log !== undefined;
  }

  /**
   * Runs one call, in a span named `name` when traced, and logs how it ended (at `level`, or
   * `warn` when it failed). The span and the line get `start`'s attributes and then `report`'s
   * (called with undefined for a failure, under the failure's own). A cancel's confirming read,
   * with `confirm`'s attributes, is a call of its own nested under it.
   */
  run<T>(
    name: string,
    client: boolean,
    start: Attributes,
    call: (hooks: CallHooks) => Promise<T>,
    report: (result: T | undefined, attempts: number) => Attributes,
    level: "debug" | "info" = "info",
    confirm?: Attributes,
  ): Promise<T> {
    const body = async (span?: TraceSpan): Promise<T> => {
      let attempts = 0;
      let status: number | undefined;
      // A confirming read's attempts go to its own call while it runs.
      let confirming: ((event: AttemptEvent) => void) | undefined;
      const hooks: CallHooks = {
        onAttempt: (event) => {
          if (confirming) return confirming(event);
          attempts++;
          status = event.status;
          span?.addEvent("cancel.attempt", defined(attemptAttributes(event)));
        },
        aroundRead: (operation, read) =>
          confirm
            ? this.run(
                `status ${start["cancel.provider"]}`,
                true,
                { ...confirm, "cancel.operation": operation, "cancel.confirming": true },
                (own) => {
                  confirming = own.onAttempt;
                  return read().finally(() => (confirming = undefined));
                },
                (answer, n) => ({
                  "cancel.outcome": answer && "ok",
                  "cancel.attempts": n,
                  "cancel.request_id": answer?.metadata.requestId,
                }),
                "debug",
              )
            : read(),
      };
      let ended: Attributes = {};
      try {
        const result = await call(hooks);
        ended = report(result, attempts);
        return result;
      } catch (error) {
        ended = { ...report(undefined, attempts), ...failure(error) };
        span?.setStatus({ code: ERROR, message: String(ended["error.type"]) });
        throw error;
      } finally {
        const attributes = defined({ "http.response.status_code": status, ...ended });
        for (const key in attributes) span?.setAttribute(key, attributes[key]!);
        const outcome = String(attributes["cancel.outcome"]);
        this.log?.(
          /^(error|failed|partial)$/.test(outcome) ? "warn" : level,
          `${name}: ${outcome}`,
          {
            ...defined(start),
            ...attributes,
          },
        );
        span?.end();
      }
    };
    const tracer = this.#tracer;
    return tracer
      ? tracer.startActiveSpan(
          name,
          { kind: client ? CLIENT : INTERNAL, attributes: defined(start) },
          body,
        )
      : body();
  }
}
