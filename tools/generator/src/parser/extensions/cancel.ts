/**
 * `x-cancel-cancel` of an operation: it cancels a run; `status` names the operation that reads
 * the same run's state, `answer` where its own success body tells it, `ambiguous` the refusals a
 * status read settles, `acceptsEnded` that the vendor accepts a cancel of a run that has already
 * ended as it accepts any other (only a read after it tells them apart).
 */
import { pointerOf } from "../../spec-error.ts";
import type { CancelModel, StatesModel } from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";
import { readMatchers } from "./matcher.ts";
import { readStatusRule } from "./status.ts";

export function readCancelExtension(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  operation: Record<string, unknown>,
  at: string,
): CancelModel | undefined {
  const raw = operation["x-cancel-cancel"];
  if (raw === undefined) return undefined;
  const where = `${at}/x-cancel-cancel`;
  if (!isObject(raw)) {
    reader.fail(where, "must be an object with status, answer and/or ambiguous");
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!["status", "answer", "ambiguous", "acceptsEnded"].includes(key))
      reader.fail(
        `${where}${pointerOf(key)}`,
        `unknown key "${key}" (status, answer, ambiguous, acceptsEnded)`,
      );
  }
  if (raw.status !== undefined && typeof raw.status !== "string")
    reader.fail(`${where}/status`, "must be the operationId of the status read");
  const ambiguous =
    raw.ambiguous === undefined ? [] : readMatchers(reader, raw.ambiguous, `${where}/ambiguous`);
  if (ambiguous.length > 0 && raw.status === undefined)
    reader.fail(
      `${where}/ambiguous`,
      "ambiguous refusals are settled by a status read: name it in status",
    );
  if (raw.acceptsEnded !== undefined && typeof raw.acceptsEnded !== "boolean")
    reader.fail(`${where}/acceptsEnded`, "must be true or false");
  if (raw.acceptsEnded === true && raw.status === undefined)
    reader.fail(
      `${where}/acceptsEnded`,
      "a cancel the vendor accepts for ended runs is told apart by a status read: name it in status",
    );
  return {
    status: typeof raw.status === "string" ? raw.status : undefined,
    acceptsEnded: raw.acceptsEnded === true,
    answer:
      raw.answer === undefined
        ? undefined
        : readStatusRule(reader, states, operation, raw.answer, `${where}/answer`, at),
    ambiguous,
    pointer: where,
  };
}
