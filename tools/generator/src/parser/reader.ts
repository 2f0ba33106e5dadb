/**
 * Reading a parsed spec: JSON node guards, JSON pointer lookup, local `$ref` resolution, and the
 * `SpecReader` that collects every problem found (the generator reports them all at once).
 */
import { pointerOf, SpecError } from "../spec-error.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A non-blank string, trimmed; anything else is no text. */
export function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export class SpecReader {
  readonly errors: SpecError[] = [];
  readonly file: string;
  readonly root: JsonObject;
  constructor(file: string, root: JsonObject) {
    this.file = file;
    this.root = root;
  }

  fail(pointer: string, problem: string): void {
    this.errors.push(new SpecError(this.file, pointer, problem));
  }

  /** Follows local `$ref`s; reports and returns undefined when one cannot be resolved. */
  resolve(
    node: unknown,
    pointer: string,
    seen = new Set<string>(),
  ): { node: unknown; pointer: string } | undefined {
    if (!isObject(node) || typeof node.$ref !== "string") return { node, pointer };
    const ref = node.$ref;
    if (!ref.startsWith("#")) {
      this.fail(
        pointer,
        `$ref ${JSON.stringify(ref)} is not a local reference (only "#/…" is supported)`,
      );
      return undefined;
    }
    if (seen.has(ref)) {
      this.fail(pointer, `$ref ${JSON.stringify(ref)} is circular`);
      return undefined;
    }
    seen.add(ref);
    const target = lookupPointer(this.root, ref.slice(1));
    if (target === undefined) {
      this.fail(pointer, `unresolved $ref ${JSON.stringify(ref)}`);
      return undefined;
    }
    return this.resolve(target, ref.slice(1), seen);
  }
}

export function lookupPointer(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  if (!pointer.startsWith("/")) return undefined;
  let current: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** Reports every `$ref` in the document that does not resolve, with the pointer where it stands. */
export function checkAllRefs(reader: SpecReader, node: unknown, pointer: string): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) checkAllRefs(reader, item, `${pointer}/${i}`);
  } else if (isObject(node)) {
    if (typeof node.$ref === "string") reader.resolve(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      if (key !== "$ref") checkAllRefs(reader, value, `${pointer}${pointerOf(key)}`);
    }
  }
}

/** A list of strings (or of regular expressions, with `patterns`), reported when it is not one. */
export function stringList(
  reader: SpecReader,
  value: unknown,
  at: string,
  patterns = false,
): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    reader.fail(at, "must be a list of strings");
    return undefined;
  }
  if (patterns) {
    for (const [i, p] of value.entries()) {
      try {
        new RegExp(p as string, "i");
      } catch (error) {
        reader.fail(`${at}/${i}`, `invalid regular expression: ${(error as Error).message}`);
      }
    }
  }
  return value as string[];
}
