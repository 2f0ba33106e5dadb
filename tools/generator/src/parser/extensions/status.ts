/**
 * `x-cancel-status` of an operation (and the `answer` of an `x-cancel-cancel`): the JSON pointers
 * into its success body where a run's state and result are read, each landing on a states schema.
 */
import { pointerOf } from "../../spec-error.ts";
import type { StateSourceModel, StatesModel, StatusRuleModel } from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";
import { successSchema } from "../response.ts";

/**
 * Follows a JSON pointer (`/a/b`, RFC 6901 escapes) through `properties` from `base`, resolving
 * `$ref`s on the way; reports the first segment `what` (e.g. "the body schema") has no property
 * for. The node reached is returned as written (a `$ref` stays unresolved).
 */
export function walkProperties(
  reader: SpecReader,
  base: { node: unknown; pointer: string },
  pointer: string,
  at: string,
  what: string,
): { node: unknown; pointer: string; path: string[] } | undefined {
  const path = pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = base.node;
  let where = base.pointer;
  for (const segment of path) {
    const resolved = reader.resolve(node, where);
    if (
      !resolved ||
      !isObject(resolved.node) ||
      !isObject(resolved.node.properties) ||
      !Object.hasOwn(resolved.node.properties, segment)
    ) {
      reader.fail(
        at,
        `${pointer}: ${what} has no property "${segment}" at ${resolved?.pointer ?? where}`,
      );
      return undefined;
    }
    where = `${resolved.pointer}/properties${pointerOf(segment)}`;
    node = resolved.node.properties[segment];
  }
  return { node, pointer: where, path };
}

/**
 * Follows a JSON pointer through `properties` from `body` (a success body, or one listed run), to
 * a component schema with `x-cancel-states`.
 */
export function readSourceFrom(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  body: { node: unknown; pointer: string } | undefined,
  pointer: unknown,
  at: string,
): StateSourceModel | undefined {
  if (typeof pointer !== "string" || !pointer.startsWith("/")) {
    reader.fail(at, "must be a JSON pointer into the success body, e.g. /jobRun/state");
    return undefined;
  }
  if (!body) {
    reader.fail(at, "the operation has no 2xx JSON body to read a state from");
    return undefined;
  }
  const walked = walkProperties(reader, body, pointer, at, "the body schema");
  if (!walked) return undefined;
  const { node, path } = walked;
  // A property may be `anyOf` a states component and a plain string (an open use of a closed enum).
  const refOf = (n: unknown) => (isObject(n) && typeof n.$ref === "string" ? n.$ref : undefined);
  const ref =
    refOf(node) ??
    (isObject(node) && Array.isArray(node.anyOf)
      ? node.anyOf.map(refOf).find((r) => r !== undefined)
      : undefined);
  const name = ref?.startsWith("#/components/schemas/")
    ? decodeURIComponent(ref.slice("#/components/schemas/".length))
    : undefined;
  if (name === undefined || !states.has(name)) {
    reader.fail(at, `${pointer} must be a $ref to a component schema with x-cancel-states`);
    return undefined;
  }
  return { pointer, path, states: name };
}

/**
 * `raw[key]` (`state` or `result`): a non-empty list of pointers into `base`, each read by
 * {@link readSourceFrom}; `[]` when absent.
 */
export function readSourceList(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  base: { node: unknown; pointer: string } | undefined,
  raw: Record<string, unknown>,
  key: "state" | "result",
  at: string,
  into: string,
): StateSourceModel[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    reader.fail(`${at}/${key}`, `must be a non-empty list of JSON pointers${into}`);
    return [];
  }
  return value.flatMap((p, i) => {
    const source = readSourceFrom(reader, states, base, p, `${at}/${key}/${i}`);
    return source ? [source] : [];
  });
}

/** `{ state, result }`: lists of pointers into the operation's first 2xx JSON body. */
export function readStatusRule(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  operation: Record<string, unknown>,
  raw: unknown,
  at: string,
  opAt: string,
): StatusRuleModel | undefined {
  if (!isObject(raw)) {
    reader.fail(at, "must be an object with state (and optionally result): lists of JSON pointers");
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (key !== "state" && key !== "result")
      reader.fail(`${at}${pointerOf(key)}`, `unknown key "${key}" (state, result)`);
  }
  const body = successSchema(reader, operation, opAt);
  const state = readSourceList(reader, states, body, raw, "state", at, "");
  if (raw.state === undefined) reader.fail(at, "needs state: the pointers of the run's state");
  return { state, result: readSourceList(reader, states, body, raw, "result", at, "") };
}

/** `x-cancel-status` of an operation (the read of a run's state). */
export function readStatusExtension(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  operation: Record<string, unknown>,
  at: string,
): StatusRuleModel | undefined {
  const raw = operation["x-cancel-status"];
  return raw === undefined
    ? undefined
    : readStatusRule(reader, states, operation, raw, `${at}/x-cancel-status`, at);
}
