import { describe, expect, it } from "vitest";
import { type ErrorFieldSource, pickField, readPointer } from "../src/error-envelope.js";

describe("readPointer", () => {
  const body = { a: { "b/c": 1, "d~e": 2 }, list: [{ id: "x" }, {}, { id: "y" }] };
  it.each([
    ["", [body]],
    ["/a/b~1c", [1]],
    ["/a/d~0e", [2]],
    ["/list/*/id", ["x", "y"]],
    ["/list/0/id", ["x"]],
    ["/missing", []],
    ["/a/__proto__", []],
  ])("%s", (pointer, expected) => {
    expect(readPointer(body, pointer)).toEqual(expected);
  });
});

describe("pickField", () => {
  const sources: ErrorFieldSource[] = [
    { from: "header", name: "X-Amzn-ErrorType", transform: "aws-error-type" },
    { from: "body", pointer: "/__type", transform: "aws-error-type" },
    { from: "body", pointer: "/error_code" },
  ];
  it.each([
    [
      "header with suffix",
      { "x-amzn-errortype": "ResourceNotFoundException:http://internal.amazon.com/" },
      {},
      "ResourceNotFoundException",
    ],
    [
      "namespaced body type",
      {},
      { __type: "com.amazonaws.emrserverless#ValidationException" },
      "ValidationException",
    ],
    ["plain body code", {}, { error_code: "INVALID_PARAMETER_VALUE" }, "INVALID_PARAMETER_VALUE"],
    ["non-string code is absent", {}, { error_code: 400 }, undefined],
    ["blank header falls through", { "x-amzn-errortype": "  " }, { error_code: "X" }, "X"],
    ["nothing", {}, undefined, undefined],
  ])("%s", (_name, headers, body, expected) => {
    expect(pickField(sources, new Headers(headers as Record<string, string>), body)).toBe(expected);
  });
});
