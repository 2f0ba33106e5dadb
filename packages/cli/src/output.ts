/** What the CLI prints and how it exits: exit codes, result and error lines, their JSON. */
import type { CancelError, CancelResult, CancelTarget, RunStatus } from "@cancel/sdk";

/** Exit codes, documented in the README and in `--help` (6–8, 130 and 143: `guard` only). */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  notFound: 3,
  auth: 4,
  partial: 5,
  runFailed: 6,
  runCancelled: 7,
  watchTimeout: 8,
  sigint: 130,
  sigterm: 143,
} as const;

export function exitFor(error: CancelError): number {
  if (error.kind === "not-found") return EXIT.notFound;
  if (error.kind === "unauthenticated" || error.kind === "forbidden") return EXIT.auth;
  if (error.kind === "invalid-request") {
    // Nothing was sent: the input or the configuration was refused before any request.
    const name = (error.cause as { name?: string } | undefined)?.name;
    if (name === "ConfigurationError" || name === "CredentialsError") return EXIT.auth;
    if (error.attempts === 0) return EXIT.usage;
  }
  return EXIT.failed;
}

/** The exit code of several failures: theirs when they agree, else 1. */
export function exitForAll(errors: readonly CancelError[]): number {
  const codes = new Set(errors.map(exitFor));
  return codes.size === 1 ? [...codes][0]! : EXIT.failed;
}

/** Words a CancelError's message for the command line (see messages.ts). */
export type Wording = (error: CancelError) => string;

export function describeTarget(target: CancelTarget): string {
  return Object.entries(target)
    .filter(([key]) => key !== "provider")
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(" ");
}

export function resultJson(result: CancelResult, tookMs: number, final = result.final) {
  return {
    ok: true,
    provider: result.provider,
    target: result.target,
    outcome: result.outcome,
    vendorStatus: result.vendorStatus,
    requestId: result.requestId,
    final: final ? statusJson(final) : undefined,
    tookMs,
  };
}

/** A state with the vendor's own words: `cancelled (TERMINATED/USER_CANCELED)`. */
export function stateWords(status: RunStatus): string {
  const vendor = [status.vendorState, status.vendorResult].filter(Boolean).join("/");
  return `${status.state}${vendor ? ` (${vendor})` : ""}`;
}

export function statusJson(status: RunStatus) {
  return {
    state: status.state,
    terminal: status.terminal,
    vendorState: status.vendorState,
    vendorResult: status.vendorResult,
  };
}

export function errorJson(error: CancelError, target: CancelTarget | undefined, word: Wording) {
  return {
    ok: false,
    provider: error.provider ?? target?.provider,
    target,
    error: {
      kind: error.kind,
      message: word(error),
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      retryable: error.retryable,
      lastStatus: error.lastStatus ? statusJson(error.lastStatus) : undefined,
    },
  };
}

/** One result in words; without `tookMs` (bulk progress lines) no duration. */
export function resultLine(result: CancelResult, tookMs: number | undefined): string {
  const parts = [`${result.provider} ${describeTarget(result.target)}: ${result.outcome}`];
  if (result.vendorStatus) parts.push(`(vendor status ${result.vendorStatus})`);
  if (result.final) parts.push(`→ ${stateWords(result.final)}`);
  if (tookMs !== undefined) parts.push(`in ${(tookMs / 1000).toFixed(1)} s`);
  return parts.join(" ");
}

export function errorLine(
  error: CancelError,
  target: CancelTarget | undefined,
  word: Wording,
): string {
  const where = target ? `${target.provider} ${describeTarget(target)}: ` : "";
  return `${where}${error.kind}: ${word(error)}`;
}
