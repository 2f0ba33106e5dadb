import { ResponseParseError } from "./errors.js";

/** Default cap on a response body: larger bodies are cut off with a typed error. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
const SNIPPET_CHARS = 200;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body exceeds ${limit} bytes`);
  }
}

/** Reads a response body as UTF-8 text, refusing to buffer more than `maxBytes`. */
export async function readBodyText(response: Response, maxBytes: number): Promise<string> {
  const body = response.body;
  if (!body) return "";
  const length = response.headers.get("content-length");
  const declared = length === null ? Number.NaN : Number(length);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await body.cancel().catch(() => {});
    throw new BodyTooLargeError(maxBytes);
  }
  // Fast path: an uncompressed body of a declared length within the cap cannot grow past it
  // (HTTP framing ends it there). A compressed one is decoded by fetch and could, so it streams.
  const encoding = response.headers.get("content-encoding");
  if (Number.isFinite(declared) && length !== "" && (!encoding || encoding === "identity")) {
    return response.text();
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** The first characters of a body, for error messages. */
export function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS)}…` : flat;
}

function dropPrototypeKeys(key: string, value: unknown): unknown {
  if (key === "__proto__") return undefined;
  if (
    key === "constructor" &&
    value !== null &&
    typeof value === "object" &&
    Object.hasOwn(value, "prototype")
  ) {
    return undefined;
  }
  return value;
}

/**
 * JSON.parse that cannot be used to pollute prototypes when the result is later merged or
 * spread: `__proto__` keys and `constructor.prototype` are dropped.
 */
export function parseJsonSafely(text: string): unknown {
  if (text.includes("__proto__") || text.includes("prototype")) {
    return JSON.parse(text, dropPrototypeKeys);
  }
  return JSON.parse(text);
}

export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || type.endsWith("+json") || type === "text/json";
}

export interface ParsedBody {
  /** Parsed JSON, or undefined for an empty body. */
  json: unknown;
  isJson: boolean;
}

/**
 * Parses a body the spec promises to be JSON; HTML, plain text or broken JSON is an error, whose
 * snippet and cause quote the body only after `scrub` (the attempt's credentials) ran over it.
 */
export function parseJsonBody(
  text: string,
  contentType: string | null,
  context: {
    status: number;
    provider?: string | undefined;
    operation?: string | undefined;
    attempts: number;
    requestId?: string | undefined;
    retryable?: boolean | undefined;
  },
  scrub: (text: string) => string = (text) => text,
): unknown {
  if (text.trim() === "") return undefined;
  const looksJson = /^\s*[[{"]/.test(text) || isJsonContentType(contentType);
  const fail = (why: string, cause?: unknown) =>
    new ResponseParseError(
      `${context.operation ?? "request"}: HTTP ${context.status} response is ${why} (content-type ${
        contentType ?? "none"
      })`,
      { ...context, contentType: contentType ?? undefined, snippet: snippetOf(scrub(text)), cause },
    );
  if (!looksJson || /^\s*</.test(text)) throw fail("not JSON");
  try {
    return parseJsonSafely(text);
  } catch {
    // The parser's message quotes the text: the cause is the same failure on the scrubbed text.
    throw fail("invalid JSON", parseFailure(scrub(text)));
  }
}

/** The error JSON.parse throws for `text`, or undefined when it parses. */
function parseFailure(text: string): unknown {
  try {
    parseJsonSafely(text);
    return undefined;
  } catch (error) {
    return error;
  }
}
