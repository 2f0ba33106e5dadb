/** `x-cancel-error-kinds`: the vendor's answers → `CancelError` kinds (core's `ErrorKindRule`). */
import {
  CANCEL_ERROR_KINDS,
  type CancelErrorKind,
} from "../../../../../packages/core/src/error-kinds.ts";
import type { ErrorKindRule } from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";
import { readMatcher } from "./matcher.ts";

const isErrorKind = (kind: unknown): kind is CancelErrorKind =>
  (CANCEL_ERROR_KINDS as readonly unknown[]).includes(kind);

export function readErrorKinds(reader: SpecReader, raw: unknown): ErrorKindRule[] {
  if (raw === undefined) return [];
  const at = "/x-cancel-error-kinds";
  if (!Array.isArray(raw)) {
    reader.fail(at, "must be a list of {status, codes, message, call, kind, note}");
    return [];
  }
  return raw.flatMap((entry, i): ErrorKindRule[] => {
    const where = `${at}/${i}`;
    const matcher = readMatcher(reader, entry, where, ["kind", "call"]);
    if (!matcher || !isObject(entry)) return [];
    const { kind, call, note } = entry;
    if (!isErrorKind(kind)) {
      reader.fail(`${where}/kind`, `kind must be one of ${CANCEL_ERROR_KINDS.join(", ")}`);
      return [];
    }
    if (call !== undefined && call !== "cancel" && call !== "status" && call !== "list") {
      reader.fail(`${where}/call`, 'call must be "cancel", "status" or "list"');
      return [];
    }
    if (typeof note !== "string" || note.trim() === "") {
      reader.fail(`${where}/note`, "every row needs a note saying why");
      return [];
    }
    return [{ ...matcher, ...(call ? { call } : {}), kind, note: note.trim() }];
  });
}
