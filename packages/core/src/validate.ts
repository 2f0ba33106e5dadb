import { type ErrorContext, ValidationError, type ValidationIssue } from "./errors.js";

/** The constraints a spec declares on one scalar (or array of scalars), as the generator emits them. */
export interface ValueRule {
  type?: "string" | "integer" | "number" | "boolean" | "array";
  format?: string;
  minLength?: number;
  maxLength?: number;
  /** An ECMAScript regular expression source, anchored by the spec author. */
  pattern?: string;
  enum?: readonly (string | number | boolean)[];
  const?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: ValueRule;
  minItems?: number;
  maxItems?: number;
  /** The value must satisfy at least one of these rules. */
  anyOf?: readonly ValueRule[];
}

/** Where a field of the generated input object goes on the wire. */
export type FieldLocation = "path" | "query" | "header" | "body";

export interface FieldRule {
  /** The key in the generated input object, e.g. `runId`. */
  key: string;
  /** The name on the wire, e.g. `run_id`. */
  name: string;
  in: FieldLocation;
  required: boolean;
  schema: ValueRule;
}

const patternCache = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "u");
    patternCache.set(pattern, re);
  }
  return re;
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
// Control characters (CR and LF included; tab is allowed) would split or inject headers, and
// characters above U+00FF cannot be sent in a header at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const HEADER_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range must start at U+0000
const HEADER_NOT_LATIN1 = /[^\u0000-\u00ff]/;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/** Returns what is wrong with `value` under `rule`, or undefined when it passes. */
export function checkValue(value: unknown, rule: ValueRule): string | undefined {
  if (rule.anyOf) {
    const failures: string[] = [];
    for (const branch of rule.anyOf) {
      const problem = checkValue(value, { ...rule, anyOf: undefined, ...branch });
      if (problem === undefined) return undefined;
      failures.push(problem);
    }
    return failures.join(", or ");
  }
  switch (rule.type) {
    case "string":
      if (typeof value !== "string") return `must be a string, got ${describe(value)}`;
      break;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value))
        return `must be an integer, got ${describe(value)}`;
      if (rule.format === "int32" && (value < INT32_MIN || value > INT32_MAX))
        return `must be a 32-bit integer, got ${value}`;
      if (rule.format === "int64" && !Number.isSafeInteger(value))
        return `must be a safe integer (at most 2^53-1 in magnitude), got ${value}`;
      break;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value))
        return `must be a finite number, got ${describe(value)}`;
      break;
    case "boolean":
      if (typeof value !== "boolean") return `must be a boolean, got ${describe(value)}`;
      break;
    case "array": {
      if (!Array.isArray(value)) return `must be an array, got ${describe(value)}`;
      if (rule.minItems !== undefined && value.length < rule.minItems)
        return `must have at least ${rule.minItems} items`;
      if (rule.maxItems !== undefined && value.length > rule.maxItems)
        return `must have at most ${rule.maxItems} items`;
      if (rule.items) {
        for (let i = 0; i < value.length; i++) {
          const problem = checkValue(value[i], rule.items);
          if (problem) return `item ${i} ${problem}`;
        }
      }
      return undefined;
    }
    default:
      break;
  }
  if (rule.const !== undefined && value !== rule.const)
    return `must be ${JSON.stringify(rule.const)}, got ${describe(value)}`;
  if (rule.enum && !rule.enum.includes(value as string | number | boolean))
    return `must be one of ${rule.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(value)}`;
  if (typeof value === "string") {
    const length = [...value].length;
    if (rule.minLength !== undefined && length < rule.minLength)
      return `must be at least ${rule.minLength} character${rule.minLength === 1 ? "" : "s"} long, got ${length}`;
    if (rule.maxLength !== undefined && length > rule.maxLength)
      return `must be at most ${rule.maxLength} characters long, got ${length}`;
    if (rule.pattern !== undefined && !compile(rule.pattern).test(value))
      return `must match ${rule.pattern}, got ${describe(value)}`;
    if (rule.format === "uuid" && !UUID.test(value))
      return `must be a UUID, got ${describe(value)}`;
    if (rule.format === "date-time" && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))))
      return `must be an RFC 3339 date-time, got ${describe(value)}`;
  }
  if (typeof value === "number") {
    if (rule.minimum !== undefined && value < rule.minimum)
      return `must be at least ${rule.minimum}, got ${value}`;
    if (rule.maximum !== undefined && value > rule.maximum)
      return `must be at most ${rule.maximum}, got ${value}`;
    if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum)
      return `must be greater than ${rule.exclusiveMinimum}, got ${value}`;
    if (rule.exclusiveMaximum !== undefined && value >= rule.exclusiveMaximum)
      return `must be less than ${rule.exclusiveMaximum}, got ${value}`;
  }
  return undefined;
}

/** Checks that a value can be put into one URL path segment without changing the URL's shape. */
export function checkPathSegment(value: string): string | undefined {
  if (value === "") return "must not be empty in a URL path";
  if (value === "." || value === "..") return `must not be "${value}" in a URL path`;
  return undefined;
}

/** Checks that a value can be sent as a header value without splitting or injecting headers. */
export function checkHeaderValue(value: string): string | undefined {
  if (HEADER_UNSAFE.test(value)) return "must not contain control characters (CR, LF, NUL, …)";
  if (HEADER_NOT_LATIN1.test(value))
    return "must contain only ISO-8859-1 characters to be sent as a header";
  if (value !== value.trim()) return "must not start or end with whitespace (HTTP would drop it)";
  return undefined;
}

/**
 * Validates the whole input object of an operation against its field rules. Throws one
 * ValidationError listing every problem; returns nothing when the input is acceptable.
 */
export function validateInput(
  input: unknown,
  fields: readonly FieldRule[],
  context: ErrorContext = {},
): void {
  const issues: ValidationIssue[] = [];
  if (input === undefined && fields.every((f) => !f.required)) return;
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new ValidationError(
      [{ field: "(input)", message: `must be an object, got ${describe(input)}` }],
      context,
    );
  }
  const record = input as Record<string, unknown>;
  const known = new Set<string>();
  for (const field of fields) {
    known.add(field.key);
    const value = Object.hasOwn(record, field.key) ? record[field.key] : undefined;
    if (value === undefined || value === null) {
      if (field.required) issues.push({ field: field.key, message: "is required" });
      continue;
    }
    let problem = checkValue(value, field.schema);
    if (!problem && field.in === "path") problem = checkPathSegment(String(value));
    if (!problem && field.in === "header") problem = checkHeaderValue(String(value));
    if (problem) issues.push({ field: field.key, message: problem });
  }
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      const expected = fields.map((f) => f.key).join(", ") || "no fields";
      issues.push({ field: key, message: `is not a known field (expected: ${expected})` });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, context);
}
