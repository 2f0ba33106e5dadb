import { firstMatch } from "./answer-matcher.js";
import { pickField, type ErrorEnvelope } from "./error-envelope.js";
import {
  AbortError,
  ApiError,
  apiErrorFor,
  CancelSdkError,
  ConfigurationError,
  ConnectionError,
  CredentialsError,
  ProxyError,
  ResponseParseError,
  TimeoutError,
} from "./errors.js";
import { createHeaders, defaultSender, senderFetch } from "#platform";
import { type FetchLike, fetchSender, type HttpSender, type SendResult } from "./http-sender.js";
import { type NetworkOptions, proxyErrorFor, refuseNetworkOptions } from "./network.js";
import {
  BodyTooLargeError,
  isJsonContentType,
  parseJsonBody,
  parseJsonSafely,
  snippetOf,
} from "./response.js";
import { type Clock, systemClock } from "./clock.js";
import { attemptScrubber } from "./redact.js";
import {
  backoffDelay,
  classify,
  DEFAULTS,
  MAX_TIMER_MS,
  parseRetryAfter,
  RETRYABLE_STATUSES,
  RetryBudget,
  type RetryOptions,
  resolveRetryOptions,
  type VendorRetryCodes,
} from "./retry-policy.js";
import { checkHeaderValue } from "./validate.js";

export type { FetchLike } from "./http-sender.js";

/**
 * One attempt's request as an auth hook sees it. `headers` is this attempt's own copy: set
 * credentials on it (changes never leak into the next attempt).
 */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  /** The body bytes (also in `AuthContext.body`), or undefined. */
  readonly body: Uint8Array | undefined;
  /** Aborts when the attempt times out or the caller aborts. */
  readonly signal: AbortSignal;
}

