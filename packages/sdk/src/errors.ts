import {
  AbortError,
  ApiError,
  CancelSdkError,
  ConfigurationError,
  ConnectionError,
  CredentialsError,
  RedirectError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
} from "@cancel/core";
import { descriptor as databricksDescriptor } from "@cancel/databricks";
import { descriptor as emrDescriptor } from "@cancel/emr-serverless";
import { cancelSqlJobOperation, descriptor as dliDescriptor } from "@cancel/huawei-dli";
import { descriptor as mrsDescriptor } from "@cancel/huawei-mrs";
import type { CancelTarget, ProviderId, RunStatus } from "./types.js";

/** Every kind of failure, the same for every vendor. */
export const CANCEL_ERROR_KINDS = [
  "not-found",
  "invalid-request",
  "unauthenticated",
  "forbidden",
  "conflict",
  "throttled",
  "unavailable",
  "server",
  "network",
  "timeout",
  "aborted",
] as const;

export type CancelErrorKind = (typeof CANCEL_ERROR_KINDS)[number];

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
  cause?: unknown;
}

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
  }
}

export function isCancelError(value: unknown): value is CancelError {
  return value instanceof CancelError;
}

/** One row of a vendor's mapping table. The first row that matches wins. */
export interface ErrorMappingRule {
  /** HTTP status the row applies to; any status when absent. */
  status?: number;
  /** Vendor codes the row applies to (exact); any code when absent. */
  codes?: readonly string[];
  /** Case-insensitive regular expression on the vendor's message. */
  message?: string;
  /** Only for the cancel call, or only for the status read; both when absent. */
  call?: "cancel" | "status";
  /** The kind, or `already-terminal`: a cancel of a run that had already finished (no error). */
  kind: CancelErrorKind | "already-terminal";
  /** Why, in words (the README's table shows it). */
  note: string;
}

const HUAWEI_GATEWAY: readonly ErrorMappingRule[] = [
  {
    codes: ["APIGW.0301"],
    kind: "unauthenticated",
    note: "API gateway: incorrect IAM authentication information (AK/SK signature, token)",
  },
  {
    codes: ["APIGW.0302"],
    kind: "forbidden",
    note: "API gateway: the IAM user is not authorized to access the API",
  },
  {
    codes: ["APIGW.0101"],
    kind: "invalid-request",
    note: "API gateway: the API does not exist (wrong endpoint or region), not a missing job",
  },
];

/**
 * The mapping of each vendor's error answers, first match wins; a vendor answer no row matches
 * falls back to {@link statusMapping}. Core already resolves the `already-terminal` rows of the
 * cancel calls as results, and the rows are here so the table is complete.
 */
