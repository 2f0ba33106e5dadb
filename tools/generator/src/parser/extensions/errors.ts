/**
 * `x-cancel-errors`: where the vendor puts its error code, message and request id (core's
 * `ErrorEnvelope`, the generated `descriptor.errors`).
 */
import type { ErrorEnvelope, ErrorFieldSource } from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";

export function readErrors(reader: SpecReader, raw: unknown): ErrorEnvelope {
  const envelope: { [Part in keyof ErrorEnvelope]: ErrorFieldSource[] } = {
    code: [],
    message: [],
    requestId: [],
  };
  if (!isObject(raw)) {
    reader.fail(
      "/x-cancel-errors",
      "missing x-cancel-errors: say where the vendor puts error code, message and request id",
    );
    return envelope;
  }
  for (const part of ["code", "message", "requestId"] as const) {
    const list = raw[part];
    const at = `/x-cancel-errors/${part}`;
    if (!Array.isArray(list) || list.length === 0) {
      reader.fail(at, "must be a non-empty list of sources");
      continue;
    }
    list.forEach((source, i) => {
      if (!isObject(source) || (source.from !== "header" && source.from !== "body")) {
        reader.fail(`${at}/${i}`, "each source needs from: header or from: body");
        return;
      }
      const out: ErrorFieldSource = { from: source.from };
      if (source.from === "header") {
        if (typeof source.name !== "string")
          reader.fail(`${at}/${i}/name`, "a header source needs a name");
        else out.name = source.name;
      } else if (
        typeof source.pointer !== "string" ||
        !(source.pointer === "" || source.pointer.startsWith("/"))
      ) {
        reader.fail(`${at}/${i}/pointer`, "a body source needs a JSON pointer");
      } else out.pointer = source.pointer;
      if (source.transform !== undefined) {
        if (source.transform !== "aws-error-type")
          reader.fail(`${at}/${i}/transform`, 'the only transform is "aws-error-type"');
        else out.transform = "aws-error-type";
      }
      envelope[part].push(out);
    });
  }
  return envelope;
}
