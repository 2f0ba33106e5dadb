/**
 * One error hierarchy for every provider. Every error names the provider and operation it came
 * from and carries its evidence (status, vendor code and message, request id, attempts), and never
 * a secret: request headers are not kept on errors at all.
 */

export interface ErrorContext {
  /** Provider id, e.g. `emr-serverless`. */
  provider?: string | undefined;
  /** The operationId of the call, e.g. `cancelJobRun`. */
  operation?: string | undefined;
  /** Attempts made before this error (0 when nothing was sent). */
  attempts?: number | undefined;
  cause?: unknown;
}

/** Base class of every error thrown by an `@cancel/*` client. */
export class CancelSdkError extends Error {
  override name = "CancelSdkError";
  readonly provider: string | undefined;
  readonly operation: string | undefined;
  readonly attempts: number;
  /** Whether repeating the same call may succeed. */
  readonly retryable: boolean = false;

  constructor(message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.provider = context.provider;
    this.operation = context.operation;
    this.attempts = context.attempts ?? 0;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== "cause" && value !== undefined) out[key] = value;
    }
    return out;
  }
}

export interface ValidationIssue {
  /** The input field at fault, e.g. `jobRunId` (or `(input)` for the input as a whole). */
  field: string;
  /** What is wrong, in words a caller can act on. */
  message: string;
}

/** The input was refused before anything was sent. */
export class ValidationError extends CancelSdkError {
  override name = "ValidationError";
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context: ErrorContext = {}) {
    const where = context.operation ? `${context.operation}: ` : "";
    super(`${where}invalid input: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`, {
      ...context,
      attempts: 0,
    });
    this.issues = issues;
  }
}

export interface ApiErrorDetails extends ErrorContext {
  status: number;
  /** The vendor's own error code (`error_code`, `X-Amzn-ErrorType`, `errorCode`, …). */
  code?: string | undefined;
  /** The vendor's own error message. */
  vendorMessage?: string | undefined;
  /** The vendor's request id for support tickets. */
  requestId?: string | undefined;
  /** The parsed error body (JSON), or undefined when the body was empty or not JSON. */
  body?: unknown;
  contentType?: string | undefined;
  /** The first characters of a body that was not the vendor's JSON envelope. */
  snippet?: string | undefined;
  retryable?: boolean | undefined;
  /** The wait the server asked for (Retry-After), in ms. */
  retryAfterMs?: number | undefined;
}

/** The vendor answered with a non-success HTTP status. */
export class ApiError extends CancelSdkError {
  override name = "ApiError";
  readonly status: number;
  readonly code: string | undefined;
  readonly vendorMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly contentType: string | undefined;
  readonly snippet: string | undefined;
  /** The wait the server asked for (Retry-After), in ms, when it sent one. */
  readonly retryAfterMs: number | undefined;
  override readonly retryable: boolean;

  constructor(details: ApiErrorDetails) {
    const parts = [`HTTP ${details.status}`];
    if (details.code) parts.push(details.code);
    const head = details.operation ? `${details.operation} failed: ` : "";
    const tail = details.vendorMessage ?? details.snippet;
    super(`${head}${parts.join(" ")}${tail ? `: ${tail}` : ""}`, details);
    this.status = details.status;
    this.code = details.code;
    this.vendorMessage = details.vendorMessage;
    this.requestId = details.requestId;
    this.body = details.body;
    this.contentType = details.contentType;
    this.snippet = details.snippet;
    this.retryAfterMs = details.retryAfterMs;
    this.retryable = details.retryable ?? false;
  }
}

/** 400 */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** 401 */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** 403 */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
/** 404 */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 409 */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** 429 */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
/** Any other 4xx. */
export class ClientHttpError extends ApiError {
  override name = "ClientHttpError";
}
/** 5xx */
export class ServerError extends ApiError {
  override name = "ServerError";
}
/** 3xx: redirects are never followed, so that credentials are never sent to another origin. */
export class RedirectError extends ApiError {
  override name = "RedirectError";
}

/** Picks the ApiError subclass for an HTTP status. */
export function apiErrorFor(details: ApiErrorDetails): ApiError {
  const { status } = details;
  if (status >= 300 && status < 400) return new RedirectError(details);
  if (status === 400) return new BadRequestError(details);
  if (status === 401) return new AuthenticationError(details);
  if (status === 403) return new PermissionDeniedError(details);
  if (status === 404) return new NotFoundError(details);
  if (status === 409) return new ConflictError(details);
  if (status === 429) return new RateLimitError(details);
  if (status >= 500) return new ServerError(details);
  return new ClientHttpError(details);
}

/** The response could not be read as what the spec promises (HTML, truncated JSON, too large). */
export class ResponseParseError extends CancelSdkError {
  override name = "ResponseParseError";
  readonly status: number;
  readonly contentType: string | undefined;
  readonly snippet: string | undefined;
  readonly requestId: string | undefined;
  override readonly retryable: boolean;

