/**
 * The kinds of failure every vendor's answers are normalized to, and the row shape of a spec's
 * `x-cancel-error-kinds`. Imports nothing but types, so the generator can load it from source.
 */
import type { AnswerMatcher } from "./answer-matcher.js";

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

/** One row of a vendor's error table (`x-cancel-error-kinds`): first match wins. */
export interface ErrorKindRule extends AnswerMatcher {
  /** Only for the cancel call, the status read, or the list of runs; every call when absent. */
  readonly call?: "cancel" | "status" | "list" | undefined;
  readonly kind: CancelErrorKind;
  /** Why, in words (tables in the docs show it). */
  readonly note: string;
}
