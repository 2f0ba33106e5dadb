import { pickField, type ErrorEnvelope } from "./error-envelope.js";
import {
  AbortError,
  apiErrorFor,
  CancelSdkError,
  ConfigurationError,
  ConnectionError,
  ResponseParseError,
  TimeoutError,
} from "./errors.js";
import {
  BodyTooLargeError,
  DEFAULT_MAX_RESPONSE_BYTES,
  isJsonContentType,
  parseJsonBody,
  parseJsonSafely,
  readBodyText,
  snippetOf,
} from "./response.js";
import { checkHeaderValue } from "./validate.js";

export type FetchLike = (request: Request) => Promise<Response>;

export interface AuthContext {
  provider: string;
  operation: string | undefined;
  /** 1 for the first attempt; every attempt is authenticated afresh. */
  attempt: number;
  /** The request body bytes (already read once), for signers that hash the payload. */
  body: Uint8Array | undefined;
}

/**
 * Adds credentials to one attempt's request (a header, a signature). Called once per attempt,
 * so dates and signatures are always fresh. Returns the request to send.
 */
export type Authenticator = (request: Request, context: AuthContext) => Request | Promise<Request>;

export interface TransportOptions {
  /** Provider id, used in errors. */
  provider: string;
  /** Base URL every request must stay under (origin and path prefix). */
  baseUrl: string;
  errors: ErrorEnvelope;
  fetch?: FetchLike | undefined;
  authenticate?: Authenticator | undefined;
  /** Headers added to every request (never credentials: use `authenticate`). */
  headers?: Record<string, string> | undefined;
  /** Per-attempt timeout in milliseconds. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Largest response body read, in bytes. Default 1 MiB. */
  maxResponseBytes?: number | undefined;
  /** Allow plain `http:` to loopback hosts (local simulators). Default false. */
  allowInsecureLoopback?: boolean | undefined;
}

export interface CallOptions {
  /** Ends the call at once; nothing more is sent. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeoutMs?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

export interface ResponseMetadata {
  status: number;
  headers: Headers;
  /** The vendor's request id, when it sends one. */
  requestId: string | undefined;
  attempts: number;
}

export interface HttpResult extends ResponseMetadata {
  /** The parsed JSON body, or undefined when the body was empty. */
  data: unknown;
}

/** What a success status promises: a JSON body, and whether an empty body means `{}`. */
export interface SuccessBody {
  json: boolean;
  emptyOk: boolean;
}