  constructor(
    message: string,
    details: ErrorContext & {
      status: number;
      contentType?: string | undefined;
      snippet?: string | undefined;
      requestId?: string | undefined;
      retryable?: boolean | undefined;
    },
  ) {
    super(message, details);
    this.status = details.status;
    this.contentType = details.contentType;
    this.snippet = details.snippet;
    this.requestId = details.requestId;
    this.retryable = details.retryable ?? false;
  }
}

/** The request never got a whole HTTP answer (refused, reset, DNS, TLS, cut off mid-body). */
export class ConnectionError extends CancelSdkError {
  override name = "ConnectionError";
  override readonly retryable: boolean = true;
}

/**
 * The proxy did not open the tunnel to the vendor: it could not be reached, or it answered the
 * CONNECT with something other than 200 (407 when it wants credentials). Names the proxy by its
 * origin alone: a user name or password in the proxy URL never appears here.
 */
export class ProxyError extends ConnectionError {
  override name = "ProxyError";
  /** The proxy's origin, e.g. `http://proxy.example.com:3128` (never its credentials). */
  readonly proxy: string;
  /** The proxy's answer to CONNECT, when it gave one (407, 403, 502, …). */
  readonly proxyStatus: number | undefined;
  override readonly retryable: boolean;
  constructor(
    message: string,
    context: ErrorContext & {
      proxy: string;
      proxyStatus?: number | undefined;
      retryable?: boolean | undefined;
    },
  ) {
    super(message, context);
    this.proxy = context.proxy;
    this.proxyStatus = context.proxyStatus;
    this.retryable = context.retryable ?? true;
  }
}

/** An attempt or the whole call ran out of time. */
export class TimeoutError extends CancelSdkError {
  override name = "TimeoutError";
  override readonly retryable: boolean;
  constructor(message: string, context: ErrorContext & { retryable?: boolean } = {}) {
    super(message, context);
    this.retryable = context.retryable ?? true;
  }
}

/** The caller's AbortSignal ended the call. */
export class AbortError extends CancelSdkError {
  override name = "AbortError";
}

/**
 * One way to fix a configuration or credentials problem: set these `createClient` options, or
 * set these environment variables instead. Each list is needed whole (e.g. an access key and its
 * secret).
 */
export interface ConfigurationFix {
  /** Options to set, all of them, e.g. `["region"]` or `["clientId", "clientSecret"]`. */
  readonly options?: readonly string[] | undefined;
  /** Environment variables that do the same, all of them, e.g. `["AWS_REGION"]`. */
  readonly env?: readonly string[] | undefined;
  /** An example value (of a single option), e.g. `eu-west-1`. */
  readonly example?: string | undefined;
}

/**
 * What a configuration or credentials error says besides its message, so that a tool (a CLI, a
 * form) can word the problem in its own terms: its flags instead of the option names.
 */
export interface ConfigurationDetails extends ErrorContext {
  /**
   * The option or environment variable whose value is at fault, e.g. `baseUrl` or
   * `DATABRICKS_HOST`; the `problem` then reads as said of it ("is not an absolute URL").
   */
  subject?: string | undefined;
  /** The problem alone, without the advice the message adds. Default: the message. */
  problem?: string | undefined;
  /** What fixes it: one way, or alternatives of which any one is enough. */
  fix?: ConfigurationFix | readonly ConfigurationFix[] | undefined;
}

// One fix or a list of them, as a list.
const fixesOf = (fix: ConfigurationDetails["fix"]): readonly ConfigurationFix[] =>
  [fix ?? []].flat();

/**
 * Credentials could not be obtained (a token endpoint failed, a credentials provider threw, a
 * token expired). Never carries the secret itself.
 */
export class CredentialsError extends CancelSdkError {
  override name = "CredentialsError";
  override readonly retryable: boolean;
  /** The option or environment variable at fault, when the problem is one value. */
  readonly subject: string | undefined;
  /** The problem without the library's advice (the message words it for `createClient` callers). */
  readonly problem: string;
  /** Ways to fix it (any one is enough); empty when no setting fixes it. */
  readonly fixes: readonly ConfigurationFix[];
  constructor(
    message: string,
    context: ConfigurationDetails & { retryable?: boolean | undefined } = {},
  ) {
    super(message, context);
    this.retryable = context.retryable ?? false;
    this.subject = context.subject;
    this.problem = context.problem ?? message;
    this.fixes = fixesOf(context.fix);
  }
}

/** The client was configured wrongly (bad base URL, missing option). Nothing was sent. */
export class ConfigurationError extends CancelSdkError {
  override name = "ConfigurationError";
  /** The option or environment variable at fault, when the problem is one value. */
  readonly subject: string | undefined;
  /** The problem without the library's advice (the message words it for `createClient` callers). */
  readonly problem: string;
  /** Ways to fix it (any one is enough); empty when no setting fixes it. */
  readonly fixes: readonly ConfigurationFix[];
  constructor(message: string, context: ConfigurationDetails = {}) {
    super(message, context);
    this.subject = context.subject;
    this.problem = context.problem ?? message;
    this.fixes = fixesOf(context.fix);
  }
}
