/**
 * One row of a table of vendor answers (core's `AnswerMatcher`): `x-cancel-retry`,
 * `x-cancel-error-kinds` and a cancel's `ambiguous` refusals share it.
 */
import { pointerOf } from "../../spec-error.ts";
import type { AnswerMatcher } from "../../model.ts";
import { isObject, type SpecReader, stringList } from "../reader.ts";

const MATCHER_KEYS = new Set(["status", "codes", "message", "note"]);

export function readMatcher(
  reader: SpecReader,
  raw: unknown,
  at: string,
  extraKeys: readonly string[] = [],
): AnswerMatcher | undefined {
  if (!isObject(raw)) {
    reader.fail(at, "must be an object with status, codes and/or message");
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!MATCHER_KEYS.has(key) && !extraKeys.includes(key))
      reader.fail(`${at}${pointerOf(key)}`, `unknown key "${key}" (status, codes, message, note)`);
  }
  // Built key by key, in this order (the generated tables print them so).
  const out: { -readonly [Key in keyof AnswerMatcher]: AnswerMatcher[Key] } = {};
  const { status, codes, message } = raw;
  if (status !== undefined) {
    const valid = (n: unknown) =>
      typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 599;
    if (valid(status)) out.status = status as number;
    else if (
      Array.isArray(status) &&
      status.length === 2 &&
      status.every(valid) &&
      (status[0] as number) <= (status[1] as number)
    )
      out.status = [status[0] as number, status[1] as number];
    else reader.fail(`${at}/status`, "status must be an HTTP status or [low, high]");
  }
  if (codes !== undefined) {
    const list = stringList(reader, codes, `${at}/codes`);
    if (list && list.length === 0) reader.fail(`${at}/codes`, "codes must not be empty");
    else if (list) out.codes = list;
  }
  if (message !== undefined) {
    const list = stringList(reader, [message], `${at}/message`, true);
    if (list) out.message = list[0]!;
  }
  if (out.status === undefined && out.codes === undefined && out.message === undefined)
    reader.fail(at, "needs at least one of status, codes, message");
  return out;
}

export function readMatchers(reader: SpecReader, raw: unknown, at: string): AnswerMatcher[] {
  if (!Array.isArray(raw)) {
    reader.fail(at, "must be a list of {status, codes, message}");
    return [];
  }
  return raw.flatMap((entry, i) => {
    const m = readMatcher(reader, entry, `${at}/${i}`);
    return m ? [m] : [];
  });
}
