/**
 * Parameter Objects of an operation (path, query and header), merged with its path item's: each
 * becomes an input field. Checks path parameters against the path template.
 */
import { pointerOf } from "../spec-error.ts";
import type { FieldLocation, FieldModel } from "../model.ts";
import { readTargetMode } from "./extensions/target.ts";
import { fieldKey } from "./field.ts";
import { isObject, type JsonObject, type SpecReader, text } from "./reader.ts";
import { toValueRule, tsTypeOf } from "./schema.ts";

export function readParameters(
  reader: SpecReader,
  path: string,
  pathItem: JsonObject,
  operation: JsonObject,
  at: string,
  addField: (field: FieldModel) => void,
): void {
  // Path-level parameters apply unless the operation redefines the same name and location.
  const params = new Map<string, { raw: unknown; pointer: string }>();
  for (const [list, listAt] of [
    [pathItem.parameters, `${pointerOf("paths", path)}/parameters`],
    [operation.parameters, `${at}/parameters`],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      reader.fail(listAt, "parameters must be a list");
      continue;
    }
    list.forEach((raw, i) => {
      const resolved = reader.resolve(raw, `${listAt}/${i}`);
      if (!resolved || !isObject(resolved.node)) return;
      const p = resolved.node;
      params.set(`${p.in}:${p.name}`, { raw: p, pointer: `${listAt}/${i}` });
    });
  }
  const pathNames = new Set([...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
  for (const { raw, pointer } of params.values()) {
    const p = raw as JsonObject;
    if (typeof p.name !== "string" || !["path", "query", "header"].includes(p.in as string)) {
      reader.fail(
        pointer,
        `parameter needs a name and in: path, query or header (got in: ${JSON.stringify(p.in)})`,
      );
      continue;
    }
    if (p.in === "path") {
      if (p.required !== true)
        reader.fail(pointer, `path parameter ${p.name} must be required: true`);
      if (!pathNames.delete(p.name))
        reader.fail(pointer, `path parameter ${p.name} does not appear in ${path}`);
    }
    if (!isObject(p.schema)) {
      reader.fail(pointer, `parameter ${p.name} needs a schema`);
      continue;
    }
    const schema = toValueRule(reader, p.schema, `${pointer}/schema`);
    if (!schema) continue;
    const key = fieldKey(reader, p["x-cancel-name"], p.name, pointer);
    const resolvedSchema = reader.resolve(p.schema, `${pointer}/schema`)?.node;
    addField({
      key,
      name: p.name,
      in: p.in as FieldLocation,
      required: p.required === true,
      schema,
      description:
        text(p.description) ??
        (isObject(resolvedSchema) ? text(resolvedSchema.description) : undefined),
      deprecated: p.deprecated === true,
      tsType: tsTypeOf(schema, "unknown"),
      target: readTargetMode(reader, p["x-cancel-target"], pointer),
      requestId: p["x-cancel-request-id"] === true,
      pointer,
    });
  }
  for (const missing of pathNames) {
    reader.fail(at, `path template ${path} uses {${missing}} but no path parameter declares it`);
  }
}
