/**
 * `x-cancel-retry`: the vendor's answers that mean throttled, transient or final (core's
 * `VendorRetryCodes`).
 */
import { pointerOf } from "../../spec-error.ts";
import type { VendorRetryCodes } from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";
import { readMatchers } from "./matcher.ts";

export function readRetry(reader: SpecReader, raw: unknown): VendorRetryCodes {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    reader.fail("/x-cancel-retry", "must be an object with throttling, transient and/or final");
    return {};
  }
  const out: VendorRetryCodes = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "throttling" && key !== "transient" && key !== "final") {
      reader.fail(
        `/x-cancel-retry${pointerOf(key)}`,
        `unknown key "${key}" (throttling, transient, final)`,
      );
      continue;
    }
    out[key] = readMatchers(reader, value, `/x-cancel-retry/${key}`);
  }
  return out;
}