/** A request ready for the transport: URL under the base URL, headers, body bytes. */
export interface PreparedRequest {
  method: string;
  url: URL;
  /** Headers by lower-case name (the transport adds the client's and the call's headers over them). */
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

export interface AuthContext {
  provider: string;
  operation: string | undefined;
  /** 1 for the first attempt; every attempt is authenticated afresh. */
  attempt: number;
  /** The request body bytes (already read once), for signers that hash the payload. */
  body: Uint8Array | undefined;
  /** Aborts when the attempt times out or the caller aborts (stop waiting for credentials). */
  signal?: AbortSignal;
  /** The transport's clock (signature dates follow an injected test clock). */
  now?: () => number;
  /**
   * Calls `listener` with this attempt's answer when one arrives, before the transport reads it:
   * for credentials the server may refuse (drop a cached token on a 401). A listener that throws
   * changes nothing.
   */
  onAnswer?: (listener: (answer: AttemptAnswer) => void) => void;
  /**
   * Sends a request of the hook's own (a token request to the vendor's host) the way the client
   * sends its calls: with the caller's `fetch` option, else the platform's sender (node:http with
   * the client's proxy and CA on Node). Redirects are not followed; bodies are strings or bytes.
   */
  fetch?: FetchLike;
}

/** An attempt's answer as an `AuthContext.onAnswer` listener sees it. */
export interface AttemptAnswer {
  readonly status: number;
  readonly headers: Headers;
}

/**
 * Adds credentials to one attempt's request (a header, a signature) by setting them on
 * `request.headers`. Called once per attempt, so dates and signatures are always fresh.
 */
export type Authenticator = (
  request: OutgoingRequest,
  context: AuthContext,
) => OutgoingRequest | undefined | void | Promise<OutgoingRequest | undefined | void>;

export interface TransportOptions extends NetworkOptions {
  /** Provider id, used in errors. */
  provider: string;
  /** Base URL every request must stay under (origin and path prefix). */
  baseUrl: string;
  errors: ErrorEnvelope;
  /** Vendor codes that mean throttling or a transient failure (the spec's `x-cancel-retry`). */
  retryCodes?: VendorRetryCodes | undefined;
  /**
   * Sends with this `fetch` instead of the platform's own stack (`node:http` on Node, the global
   * `fetch` elsewhere).
   */
  fetch?: FetchLike | undefined;
  /** Sends each attempt (tests inject one); `fetch` wins over it. Default: the platform's. */
  sender?: HttpSender | undefined;
  authenticate?: Authenticator | undefined;
  /** Headers added to every request (never credentials: use `authenticate`). */
  headers?: Record<string, string> | undefined;
  /** Per-attempt timeout in milliseconds. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Overall deadline of a call (all attempts and backoff), in milliseconds. Default 120 000. */
  deadlineMs?: number | undefined;
  /** Retry policy; `false` sends every call once. Defaults: see `DEFAULTS`. */
  retry?: RetryOptions | false | undefined;
  /** Retry budget shared by the client's calls; `false` disables it. Default 500 tokens. */
  retryBudget?: RetryBudget | false | undefined;
  /** Largest response body read, in bytes. Default 1 MiB. */
  maxResponseBytes?: number | undefined;
  /** Allow plain `http:` to loopback hosts (local simulators). Default false. */
  allowInsecureLoopback?: boolean | undefined;
  /** Receives one event per attempt. Never given a secret. */
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
  /** Time source and sleep (tests inject one). */
  clock?: Clock | undefined;
  /** Random source for jitter, in [0, 1). */
  random?: (() => number) | undefined;
}

export interface CallOptions {
  /** Ends the call at once; nothing more is sent. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeoutMs?: number | undefined;
  /** Overall deadline for this call, in milliseconds. */
  deadlineMs?: number | undefined;
  /** Retry policy for this call, over the client's; `false` sends once. */
  retry?: RetryOptions | false | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Receives this call's attempts, after the client's `onAttempt`. Never given a secret. */
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
}

/** One attempt, as the `onAttempt` hook sees it. */
export interface AttemptEvent {
  provider: string;
  operation: string;
  attempt: number;
  /** `success`; `retry` (another attempt follows after `delayMs`); `error` (the call fails). */
  outcome: "success" | "retry" | "error";
  /** The wait before the next attempt, for `retry`. */
  delayMs: number;
  status: number | undefined;
  errorName: string | undefined;
  code: string | undefined;
  requestId: string | undefined;
  /** Time since the call started, in ms. */
  elapsedMs: number;
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
  /** The body as read. */
  text: string;
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
  /** Attempts made so far (also when the call fails). */
  attempts?: number;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = DEFAULTS.attemptTimeoutMs;

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
        {
          ...context,
          problem: `${url.origin} uses plain http`,
          fix: { options: ["allowInsecureLoopback"] },
        },
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

/** Sends one operation's request: authenticates, retries, enforces deadlines and limits, maps errors. */
export class Transport {
  readonly provider: string;
  readonly baseUrl: URL;
  /** The base URL without a trailing slash: request paths are appended to it. */
  readonly baseHref: string;
  /** The client's retry budget (undefined when disabled). */
  readonly retryBudget: RetryBudget | undefined;
  // Private (#) so that util.inspect(client) can never show what a package passed down.
  readonly #options: TransportOptions;
  readonly #sender: HttpSender;
  /** The time source of backoff and deadlines (also read by callers that share a call's deadline). */
  readonly clock: Clock;
  /** The client's overall deadline of one call, in ms (a call's own `deadlineMs` wins). */
  readonly deadlineMs: number;
  private readonly random: () => number;

  /** `AuthContext.fetch`: the caller's `fetch`, else the platform's sender behind that signature. */
  readonly #hookFetch: FetchLike;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.provider = options.provider;
    this.baseUrl = normaliseBaseUrl(options.baseUrl, options);
    this.baseHref = this.baseUrl.href.replace(/\/$/, "");
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      const problem = checkHeaderValue(value);
      if (problem) {
        throw new ConfigurationError(`header ${name} ${problem}`, { provider: this.provider });
      }
    }
    if (options.fetch) refuseNetworkOptions(options, this.provider);
    // A caller's fetch always wins (then fetch is used on Node too).
    this.#sender = options.fetch
      ? fetchSender(options.fetch)
      : (options.sender ?? defaultSender(options, this.baseUrl));
    this.#hookFetch =
      options.fetch ??
      senderFetch(this.#sender, options.maxResponseBytes ?? DEFAULTS.maxResponseBytes);
    this.clock = options.clock ?? systemClock;
    this.deadlineMs = options.deadlineMs ?? DEFAULTS.deadlineMs;
    this.random = options.random ?? Math.random;
    this.retryBudget =
      options.retryBudget === false ? undefined : (options.retryBudget ?? new RetryBudget());
  }