export const errorMappings: Readonly<Record<ProviderId, readonly ErrorMappingRule[]>> = {
  databricks: [
    {
      status: 400,
      codes: ["INVALID_PARAMETER_VALUE"],
      message: "Run .* does not exist|Run: .* in job: .* doesn't exist",
      kind: "not-found",
      note: 'Databricks answers a missing run with 400 INVALID_PARAMETER_VALUE "Run … does not exist"',
    },
    {
      codes: ["RESOURCE_DOES_NOT_EXIST"],
      kind: "not-found",
      note: "the run or job does not exist",
    },
    {
      codes: ["ENDPOINT_NOT_FOUND"],
      kind: "invalid-request",
      note: "no such API endpoint: wrong host or API version, not a missing run",
    },
    {
      status: 401,
      codes: ["PERMISSION_DENIED"],
      kind: "unauthenticated",
      note: "legacy answer to a bad token: 401 with PERMISSION_DENIED",
    },
    {
      codes: ["UNAUTHENTICATED"],
      kind: "unauthenticated",
      note: "invalid or expired token",
    },
    {
      codes: ["PERMISSION_DENIED"],
      kind: "forbidden",
      note: "no Manage Run / Owner / Admin permission on the job",
    },
    {
      codes: databricksDescriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "rate limit codes (the spec's x-cancel-retry throttling codes)",
    },
    {
      codes: databricksDescriptor.retryCodes?.transient?.codes ?? [],
      kind: "unavailable",
      note: "temporarily unavailable",
    },
    {
      codes: ["ABORTED", "ALREADY_EXISTS", "RESOURCE_ALREADY_EXISTS", "RESOURCE_CONFLICT"],
      kind: "conflict",
      note: "conflicting state (the SDKs' ResourceConflict family)",
    },
    {
      codes: ["INTERNAL_ERROR", "UNKNOWN", "DATA_LOSS"],
      kind: "server",
      note: "internal error",
    },
  ],
  "emr-serverless": [
    {
      codes: ["ValidationException"],
      kind: "invalid-request",
      note: "the service refused the input",
    },
    {
      codes: emrDescriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "AWS throttling error types, also when sent as 400",
    },
    {
      codes: ["AccessDeniedException"],
      kind: "forbidden",
      note: "the IAM principal may not call the action on the resource",
    },
    {
      codes: [
        "UnrecognizedClientException",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "IncompleteSignature",
        "InvalidClientTokenId",
        "ExpiredTokenException",
        "MissingAuthenticationToken",
        "NotAuthorized",
        "RequestExpired",
      ],
      kind: "unauthenticated",
      note: "bad, expired or unsigned credentials (AWS answers most with 403)",
    },
    {
      codes: ["ResourceNotFoundException"],
      kind: "not-found",
      note: "no such application or job run",
    },
    { codes: ["ConflictException"], kind: "conflict", note: "conflicting state" },
    {
      codes: ["RequestTimeout", "RequestTimeoutException"],
      kind: "timeout",
      note: "the service timed out the request",
    },
    {
      codes: ["ServiceUnavailable"],
      kind: "unavailable",
      note: "service unavailable",
    },
    {
      codes: ["InternalServerException", "InternalFailure"],
      kind: "server",
      note: "internal error",
    },
  ],
  "huawei-mrs": [
    {
      codes: ["0175"],
      call: "cancel",
      kind: "already-terminal",
      note: "cancel of a job that has already ended (core resolves it as AlreadyTerminal)",
    },
    ...HUAWEI_GATEWAY,
    {
      codes: mrsDescriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "API gateway throttling threshold reached",
    },
    { codes: ["0176"], kind: "not-found", note: "the job does not exist (sent as 500)" },
    {
      codes: ["12000001"],
      kind: "unauthenticated",
      note: "invalid authentication",
    },
    { codes: ["12000002"], kind: "invalid-request", note: "invalid parameter" },
    {
      codes: ["0160", "0162", "0175"],
      kind: "server",
      note: "the vendor failed to kill or query the job (also when sent as 400)",
    },
    {
      codes: ["MRS.0011"],
      kind: "conflict",
      note: "the cluster is in a state that does not allow the call",
    },
  ],
  "huawei-dli": [
    {
      status: 400,
      // The same pattern core matches (the spec's x-cancel-already-terminal).
      message:
        cancelSqlJobOperation.alreadyTerminal?.find((m) => m.messagePattern)?.messagePattern ??
        "(cannot|can't|can not) be cancel{1,2}ed",
      call: "cancel",
      kind: "already-terminal",
      note: 'a finished job "cannot be cancelled" (core resolves it as AlreadyTerminal)',
    },
    ...HUAWEI_GATEWAY,
    {
      codes: dliDescriptor.retryCodes?.throttling?.codes ?? [],
      kind: "throttled",
      note: "API gateway throttling threshold reached",
    },
    {
      codes: ["DLI.0002", "DLI.0023"],
      kind: "not-found",
      note: "not found is 400 DLI.0002 (object does not exist) or 404 DLI.0023",
    },
    {
      codes: ["DLI.0013", "DLI.0014", "DLI.0015"],
      kind: "unauthenticated",
      note: "user or service authentication error, token parsing error",
    },
    {
      codes: ["DLI.0003", "DLI.0011"],
      kind: "forbidden",
      note: "permission check failed",
    },
    { codes: ["DLI.0006"], kind: "conflict", note: "the object already exists" },
    { codes: ["DLI.0012"], kind: "unavailable", note: "resource unavailable" },
    {
      codes: ["DLI.0999"],
      kind: "server",
      note: "server system error (sent as 400)",
    },
  ],
  "fabric-workload": [
    {
      codes: ["JobAlreadyCompleted"],
      call: "cancel",
      kind: "already-terminal",
      note: "cancel of a completed job (core resolves it as AlreadyTerminal)",
    },
    {
      codes: ["JobInstanceNotFound", "ItemMetadataNotFound", "ItemNotFound"],
      kind: "not-found",
      note: "the workload does not know the item or job instance",
    },
    { codes: ["AuthError"], kind: "unauthenticated", note: "token validation failed" },
    {
      codes: ["AccessDenied", "InsufficientPrivileges"],
      kind: "forbidden",
      note: "access denied",
    },
    { codes: ["TooManyRequests"], kind: "throttled", note: "throttled" },
    {
      codes: ["ServiceUnavailable"],
      kind: "unavailable",
      note: "the workload is temporarily unavailable",
    },
  ],
};

