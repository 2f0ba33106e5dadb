/**
 * Schema Objects of input fields (parameters and top-level body properties): each becomes core's
 * `ValueRule`, checked before a request is sent, and the TypeScript type a caller passes.
 */
import { pointerOf } from "../spec-error.ts";
import type { ValueRule } from "../model.ts";
import { isObject, type SpecReader } from "./reader.ts";

const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
]);
const CONSTRAINTS = new Set([
  "type",
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "items",
  "minItems",
  "maxItems",
  "anyOf",
]);

/** The constraints of one input field's schema; reports keywords core cannot check. */
export function toValueRule(
  reader: SpecReader,
  raw: unknown,
  pointer: string,
): ValueRule | undefined {
  const resolved = reader.resolve(raw, pointer);
  if (!resolved) return undefined;
  const schema = resolved.node;
  const at = resolved.pointer;
  if (!isObject(schema)) {
    reader.fail(at, "schema must be an object");
    return undefined;
  }
  const rule: ValueRule = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || ANNOTATIONS.has(key)) continue;
    if (!CONSTRAINTS.has(key)) {
      reader.fail(
        `${at}${pointerOf(key)}`,
        `unsupported schema keyword "${key}" on an input field (see docs/spec-conventions.md)`,
      );
      continue;
    }
    switch (key) {
      case "type": {
        const types = (Array.isArray(value) ? value : [value]).filter((t) => t !== "null");
        const [only] = types;
        if (only === "object") {
          reader.fail(
            `${at}/type`,
            "object-valued input fields are not supported: their members could not be checked before sending",
          );
        } else if (
          types.length !== 1 ||
          typeof only !== "string" ||
          !["string", "integer", "number", "boolean", "array"].includes(only)
        ) {
          reader.fail(
            `${at}/type`,
            `type must be one scalar type (optionally with "null"), got ${JSON.stringify(value)}`,
          );
        } else {
          rule.type = only as ValueRule["type"];
        }
        break;
      }
      case "format":
      case "pattern":
        if (typeof value !== "string") reader.fail(`${at}/${key}`, `${key} must be a string`);
        else if (key === "pattern") {
          try {
            new RegExp(value, "u");
            rule.pattern = value;
          } catch (error) {
            reader.fail(`${at}/pattern`, `invalid regular expression: ${(error as Error).message}`);
          }
        } else rule.format = value;
        break;
      case "enum":
        if (
          !Array.isArray(value) ||
          value.length === 0 ||
          !value.every((v) => ["string", "number", "boolean"].includes(typeof v))
        ) {
          reader.fail(
            `${at}/enum`,
            "enum must be a non-empty list of strings, numbers or booleans",
          );
        } else rule.enum = value as (string | number | boolean)[];
        break;
      case "const":
        if (!["string", "number", "boolean"].includes(typeof value))
          reader.fail(`${at}/const`, "const must be a scalar");
        else rule.const = value as string | number | boolean;
        break;
      case "items": {
        const items = toValueRule(reader, value, `${at}/items`);
        if (items) rule.items = items;
        break;
      }
      case "anyOf": {
        if (!Array.isArray(value) || value.length === 0) {
          reader.fail(`${at}/anyOf`, "anyOf must be a non-empty list");
          break;
        }
        const branches = value.map((branch, i) => toValueRule(reader, branch, `${at}/anyOf/${i}`));
        if (branches.every((b): b is ValueRule => b !== undefined)) rule.anyOf = branches;
        break;
      }
      default:
        if (typeof value !== "number") reader.fail(`${at}/${key}`, `${key} must be a number`);
        else (rule as Record<string, number>)[key] = value;
    }
  }
  return rule;
}

export function literal(value: string | number | boolean): string {
  return JSON.stringify(value);
}

/** The TypeScript type a caller passes for a field with this rule. */
export function tsTypeOf(rule: ValueRule, fallback: string): string {
  if (rule.const !== undefined) return literal(rule.const);
  if (rule.enum) return rule.enum.map(literal).join(" | ");
  if (rule.anyOf) {
    const branchTypes = rule.anyOf.map((b) =>
      tsTypeOf({ ...rule, anyOf: undefined, ...b }, fallback),
    );
    const base = tsTypeOf(
      { ...rule, anyOf: undefined, enum: undefined, const: undefined },
      fallback,
    );
    const unique = [...new Set(branchTypes)];
    return unique.includes(base) ? base : unique.join(" | ");
  }
  switch (rule.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return rule.items ? `Array<${tsTypeOf(rule.items, "unknown")}>` : "unknown[]";
    default:
      return fallback;
  }
}