  /**
   * Sends one call: checks the URL stays under the base URL, then runs the attempts. Resolves
   * with the call's result (also kept in `state.result`); rejects with a `CancelSdkError`.
   */
  async send(request: PreparedRequest, state: CallState): Promise<HttpResult> {
    const context = { provider: this.provider, operation: state.operation };
    const { url, body } = request;
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
    if (signal?.aborted) {
      throw new AbortError(`${state.operation} aborted before it was sent`, {
        ...context,
        cause: signal.reason,
      });
    }

    let headers = request.headers;
    const own = this.#options.headers;
    const extra = state.options.headers;
    if (own || extra) {
      headers = { ...headers };
      // Checked when the client was created.
      if (own) for (const name of Object.keys(own)) headers[name.toLowerCase()] = own[name]!;
      if (extra)
        for (const name of Object.keys(extra)) {
          const value = extra[name]!;
          const problem = checkHeaderValue(value);
          if (problem) throw new ConfigurationError(`header ${name} ${problem}`, context);
          headers[name.toLowerCase()] = value;
        }
    }

    const policy = resolveRetryOptions(this.#options.retry, state.options.retry);
    const attemptTimeoutMs =
      state.options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULTS.attemptTimeoutMs;
    const started = this.clock.now();
    const deadlineAt = started + (state.options.deadlineMs ?? this.deadlineMs);
    let retryCost = 0;

    for (let attempt = 1; ; attempt++) {
      state.attempts = attempt;
      if (signal?.aborted) {
        throw new AbortError(`${state.operation} aborted before attempt ${attempt}`, {
          ...context,
          attempts: attempt - 1,
          cause: signal.reason,
        });
      }
      const remaining = deadlineAt - this.clock.now();
      let error: CancelSdkError;
      if (remaining <= 0) {
        throw new TimeoutError(
          `${state.operation} ran out of its ${deadlineAt - started} ms deadline`,
          {
            ...context,
            attempts: attempt - 1,
          },
        );
      }
      const timeoutMs = Math.min(attemptTimeoutMs, remaining, MAX_TIMER_MS);
      try {
        const { response, text, sent } = await this.attempt(url, request.method, headers, body, {
          ...context,
          attempt,
          timeoutMs,
          deadlineBound: timeoutMs < attemptTimeoutMs,
          signal,
        });
        // Whatever of the answer an error keeps is first cleared of this attempt's credentials.
        const scrub = attemptScrubber(sent, headers);
        const status = response.status;
        if (status >= 200 && status < 300) {
          const requestId = pickField(this.#options.errors.requestId, response.headers, undefined);
          const data = successData(
            text,
            response.headers.get("content-type"),
            state,
            { ...context, attempts: attempt, status, requestId },
            scrub,
          );
          const result: HttpResult = {
            status,
            headers: response.headers,
            requestId,
            attempts: attempt,
            data,
            text,
          };
          state.result = result;
          if (retryCost > 0) this.retryBudget?.release(retryCost);
          this.emit(state, attempt, started, "success", 0, status, undefined);
          return result;
        }
        error = this.errorFor(
          response,
          text,
          response.headers.get("content-type"),
          { ...context, attempts: attempt },
          scrub,
        );
      } catch (thrown) {
        if (!(thrown instanceof CancelSdkError)) throw thrown;
        error = thrown;
      }

      const decision = classify(error, this.#options.retryCodes);
      const fail = () => {
        this.emit(state, attempt, started, "error", 0, statusOf(error), error);
        return error;
      };
      if (!decision.retry || attempt >= policy.maxAttempts) throw fail();
      let delay = backoffDelay(attempt, decision.throttling, policy, this.random);
      if (error instanceof ApiError && error.retryAfterMs !== undefined) {
        if (error.retryAfterMs > policy.maxRetryAfterMs) {
          throw fail();
        }
        delay = Math.max(delay, error.retryAfterMs);
      }
      if (this.clock.now() + delay >= deadlineAt) throw fail();
      if (this.retryBudget && !this.retryBudget.tryAcquire(decision.cost)) throw fail();
      retryCost += decision.cost;
      this.emit(state, attempt, started, "retry", delay, statusOf(error), error);
      try {
        await this.clock.sleep(Math.min(delay, MAX_TIMER_MS), signal);
      } catch {
        throw new AbortError(`${state.operation} aborted during backoff`, {
          ...context,
          attempts: attempt,
          cause: signal?.reason,
        });
      }
      if (signal?.aborted) {
        throw new AbortError(`${state.operation} aborted during backoff`, {
          ...context,
          attempts: attempt,
          cause: signal.reason,
        });
      }
    }
  }

  /** One attempt: a fresh request, authenticated afresh, with its own timeout. */
  private async attempt(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: Uint8Array | undefined,
    context: {
      provider: string;
      operation: string;
      attempt: number;
      timeoutMs: number;
      deadlineBound: boolean;
      signal: AbortSignal | undefined;
    },
  ): Promise<{ response: SendResult; text: string; sent: Headers }> {
    const { signal, timeoutMs, attempt } = context;
    const errorContext = {
      provider: context.provider,
      operation: context.operation,
      attempts: attempt,
    };
    // One controller per attempt whose timer is cleared as soon as the attempt ends, so bulk
    // calls leave no pending timers behind (AbortSignal.timeout's would linger for 30 s each).
    const controller = new AbortController();
    const timeout = controller.signal;
    const timer = setTimeout(
      () =>
        controller.abort(
          new DOMException(`attempt timed out after ${timeoutMs} ms`, "TimeoutError"),
        ),
      timeoutMs,
    );
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    const attemptSignal = timeout;
    try {
      // A fresh Headers per attempt: an auth hook's changes never leak into the next attempt.
      let outgoing: OutgoingRequest = {
        method,
        url,
        headers: createHeaders(headers),
        body,
        signal: attemptSignal,
      };
      const authenticate = this.#options.authenticate;
      const listeners: ((answer: AttemptAnswer) => void)[] = [];
      if (authenticate) {
        try {
          const pending = authenticate(outgoing, {
            provider: this.provider,
            operation: context.operation,
            attempt,
            body,
            signal: attemptSignal,
            now: () => this.clock.now(),
            onAnswer: (listener) => {
              listeners.push(listener);
            },
            fetch: this.#hookFetch,
          });
          const returned = pending instanceof Promise ? await pending : pending;
          if (returned) outgoing = returned;
        } catch (error) {
          // A failing auth hook is a credentials problem, never a network one: not retried.
          if (error instanceof CancelSdkError || signal?.aborted || timeout.aborted) throw error;
          throw new CredentialsError(`${context.operation}: could not authenticate the request`, {
            ...errorContext,
            cause: error,
          });
        }
      }
      const response = await this.#sender.send({
        method: outgoing.method,
        url: outgoing.url,
        headers: outgoing.headers,
        body: outgoing.body,
        signal: attemptSignal,
        maxResponseBytes: this.#options.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
      });
      for (const listener of listeners) {
        try {
          listener(response);
        } catch {
          // An auth hook's observer never changes the attempt's outcome.
        }
      }
      return { response, text: response.text, sent: outgoing.headers };
    } catch (error) {
      if (error instanceof ProxyError) throw proxyErrorFor(context.operation, errorContext, error);
      if (error instanceof CancelSdkError) throw error;
      if (signal?.aborted) {
        throw new AbortError(`${context.operation} aborted`, {
          ...errorContext,
          cause: signal.reason,
        });
      }
      if (timeout.aborted) {
        const what = context.deadlineBound
          ? "reached the call's deadline"
          : `timed out after ${timeoutMs} ms`;
        // A timeout that hit the overall deadline cannot be retried: no time is left.
        throw new TimeoutError(`${context.operation} ${what}`, {
          ...errorContext,
          cause: error,
          retryable: !context.deadlineBound,
        });
      }
      if (error instanceof BodyTooLargeError) {
        throw new ResponseParseError(`${context.operation}: ${error.message}`, {
          ...errorContext,
          status: 0,
          cause: error,
        });
      }
      throw new ConnectionError(
        `${context.operation}: connection failed: ${describeCause(error)}`,
        {
          ...errorContext,
          cause: error,
        },
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private emit(
    state: CallState,
    attempt: number,
    started: number,
    outcome: AttemptEvent["outcome"],
    delayMs: number,
    status: number | undefined,
    error: CancelSdkError | undefined,
  ): void {
    const hook = this.#options.onAttempt;
    const own = state.options.onAttempt;
    if (!hook && !own) return;
    const api = error instanceof ApiError ? error : undefined;
    const event: AttemptEvent = {
      provider: this.provider,
      operation: state.operation,
      attempt,
      outcome,
      delayMs,
      status,
      errorName: error?.name,
      code: api?.code,
      requestId: api ? api.requestId : state.result?.requestId,
      elapsedMs: this.clock.now() - started,
    };
    for (const observer of [hook, own]) {
      try {
        observer?.(event);
      } catch {
        // An observer's failure never changes the call's outcome.
      }
    }
  }

  private errorFor(
    response: SendResult,
    answer: string,
    contentType: string | null,
    context: { provider: string; operation: string; attempts: number },
    scrub: (text: string) => string,
  ): CancelSdkError {
    const status = response.status;
    let body: unknown;
    let snippet: string | undefined;
    // Scrubbed before parsing, so the body, snippet, code and message never hold a credential.
    const text = scrub(answer);
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
    const { errors } = this.#options;
    const retryAfterMs =
      status === 429 || status === 503 || status === 408 || (status >= 500 && status < 600)
        ? parseRetryAfter(response.headers, this.clock.now())
        : undefined;
    const maxRetryAfter = resolveRetryOptions(this.#options.retry).maxRetryAfterMs;
    // Fields a vendor sends as headers can echo a credential as well as the body can.
    const pick = (sources: ErrorEnvelope["code"]) => {
      const value = pickField(sources, response.headers, body);
      return value === undefined ? undefined : scrub(value);
    };
    const code = pick(errors.code);
    const vendorMessage = pick(errors.message);
    // A vendor answer the spec calls final (`x-cancel-retry`) will not succeed, whatever its status.
    const final = firstMatch(this.#options.retryCodes?.final, {
      status,
      code,
      message: vendorMessage,
    });
    const error = apiErrorFor({
      ...context,
      status,
      code,
      vendorMessage,
      requestId: pick(errors.requestId),
      body,
      contentType: contentType ?? undefined,
      snippet,
      retryable: RETRYABLE_STATUSES.has(status) && final === undefined,
      retryAfterMs,
    });
    if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfter) {
      Object.defineProperty(error, "message", {
        value: `${error.message} (the server asked to wait ${retryAfterMs} ms, more than the ${maxRetryAfter} ms cap)`,
      });
    }
    return error;
  }
}

function statusOf(error: CancelSdkError): number | undefined {
  return error instanceof ApiError ? error.status : undefined;
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
  scrub: (text: string) => string,
): unknown {
  const declared = state.success;
  const expected: SuccessBody = declared
    ? (declared[String(context.status)] ??
      Object.values(declared)[0] ?? { json: true, emptyOk: true })
    : { json: true, emptyOk: true };
  if (!expected.json) return undefined;
  const data = parseJsonBody(text, contentType, context, scrub);
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