/** One row of the HTTP status fallback. */
export interface StatusMappingRule {
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

export interface VendorAnswer {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

export type Classification =
  | { kind: CancelErrorKind | "already-terminal"; rule: ErrorMappingRule }
  | { kind: CancelErrorKind; rule: StatusMappingRule };

const compiled = new WeakMap<ErrorMappingRule, RegExp>();

function messageMatches(rule: ErrorMappingRule, message: string | undefined): boolean {
  if (rule.message === undefined) return true;
  if (message === undefined) return false;
  let re = compiled.get(rule);
  if (!re) {
    re = new RegExp(rule.message, "i");
    compiled.set(rule, re);
  }
  return re.test(message);
}

function statusMatches(status: StatusMappingRule["status"], value: number): boolean {
  return typeof status === "number" ? status === value : value >= status[0] && value <= status[1];
}

/** Classifies one vendor answer of a cancel or status call: the table row and its kind. */
export function classifyVendorError(
  provider: ProviderId,
  answer: VendorAnswer,
  call: "cancel" | "status",
): Classification {
  for (const rule of errorMappings[provider]) {
    if (rule.call !== undefined && rule.call !== call) continue;
    if (rule.status !== undefined && rule.status !== answer.status) continue;
    if (
      rule.codes !== undefined &&
      (answer.code === undefined || !rule.codes.includes(answer.code))
    )
      continue;
    if (!messageMatches(rule, answer.message)) continue;
    return { kind: rule.kind, rule };
  }
  const rule = statusMapping.find((r) => statusMatches(r.status, answer.status)) ?? {
    status: answer.status,
    kind: "server" as const,
    note: "unexpected status",
  };
  return { kind: rule.kind, rule };
}

export interface ErrorContext {
  provider: ProviderId | undefined;
  operation?: string | undefined;
  target?: CancelTarget | undefined;
  call: "cancel" | "status";
}

/**
 * Turns anything a provider call threw into a CancelError (a CancelError passes through). An
 * `already-terminal` row never reaches here as an error: the callers resolve it first.
 */
export function toCancelError(error: unknown, context: ErrorContext): CancelError {
  if (error instanceof CancelError) return error;
  const base = {
    provider: context.provider,
    operation:
      error instanceof CancelSdkError ? (error.operation ?? context.operation) : context.operation,
    target: context.target,
    attempts: error instanceof CancelSdkError ? error.attempts : undefined,
    cause: error,
  };
  const where = context.provider ? `${context.provider}: ` : "";
  if (error instanceof ApiError) {
    const classified =
      error instanceof RedirectError || context.provider === undefined
        ? {
            kind: (statusMapping.find((r) => statusMatches(r.status, error.status))?.kind ??
              "server") as CancelErrorKind,
          }
        : classifyVendorError(
            context.provider,
            { status: error.status, code: error.code, message: error.vendorMessage },
            context.call,
          );
    // `already-terminal` is a result, not an error; a caller that did not resolve it gets the
    // status-based kind.
    const kind: CancelErrorKind =
      classified.kind === "already-terminal" ? "conflict" : classified.kind;
    return new CancelError(`${where}${error.message}`, {
      ...base,
      kind,
      status: error.status,
      code: error.code,
      vendorMessage: error.vendorMessage,
      requestId: error.requestId,
      retryAfterMs: error.retryAfterMs,
      retryable: RETRYABLE_KINDS.has(kind) || (kind === "server" && error.retryable),
    });
  }
  if (error instanceof ValidationError || error instanceof ConfigurationError) {
    return new CancelError(`${where}${error.message}`, {
      ...base,
      kind: "invalid-request",
      retryable: false,
    });
  }
  if (error instanceof CredentialsError) {
    return new CancelError(`${where}${error.message}`, {
      ...base,
      kind: "unauthenticated",
      retryable: error.retryable,
    });
  }
  if (error instanceof ConnectionError) {
    return new CancelError(`${where}${error.message}`, { ...base, kind: "network" });
  }
  if (error instanceof TimeoutError) {
    return new CancelError(`${where}${error.message}`, { ...base, kind: "timeout" });
  }
  if (error instanceof AbortError) {
    return new CancelError(`${where}${error.message}`, { ...base, kind: "aborted" });
  }
  if (error instanceof ResponseParseError) {
    return new CancelError(`${where}${error.message}`, {
      ...base,
      kind: "server",
      status: error.status || undefined,
      requestId: error.requestId,
      retryable: false,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CancelError(`${where}unexpected error: ${message}`, {
    ...base,
    kind: "server",
    retryable: false,
  });
}
