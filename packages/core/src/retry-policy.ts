import { type AnswerMatcher, firstMatch } from "./answer-matcher.js";
import {
  AbortError,
  ApiError,
  type CancelSdkError,
  ConnectionError,
  TimeoutError,
} from "./errors.js";

/** The transport's documented defaults. A test pins every value; the README has the table. */
export const DEFAULTS = Object.freeze({
  /** Attempts in total, the first one included. */
  maxAttempts: 3,
  /** Full-jitter exponential backoff base for transient errors, in ms. */
  baseDelayMs: 100,
  /** Backoff base when the vendor throttles, in ms. */
  throttlingBaseDelayMs: 500,
  /** Largest computed backoff, in ms. */
  maxDelayMs: 20_000,
  /** Largest server-requested wait (Retry-After) honoured; above it the call fails. */
  maxRetryAfterMs: 60_000,
  /** Per-attempt timeout, in ms. */
  attemptTimeoutMs: 30_000,
  /** Overall deadline of one call, retries and backoff included, in ms. */
  deadlineMs: 120_000,
  /** Largest response body read, in bytes. */
  maxResponseBytes: 1024 * 1024,
  /** Retry budget (token bucket per client, as AWS's standard mode). */
  retryBudgetCapacity: 500,
  retryCost: 5,
  timeoutRetryCost: 10,
  successRefund: 1,
});

/** Statuses retried for every vendor. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** Largest delay a timer accepts (2^31 − 1 ms); nothing longer is ever passed to one. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface RetryOptions {
  maxAttempts?: number | undefined;
  baseDelayMs?: number | undefined;
  throttlingBaseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  maxRetryAfterMs?: number | undefined;
}

export interface ResolvedRetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  throttlingBaseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
}

/**
 * The vendor's own answers that mean "slow down", "try again" or "this will not succeed", from the
 * spec's `x-cancel-retry`. A `final` answer is never retried, whatever its HTTP status.
 */
export interface VendorRetryCodes {
  throttling?: readonly AnswerMatcher[];
  transient?: readonly AnswerMatcher[];
  final?: readonly AnswerMatcher[];
}

export function resolveRetryOptions(
  ...layers: (RetryOptions | false | undefined)[]
): ResolvedRetryOptions {
  const out: ResolvedRetryOptions = {
    maxAttempts: DEFAULTS.maxAttempts,
    baseDelayMs: DEFAULTS.baseDelayMs,
    throttlingBaseDelayMs: DEFAULTS.throttlingBaseDelayMs,
    maxDelayMs: DEFAULTS.maxDelayMs,
    maxRetryAfterMs: DEFAULTS.maxRetryAfterMs,
  };
  for (const layer of layers) {
    if (layer === false) {
      out.maxAttempts = 1;
      continue;
    }
    if (!layer) continue;
    for (const key of Object.keys(out) as (keyof ResolvedRetryOptions)[]) {
      const value = layer[key];
      if (value !== undefined) out[key] = value;
    }
  }
  out.maxAttempts = Math.max(1, Math.floor(out.maxAttempts));
  return out;
}

export interface RetryDecision {
  retry: boolean;
  throttling: boolean;
  /** Tokens a retry takes from the budget. */
  cost: number;
}

/** Whether an attempt's error may be retried, and how (throttling backs off longer). */
export function classify(error: CancelSdkError, vendor: VendorRetryCodes = {}): RetryDecision {
  if (error instanceof AbortError) return { retry: false, throttling: false, cost: 0 };
  if (error instanceof ConnectionError || error instanceof TimeoutError) {
    return { retry: error.retryable, throttling: false, cost: DEFAULTS.timeoutRetryCost };
  }
  if (error instanceof ApiError) {
    const answer = { status: error.status, code: error.code, message: error.vendorMessage };
    if (firstMatch(vendor.final, answer)) return { retry: false, throttling: false, cost: 0 };
    const throttling = error.status === 429 || firstMatch(vendor.throttling, answer) !== undefined;
    if (throttling) return { retry: true, throttling: true, cost: DEFAULTS.retryCost };
    if (RETRYABLE_STATUSES.has(error.status) || firstMatch(vendor.transient, answer)) {
      return { retry: true, throttling: false, cost: DEFAULTS.retryCost };
    }
  }
  return { retry: false, throttling: false, cost: 0 };
}

/** Full-jitter exponential backoff for retry number `retry` (1 for the first retry). */
export function backoffDelay(
  retry: number,
  throttling: boolean,
  options: ResolvedRetryOptions,
  random: () => number,
): number {
  const base = throttling ? options.throttlingBaseDelayMs : options.baseDelayMs;
  const ceiling = Math.min(options.maxDelayMs, base * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}

const HTTP_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The wait a server asks for: `retry-after-ms` (milliseconds), else `Retry-After` as whole seconds
 * or a strict IMF-fixdate HTTP-date. A past date is 0; anything else is ignored (undefined).
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Math.ceil(Number(ms));
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (HTTP_DATE.test(value)) {
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
}

/**
 * Per-client token bucket (AWS standard mode): each retry takes tokens, each success gives some
 * back. When it is empty, calls fail after their first attempt instead of feeding a retry storm.
 */
export class RetryBudget {
  private tokens: number;
  readonly capacity: number;

  constructor(capacity: number = DEFAULTS.retryBudgetCapacity) {
    this.capacity = capacity;
    this.tokens = capacity;
  }

  get available(): number {
    return this.tokens;
  }

  tryAcquire(cost: number): boolean {
    if (cost > this.tokens) return false;
    this.tokens -= cost;
    return true;
  }

  /** A call succeeded; `retryCost` is what its retries took (0 when it needed none). */
  release(retryCost: number): void {
    this.tokens = Math.min(
      this.capacity,
      this.tokens + (retryCost > 0 ? retryCost : DEFAULTS.successRefund),
    );
  }
}
