/**
 * One shape for every table of vendor answers a spec holds (`x-cancel-retry`,
 * `x-cancel-error-kinds`, a cancel's `ambiguous` refusals), and the one function that matches it.
 */

/** A vendor's error answer as the tables see it. */
export interface VendorAnswer {
  /** HTTP status. */
  readonly status: number;
  /** The vendor's own error code (`x-cancel-errors` code). */
  readonly code?: string | undefined;
  /** The vendor's own message. */
  readonly message?: string | undefined;
}

/** Matches an answer when every key it gives matches; at least one key is given. */
export interface AnswerMatcher {
  /** An HTTP status, or an inclusive range. */
  readonly status?: number | readonly [number, number] | undefined;
  /** Vendor codes, exact. */
  readonly codes?: readonly string[] | undefined;
  /** A case-insensitive regular expression on the vendor's message. */
  readonly message?: string | undefined;
}

const compiled = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, "i");
    compiled.set(source, re);
  }
  return re;
}

export function matchesAnswer(matcher: AnswerMatcher, answer: VendorAnswer): boolean {
  const { status, codes, message } = matcher;
  if (status !== undefined) {
    const ok =
      typeof status === "number"
        ? status === answer.status
        : answer.status >= status[0] && answer.status <= status[1];
    if (!ok) return false;
  }
  if (codes !== undefined && (answer.code === undefined || !codes.includes(answer.code))) {
    return false;
  }
  if (
    message !== undefined &&
    (answer.message === undefined || !pattern(message).test(answer.message))
  ) {
    return false;
  }
  return true;
}

/** The first matcher of a table that matches the answer (tables are ordered: first match wins). */
export function firstMatch<M extends AnswerMatcher>(
  table: readonly M[] | undefined,
  answer: VendorAnswer,
): M | undefined {
  if (!table) return undefined;
  for (const row of table) if (matchesAnswer(row, answer)) return row;
  return undefined;
}
