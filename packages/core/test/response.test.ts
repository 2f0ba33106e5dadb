import { describe, expect, it } from "vitest";
import { ResponseParseError } from "../src/errors.js";
import {
  BodyTooLargeError,
  parseJsonBody,
  parseJsonSafely,
  readBodyText,
  snippetOf,
} from "../src/response.js";

const context = { status: 200, operation: "op", attempts: 1 };

describe("parseJsonSafely", () => {
  it("drops __proto__ keys so merging the result cannot pollute prototypes", () => {
    const parsed = parseJsonSafely(
      '{"a":1,"__proto__":{"polluted":true},"nested":{"__proto__":{"x":1}}}',
    ) as Record<string, unknown>;
    expect(parsed).toEqual({ a: 1, nested: {} });
    const merged = Object.assign({}, parsed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("drops constructor.prototype", () => {
    expect(parseJsonSafely('{"constructor":{"prototype":{"x":1}},"b":2}')).toEqual({ b: 2 });
  });
});

describe("parseJsonBody", () => {
  it("returns undefined for an empty body", () => {
    expect(parseJsonBody("", "application/json", context)).toBeUndefined();
  });
  it.each([
    ["HTML", "<html><body>Bad gateway</body></html>", "text/html"],
    ["truncated JSON", '{"a":', "application/json"],
    ["plain text", "OK", "text/plain"],
  ])("refuses %s with a typed error and a snippet", (_name, text, type) => {
    const error = (() => {
      try {
        parseJsonBody(text, type, context);
      } catch (e) {
        return e as ResponseParseError;
      }
      throw new Error("no error");
    })();
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.status).toBe(200);
    expect(error.contentType).toBe(type);
    expect(error.snippet).toBe(snippetOf(text));
  });
});

describe("readBodyText", () => {
  it("refuses a body larger than the cap while streaming", async () => {
    const big = new Response(
      new ReadableStream({
        pull(controller) {
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      }),
    );
    await expect(readBodyText(big, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
  it("refuses early on a declared content-length over the cap", async () => {
    const response = new Response("x".repeat(10), { headers: { "content-length": "10" } });
    await expect(readBodyText(response, 5)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
  it("streams (and caps) a compressed body even when its declared length is small", async () => {
    const big = new Response(
      new ReadableStream({
        pull(controller) {
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      }),
      { headers: { "content-length": "100", "content-encoding": "gzip" } },
    );
    await expect(readBodyText(big, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("decodes multi-chunk UTF-8", async () => {
    const bytes = new TextEncoder().encode("héllo");
    const response = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, 2));
          controller.enqueue(bytes.slice(2));
          controller.close();
        },
      }),
    );
    expect(await readBodyText(response, 100)).toBe("héllo");
  });
});
