/**
 * Where a vendor puts its error code, message and request id. Generated from each spec's
 * `x-cancel-errors` extension (see docs/spec-conventions.md).
 */
export interface ErrorFieldSource {
  from: "header" | "body";
  /** Header name (case-insensitive), for `from: header`. */
  name?: string;
  /** JSON pointer into the parsed body, for `from: body`; a `*` segment matches every array item. */
  pointer?: string;
  transform?: "aws-error-type";
}

export interface ErrorEnvelope {
  code: readonly ErrorFieldSource[];
  message: readonly ErrorFieldSource[];
  requestId: readonly ErrorFieldSource[];
}

function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Every value found at `pointer` in `body` (several when the pointer has `*` segments). */
export function readPointer(body: unknown, pointer: string): unknown[] {
  if (pointer === "") return [body];
  const segments = pointer.split("/").slice(1).map(unescapePointerSegment);
  let current: unknown[] = [body];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment === "*" && Array.isArray(value)) next.push(...value);
      else if (value !== null && typeof value === "object" && Object.hasOwn(value, segment)) {
        next.push((value as Record<string, unknown>)[segment]);
      }
    }
    current = next;
  }
  return current;
}

/** AWS restJson1: `Name:http://…` → `Name`; `aws.protocols#Name` → `Name`. */
function awsErrorType(value: string): string {
  let out = value;
  const colon = out.indexOf(":");
  if (colon >= 0) out = out.slice(0, colon);
  const hash = out.lastIndexOf("#");
  if (hash >= 0) out = out.slice(hash + 1);
  return out;
}

/** The first non-empty string any source yields, transformed; undefined when none does. */
export function pickField(
  sources: readonly ErrorFieldSource[],
  headers: Headers,
  body: unknown,
): string | undefined {
  for (const source of sources) {
    const candidates =
      source.from === "header"
        ? [source.name ? headers.get(source.name) : null]
        : source.pointer !== undefined
          ? readPointer(body, source.pointer)
          : [];
    for (const candidate of candidates) {
      if (typeof candidate !== "string") continue;
      const value = source.transform === "aws-error-type" ? awsErrorType(candidate) : candidate;
      const trimmed = value.trim();
      if (trimmed !== "") return trimmed;
    }
  }
  return undefined;
}
