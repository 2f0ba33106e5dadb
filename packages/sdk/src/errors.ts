import {
  AbortError,
  type AnswerMatcher,
  ApiError,
  CancelSdkError,
  ConfigurationError,
  ConnectionError,
  CANCEL_ERROR_KINDS,
  type CancelErrorKind,
  CredentialsError,
  type ErrorKindRule,
  matchesAnswer,
  RedirectError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
  type VendorAnswer,
} from "@cancel/core";
import type { CancelResult } from "./result.js";
import type { CancelTarget, ProviderId, RunStatus } from "./types.js";

export { CANCEL_ERROR_KINDS, type CancelErrorKind, type ErrorKindRule, type VendorAnswer };

/** Kinds where trying the same call again later may succeed. */
const RETRYABLE_KINDS: ReadonlySet<CancelErrorKind> = new Set<CancelErrorKind>([
  "throttled",
  "unavailable",
  "network",
  "timeout",
]);

export interface CancelErrorDetails {
  kind: CancelErrorKind;
  provider?: ProviderId | undefined;
  operation?: string | undefined;
  target?: CancelTarget | undefined;
  /** HTTP status of the vendor's answer, when there was one. */
  status?: number | undefined;
  code?: string | undefined;
  vendorMessage?: string | undefined;
  requestId?: string | undefined;
  retryable?: boolean | undefined;
  retryAfterMs?: number | undefined;
  attempts?: number | undefined;
  lastStatus?: RunStatus | undefined;
  cancelOnTimeout?: CancelAttempt | undefined;
  cause?: unknown;
}

/** One cancel sent on someone's behalf: its result, or the error it ended with. */
export type CancelAttempt<T extends CancelTarget = CancelTarget> =
  | { ok: true; result: CancelResult<T>; error?: undefined }
  | { ok: false; error: CancelError; result?: undefined };

/**
 * The one error `@cancel/sdk` throws (and `cancelMany` reports): a `kind` from a closed set, the
 * vendor's evidence (HTTP status, code, message, request id) and the original error as `cause`.
 */
export class CancelError extends CancelSdkError {
  override name = "CancelError";
  readonly kind: CancelErrorKind;
  override readonly provider: ProviderId | undefined;
  /** The target of the failed call, when there was one. */
  readonly target: CancelTarget | undefined;
  /** HTTP status of the vendor's answer (undefined when none arrived). */
  readonly status: number | undefined;
  /** The vendor's own error code (`error_code`, `X-Amzn-ErrorType`, `errorCode`). */
  readonly code: string | undefined;
  /** The vendor's own message. */
  readonly vendorMessage: string | undefined;
  /** The vendor's request id, for support tickets. */
  readonly requestId: string | undefined;
  override readonly retryable: boolean;
  /** The wait the vendor asked for (Retry-After), in ms. */
  readonly retryAfterMs: number | undefined;
  /** For a `timeout` or `aborted` wait: the last state seen. */
  readonly lastStatus: RunStatus | undefined;
  /**
   * For a `timeout` of a wait with `onTimeout: "cancel"`: the cancel sent when its deadline
   * passed (its result, or why it failed).
   */
  readonly cancelOnTimeout: CancelAttempt | undefined;

  constructor(message: string, details: CancelErrorDetails) {
    super(message, {
      provider: details.provider,
      operation: details.operation,
      attempts: details.attempts,
      cause: details.cause,
    });
    this.kind = details.kind;
    this.provider = details.provider;
    this.target = details.target;
    this.status = details.status;
    this.code = details.code;
    this.vendorMessage = details.vendorMessage;
    this.requestId = details.requestId;
    this.retryable = details.retryable ?? RETRYABLE_KINDS.has(details.kind);
    this.retryAfterMs = details.retryAfterMs;
    this.lastStatus = details.lastStatus;
    this.cancelOnTimeout = details.cancelOnTimeout;
  }
}

/** A wait's `timeout` error with the cancel its deadline sent, as `cancelOnTimeout` and in words. */
export function withCancelOnTimeout(error: CancelError, attempt: CancelAttempt): CancelError {
  const what = attempt.ok
    ? `cancelled it: ${attempt.result.outcome}`
    : `the cancel sent then failed: ${attempt.error.kind}`;
  return new CancelError(`${error.message}; ${what}`, {
    kind: error.kind,
    provider: error.provider,
    operation: error.operation,
    target: error.target,
    status: error.status,
    code: error.code,
    vendorMessage: error.vendorMessage,
    requestId: error.requestId,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    attempts: error.attempts,
    lastStatus: error.lastStatus,
    cancelOnTimeout: attempt,
    cause: error.cause,
  });
}

export function isCancelError(value: unknown): value is CancelError {
  return value instanceof CancelError;
}

/** One row of the HTTP status fallback. */
export interface StatusMappingRule extends AnswerMatcher {
  /** A status, or an inclusive range. */
  status: number | readonly [number, number];
  kind: CancelErrorKind;
  note: string;
}

