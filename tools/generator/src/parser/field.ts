/**
 * The generated input object of an operation: one field per parameter and per top-level body
 * property, keyed in lowerCamelCase (or by `x-cancel-name`), no two with the same key.
 */
import type { FieldModel } from "../model.ts";
import type { SpecReader } from "./reader.ts";

const FIELD_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `run_id` → `runId`, `ActivityId` → `activityId`, `x-ms-client-tenant-id` → `xMsClientTenantId`. */
export function lowerCamel(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts
    .map((part, i) =>
      i === 0
        ? part.charAt(0).toLowerCase() + part.slice(1)
        : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join("");
}

/** The field's key: its `x-cancel-name` when it has one, else its wire name in lowerCamelCase. */
export function fieldKey(reader: SpecReader, override: unknown, name: string, at: string): string {
  const key = typeof override === "string" ? override : lowerCamel(name);
  if (!FIELD_KEY.test(key))
    reader.fail(at, `input field name ${JSON.stringify(key)} is not an identifier`);
  return key;
}

/** An operation's input fields in spec order; one whose key is taken is reported, left out. */
export function inputFields(reader: SpecReader): {
  fields: FieldModel[];
  add: (field: FieldModel) => void;
} {
  const fields: FieldModel[] = [];
  const byKey = new Map<string, FieldModel>();
  const add = (field: FieldModel) => {
    const clash = byKey.get(field.key);
    if (clash) {
      reader.fail(
        field.pointer,
        `input field "${field.key}" (${field.in} ${field.name}) collides with ${clash.in} ${clash.name} at ${clash.pointer}; rename one with x-cancel-name`,
      );
      return;
    }
    byKey.set(field.key, field);
    fields.push(field);
  };
  return { fields, add };
}