/** State of one call of one operation, shared between the generated function and the transport. */
export interface CallState {
  operation: string;
  options: CallOptions;
  /** The operation's documented success statuses (absent for raw openapi-fetch calls). */
  success?: Readonly<Record<string, SuccessBody>>;
  result?: HttpResult;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_TIMER_MS = 2 ** 31 - 1;

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Checks and normalises a base URL: https (or opted-in loopback http), no credentials, no query. */
export function normaliseBaseUrl(
  raw: string,
  options: { allowInsecureLoopback?: boolean | undefined; provider?: string | undefined } = {},
): URL {
  const context = { provider: options.provider };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`baseUrl is not an absolute URL: ${JSON.stringify(raw)}`, context);
  }
  if (url.username || url.password) {
    throw new ConfigurationError("baseUrl must not contain a user name or password", context);
  }
  if (url.protocol === "http:") {
    if (!isLoopback(url.hostname)) {
      throw new ConfigurationError(
        `baseUrl must use https: (plain http is allowed only for loopback hosts), got ${url.origin}`,
        context,
      );
    }
    if (!options.allowInsecureLoopback) {
      throw new ConfigurationError(
        `baseUrl ${url.origin} uses plain http: set allowInsecureLoopback: true to talk to a local simulator`,
        context,
      );
    }
  } else if (url.protocol !== "https:") {
    throw new ConfigurationError(`baseUrl must use https:, got ${url.protocol}`, context);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError("baseUrl must not contain a query or fragment", context);
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/** Sends one operation's request: authenticates, enforces timeouts and limits, maps errors. */
export class Transport {
  readonly provider: string;
  readonly baseUrl: URL;
  private readonly options: TransportOptions;
  private readonly fetchImpl: FetchLike;

  constructor(options: TransportOptions) {
    this.options = options;
    this.provider = options.provider;
    this.baseUrl = normaliseBaseUrl(options.baseUrl, options);
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      const problem = checkHeaderValue(value);
      if (problem) {
        throw new ConfigurationError(`header ${name} ${problem}`, { provider: this.provider });
      }
    }
    this.fetchImpl = options.fetch ?? ((request) => globalThis.fetch(request));
  }

  /** A fetch function for openapi-fetch that runs one call under this transport. */
  fetchFor(state: CallState): FetchLike {
    return (request) => this.send(request, state);
  }

  async send(request: Request, state: CallState): Promise<Response> {
    const context = { provider: this.provider, operation: state.operation };
    const url = new URL(request.url);
    const base = this.baseUrl;
    const basePath = base.pathname === "/" ? "" : base.pathname;
    if (
      url.origin !== base.origin ||
      (basePath !== "" && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
    ) {
      throw new ConfigurationError(
        `request URL left the client's base URL ${base.origin}${basePath}`,
        context,
      );
    }
    const { signal } = state.options;
    if (signal?.aborted)
      throw new AbortError(`${state.operation} aborted before it was sent`, {
        ...context,
        cause: signal.reason,
      });

    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries({
      ...this.options.headers,
      ...state.options.headers,
    })) {
      const problem = checkHeaderValue(value);
      if (problem) throw new ConfigurationError(`header ${name} ${problem}`, context);
      headers.set(name, value);
    }

    const attempt = 1;
    const timeoutMs = Math.min(
      state.options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
      MAX_TIMER_MS,
    );
    const timeout = AbortSignal.timeout(timeoutMs);
    const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const attemptContext = { ...context, attempts: attempt };

    let response: Response;
    let text: string;
    try {
      let outgoing = new Request(url, {
        method: request.method,
        headers,
        body: body as BodyInit | undefined,
        redirect: "manual",
        signal: attemptSignal,
      });
      if (this.options.authenticate) {
        outgoing = await this.options.authenticate(outgoing, {
          provider: this.provider,
          operation: state.operation,
          attempt,
          body,
        });
      }
      response = await this.fetchImpl(outgoing);
      text = await readBodyText(
        response,
        this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      );
    } catch (error) {
      if (error instanceof CancelSdkError) throw error;
      if (signal?.aborted) {
        throw new AbortError(`${state.operation} aborted`, {
          ...attemptContext,
          cause: signal.reason,
        });
      }
      if (timeout.aborted) {
        throw new TimeoutError(`${state.operation} timed out after ${timeoutMs} ms`, {
          ...attemptContext,
          cause: error,
        });
      }
      if (error instanceof BodyTooLargeError) {
        throw new ResponseParseError(`${state.operation}: ${error.message}`, {
          ...attemptContext,
          status: 0,
          cause: error,
        });
      }
      throw new ConnectionError(`${state.operation}: connection failed: ${describeCause(error)}`, {
        ...attemptContext,
        cause: error,
      });
    }

    const contentType = response.headers.get("content-type");
    const status = response.status;
    if (status >= 200 && status < 300) {
      const requestId = pickField(this.options.errors.requestId, response.headers, undefined);
      const data = successData(text, contentType, state, { ...attemptContext, status, requestId });
      state.result = { status, headers: response.headers, requestId, attempts: attempt, data };
      return new Response(null, { status: 200, headers: response.headers });
    }
    throw this.errorFor(response, text, contentType, attemptContext);
  }

  private errorFor(
    response: Response,
    text: string,
    contentType: string | null,
    context: { provider: string; operation: string; attempts: number },
  ): CancelSdkError {
    const status = response.status;
    let body: unknown;
    let snippet: string | undefined;
    const trimmed = text.trim();
    if (trimmed !== "") {
      const looksJson = /^[[{"]/.test(trimmed) || isJsonContentType(contentType);
      try {
        if (!looksJson) throw new Error("not JSON");
        body = parseJsonSafely(trimmed);
      } catch {
        body = undefined;
        snippet = snippetOf(text);
      }
    }
    const { errors } = this.options;
    return apiErrorFor({
      ...context,
      status,
      code: pickField(errors.code, response.headers, body),
      vendorMessage: pickField(errors.message, response.headers, body),
      requestId: pickField(errors.requestId, response.headers, body),
      body,
      contentType: contentType ?? undefined,
      snippet,
      retryable: RETRYABLE_STATUSES.has(status),
    });
  }
}

/**
 * The success body as the spec promises it: nothing for a status without a body, parsed JSON
 * otherwise, `{}` for an empty body only where the spec's object has no required members.
 */
function successData(
  text: string,
  contentType: string | null,
  state: CallState,
  context: {
    provider: string;
    operation: string;
    attempts: number;
    status: number;
    requestId: string | undefined;
  },
): unknown {
  const declared = state.success;
  const expected: SuccessBody = declared
    ? (declared[String(context.status)] ??
      Object.values(declared)[0] ?? { json: true, emptyOk: true })
    : { json: true, emptyOk: true };
  if (!expected.json) return undefined;
  const data = parseJsonBody(text, contentType, context);
  if (data !== undefined) return data;
  if (expected.emptyOk) return {};
  throw new ResponseParseError(
    `${context.operation}: HTTP ${context.status} response has an empty body where the spec requires one`,
    { ...context, contentType: contentType ?? undefined, snippet: "" },
  );
}

function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(": ") || "unknown error";
}