/** Vendor answers no vendor row matches: by HTTP status, first match wins. */
export const statusMapping: readonly StatusMappingRule[] = [
  { status: 400, kind: "invalid-request", note: "bad request" },
  { status: 401, kind: "unauthenticated", note: "not authenticated" },
  { status: 403, kind: "forbidden", note: "not allowed" },
  { status: 404, kind: "not-found", note: "not found" },
  { status: 408, kind: "timeout", note: "request timeout" },
  { status: 409, kind: "conflict", note: "conflict" },
  { status: 429, kind: "throttled", note: "too many requests" },
  { status: [502, 504], kind: "unavailable", note: "bad gateway, unavailable, gateway timeout" },
  { status: [500, 599], kind: "server", note: "other server errors" },
  {
    status: [300, 399],
    kind: "invalid-request",
    note: "a redirect (never followed): check the base URL",
  },
  { status: [400, 499], kind: "invalid-request", note: "other client errors" },
];

/** Errors that are not a vendor answer. */
export const nonHttpMapping: readonly { error: string; kind: CancelErrorKind; note: string }[] = [
  {
    error: "ValidationError",
    kind: "invalid-request",
    note: "input breaks the spec; nothing sent",
  },
  {
    error: "ConfigurationError",
    kind: "invalid-request",
    note: "provider not configured or misconfigured; nothing sent",
  },
  {
    error: "CredentialsError",
    kind: "unauthenticated",
    note: "credentials could not be obtained (retryable when the provider says so)",
  },
  { error: "ConnectionError", kind: "network", note: "refused, reset, DNS, TLS, cut off" },
  { error: "TimeoutError", kind: "timeout", note: "an attempt or the call's deadline ran out" },
  { error: "AbortError", kind: "aborted", note: "the caller's AbortSignal" },
  {
    error: "ResponseParseError",
    kind: "server",
    note: "the vendor's answer is not the promised JSON, or too large",
  },
  { error: "anything else", kind: "server", note: "an unexpected error (a bug); not retryable" },
];

export type Classification =
  | { kind: CancelErrorKind; rule: ErrorKindRule }
  | { kind: CancelErrorKind; rule: StatusMappingRule };

/**
 * Classifies one vendor answer of a cancel or status call by a vendor's rows (its spec's
 * `x-cancel-error-kinds`), then by {@link statusMapping}: the table row and its kind.
 */
export function classifyAnswer(
  rules: readonly ErrorKindRule[],
  answer: VendorAnswer,
  call: "cancel" | "status" | "list",
): Classification {
  for (const rule of rules) {
    if (rule.call !== undefined && rule.call !== call) continue;
    if (matchesAnswer(rule, answer)) return { kind: rule.kind, rule };
  }
  const rule = statusMapping.find((r) => matchesAnswer(r, answer)) ?? {
    status: answer.status,
    kind: "server" as const,
    note: "unexpected status",
  };
  return { kind: rule.kind, rule };
}

/** Where a failure happened, for {@link toCancelError}. */
export interface CancelErrorContext {
  provider: ProviderId | undefined;
  operation?: string | undefined;
  target?: CancelTarget | undefined;
  call: "cancel" | "status" | "list";
  /** The provider's error rows (its profile's `errorKinds`); the HTTP status fallback alone if absent. */
  rules?: readonly ErrorKindRule[] | undefined;
}

/** Turns anything a provider call threw into a CancelError (a CancelError passes through). */
export function toCancelError(error: unknown, context: CancelErrorContext): CancelError {
  if (error instanceof CancelError) return error;
  const sdkError = error instanceof CancelSdkError ? error : undefined;
  const details: CancelErrorDetails = {
    kind: "server",
    provider: context.provider,
    operation: sdkError?.operation ?? context.operation,
    target: context.target,
    attempts: sdkError?.attempts,
    cause: error,
  };
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError) {
    const classified = classifyAnswer(
      // A redirect is never the vendor's own answer: the status fallback alone.
      error instanceof RedirectError ? [] : (context.rules ?? []),
      { status: error.status, code: error.code, message: error.vendorMessage },
      context.call,
    );
    const kind = classified.kind;
    Object.assign(details, {
      kind,
      status: error.status,
      code: error.code,
      vendorMessage: error.vendorMessage,
      requestId: error.requestId,
      retryAfterMs: error.retryAfterMs,
      retryable: RETRYABLE_KINDS.has(kind) || (kind === "server" && error.retryable),
    });
  } else if (error instanceof ValidationError || error instanceof ConfigurationError) {
    details.kind = "invalid-request";
    details.retryable = false;
  } else if (error instanceof CredentialsError) {
    details.kind = "unauthenticated";
    details.retryable = error.retryable;
  } else if (error instanceof ConnectionError) {
    details.kind = "network";
  } else if (error instanceof TimeoutError) {
    details.kind = "timeout";
  } else if (error instanceof AbortError) {
    details.kind = "aborted";
  } else if (error instanceof ResponseParseError) {
    details.status = error.status || undefined;
    details.requestId = error.requestId;
    details.retryable = false;
  } else {
    message = `unexpected error: ${message}`;
    details.retryable = false;
  }
  return new CancelError(context.provider ? `${context.provider}: ${message}` : message, details);
}
