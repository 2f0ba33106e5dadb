import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors.js";
import {
  checkHeaderValue,
  checkPathSegment,
  checkValue,
  type FieldRule,
  validateInput,
  type ValueRule,
} from "../src/validate.js";

const cases: [string, ValueRule, unknown, string | undefined][] = [
  ["string ok", { type: "string" }, "a", undefined],
  ["string type", { type: "string" }, 1, "must be a string, got number 1"],
  ["integer", { type: "integer" }, 1.5, "must be an integer, got number 1.5"],
  [
    "int32 range",
    { type: "integer", format: "int32" },
    2 ** 31,
    "must be a 32-bit integer, got 2147483648",
  ],
  [
    "int64 safe",
    { type: "integer", format: "int64" },
    2 ** 53,
    "must be a safe integer (at most 2^53-1 in magnitude), got 9007199254740992",
  ],
  ["number finite", { type: "number" }, Number.NaN, "must be a finite number, got number NaN"],
  ["boolean", { type: "boolean" }, "true", 'must be a boolean, got "true"'],
  [
    "minLength counts code points",
    { type: "string", minLength: 2 },
    "😀",
    "must be at least 2 characters long, got 1",
  ],
  [
    "maxLength",
    { type: "string", maxLength: 2 },
    "abc",
    "must be at most 2 characters long, got 3",
  ],
  ["pattern", { type: "string", pattern: "^[0-9a-z]+$" }, "A", 'must match ^[0-9a-z]+$, got "A"'],
  [
    "uuid",
    { type: "string", format: "uuid" },
    "63f77191-432d-4ee6-9c5f-31a1a698707",
    'must be a UUID, got "63f77191-432d-4ee6-9c5f-31a1a698707"',
  ],
  [
    "uuid ok",
    { type: "string", format: "uuid" },
    "63f77191-432d-4ee6-9c5f-31a1a6987072",
    undefined,
  ],
  [
    "date-time",
    { type: "string", format: "date-time" },
    "2024-13-01T00:00:00Z",
    'must be an RFC 3339 date-time, got "2024-13-01T00:00:00Z"',
  ],
  ["enum", { type: "string", enum: ["a", "b"] }, "c", 'must be one of "a", "b", got "c"'],
  ["const", { const: 0 }, 1, "must be 0, got number 1"],
  ["minimum", { type: "integer", minimum: 1 }, 0, "must be at least 1, got 0"],
  ["maximum", { type: "integer", maximum: 1 }, 2, "must be at most 1, got 2"],
  ["exclusiveMinimum", { type: "number", exclusiveMinimum: 0 }, 0, "must be greater than 0, got 0"],
  ["exclusiveMaximum", { type: "number", exclusiveMaximum: 1 }, 1, "must be less than 1, got 1"],
  [
    "anyOf first branch",
    { type: "integer", anyOf: [{ const: 0 }, { minimum: 15, maximum: 1800 }] },
    0,
    undefined,
  ],
  [
    "anyOf second branch",
    { type: "integer", anyOf: [{ const: 0 }, { minimum: 15, maximum: 1800 }] },
    900,
    undefined,
  ],
  [
    "anyOf none",
    { type: "integer", anyOf: [{ const: 0 }, { minimum: 15, maximum: 1800 }] },
    5,
    "must be 0, got number 5, or must be at least 15, got 5",
  ],
  [
    "array items",
    { type: "array", items: { type: "string" } },
    ["a", 1],
    "item 1 must be a string, got number 1",
  ],
  ["array minItems", { type: "array", minItems: 1 }, [], "must have at least 1 items"],
];

describe("checkValue", () => {
  it.each(cases)("%s", (_name, rule, value, expected) => {
    expect(checkValue(value, rule)).toBe(expected);
  });
});

describe("path and header values", () => {
  it.each(["", ".", ".."])("refuses path segment %j", (value) => {
    expect(checkPathSegment(value)).toBeDefined();
  });
  it.each(["...", "a.b", "%2e%2e"])("accepts path segment %j (it is encoded)", (value) => {
    expect(checkPathSegment(value)).toBeUndefined();
  });
  it.each(["a\r\nb", "a\nb", "a\u0000b", "a\u007fb"])("refuses header value %j", (value) => {
    expect(checkHeaderValue(value)).toMatch(/control characters/);
  });
});

describe("validateInput", () => {
  const fields: FieldRule[] = [
    {
      key: "runId",
      name: "run_id",
      in: "body",
      required: true,
      schema: { type: "integer", format: "int64" },
    },
    { key: "id", name: "id", in: "path", required: true, schema: { type: "string" } },
    { key: "trace", name: "X-Trace", in: "header", required: false, schema: { type: "string" } },
  ];

  it("lists every problem at once, naming each field", () => {
    const error = (() => {
      try {
        validateInput({ id: "..", trace: "a\nb", extra: true }, fields, {
          operation: "op",
          provider: "p",
        });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([
      { field: "runId", message: "is required" },
      { field: "id", message: 'must not be ".." in a URL path' },
      { field: "trace", message: "must not contain control characters (CR, LF, NUL, …)" },
      { field: "extra", message: "is not a known field (expected: runId, id, trace)" },
    ]);
    expect(error.message).toBe(
      'op: invalid input: runId is required; id must not be ".." in a URL path; trace must not contain control characters (CR, LF, NUL, …); extra is not a known field (expected: runId, id, trace)',
    );
    expect(error).toMatchObject({ provider: "p", operation: "op", attempts: 0, retryable: false });
  });

  it.each([null, "x", [1], 5])("refuses a non-object input %j", (input) => {
    expect(() => validateInput(input, fields)).toThrow(ValidationError);
  });

  it("does not read inherited properties", () => {
    const input = Object.create({ runId: 1 }) as Record<string, unknown>;
    input.id = "a";
    expect(() => validateInput(input, fields)).toThrow(/runId is required/);
  });
});
