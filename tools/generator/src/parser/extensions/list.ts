/**
 * `x-cancel-list` of an operation (docs/spec-conventions.md): where its success body holds the
 * runs, how one run becomes a target, its state, creation time and name, how the vendor
 * paginates, and which inputs narrow the list on the server.
 */
import { SELECTOR_WORDS } from "../../../../../packages/core/src/selector-words.ts";
import { pointerOf } from "../../spec-error.ts";
import type {
  ListModel,
  ListPageModel,
  OperationModel,
  StatesModel,
  TargetModel,
  TimeUnit,
} from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";
import { successSchema } from "../response.ts";
import { readSourceList, walkProperties } from "./status.ts";

const UNITS: readonly TimeUnit[] = ["epoch-seconds", "epoch-millis", "date-time"];

/** The schema at a pointer below `base` (through `properties`), resolved; reports when absent. */
function schemaAt(
  reader: SpecReader,
  base: { node: unknown; pointer: string },
  pointer: unknown,
  at: string,
): { node: Record<string, unknown>; pointer: string; path: string[] } | undefined {
  if (typeof pointer !== "string" || !pointer.startsWith("/")) {
    reader.fail(at, "must be a JSON pointer, e.g. /jobRuns");
    return undefined;
  }
  const walked = walkProperties(reader, base, pointer, at, "the schema");
  if (!walked) return undefined;
  const { node, pointer: where, path } = walked;
  const resolved = reader.resolve(node, where);
  if (!resolved || !isObject(resolved.node)) {
    reader.fail(at, `${pointer} does not lead to a schema`);
    return undefined;
  }
  return { node: resolved.node, pointer: resolved.pointer, path };
}

/** The JSON type a schema promises (`anyOf` branches must agree), or undefined. */
function jsonType(
  reader: SpecReader,
  node: Record<string, unknown>,
  at: string,
): string | undefined {
  if (typeof node.type === "string") return node.type;
  if (Array.isArray(node.type)) return node.type.find((t) => t !== "null") as string | undefined;
  if (Array.isArray(node.anyOf)) {
    const types = new Set(
      node.anyOf.map((b, i) => {
        const r = reader.resolve(b, `${at}/anyOf/${i}`);
        return r && isObject(r.node) ? jsonType(reader, r.node, r.pointer) : undefined;
      }),
    );
    return types.size === 1 ? [...types][0] : undefined;
  }
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === "string")) return "string";
  return undefined;
}

const sameKind = (a: string | undefined, b: string | undefined) =>
  a === b || (a === "integer" && b === "number") || (a === "number" && b === "integer");

function readUnit(reader: SpecReader, raw: unknown, at: string): TimeUnit | undefined {
  if (typeof raw === "string" && (UNITS as readonly string[]).includes(raw)) return raw as TimeUnit;
  reader.fail(at, `unit must be one of ${UNITS.join(", ")}`);
  return undefined;
}

/** Reads `x-cancel-list`; its target mapping is checked later, against the spec's target. */
export function readListExtension(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  operation: Record<string, unknown>,
  fields: readonly {
    key: string;
    required: boolean;
    deprecated: boolean;
    target: string;
    schema: { type?: string };
  }[],
  at: string,
): ListModel | undefined {
  const raw = operation["x-cancel-list"];
  if (raw === undefined) return undefined;
  const where = `${at}/x-cancel-list`;
  if (!isObject(raw)) {
    reader.fail(where, "must be an object (see docs/spec-conventions.md, x-cancel-list)");
    return undefined;
  }
  const known = ["items", "target", "state", "result", "createdAt", "name", "page", "filters"];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key))
      reader.fail(`${where}${pointerOf(key)}`, `unknown key "${key}" (${known.join(", ")})`);
  }
  const keys = new Set(fields.map((f) => f.key));
  const input = (value: unknown, place: string): string | undefined => {
    if (typeof value !== "string" || !keys.has(value)) {
      reader.fail(place, `must name an input field of the operation (${[...keys].join(", ")})`);
      return undefined;
    }
    return value;
  };
  const body = successSchema(reader, operation, at);
  if (!body) {
    reader.fail(where, "the operation has no 2xx JSON body to list runs from");
    return undefined;
  }
  const itemsAt = schemaAt(reader, body, raw.items, `${where}/items`);
  if (!itemsAt) return undefined;
  if (itemsAt.node.type !== "array" || itemsAt.node.items === undefined) {
    reader.fail(`${where}/items`, `${String(raw.items)} must be an array of runs`);
    return undefined;
  }
  const item = { node: itemsAt.node.items, pointer: `${itemsAt.pointer}/items` };

  const target: ListModel["target"] = {};
  if (!isObject(raw.target))
    reader.fail(`${where}/target`, "must map each target field to { item } or { input }");
  else {
    for (const [field, source] of Object.entries(raw.target)) {
      const place = `${where}/target${pointerOf(field)}`;
      if (isObject(source) && source.input !== undefined) {
        const key = input(source.input, `${place}/input`);
        const type = fields.find((f) => f.key === key)?.schema.type;
        if (key) target[field] = { input: key, type };
      } else if (isObject(source) && source.item !== undefined) {
        const found = schemaAt(reader, item, source.item, `${place}/item`);
        if (found)
          target[field] = {
            item: found.path,
            pointer: source.item as string,
            type: jsonType(reader, found.node, found.pointer),
          };
      } else
        reader.fail(place, "must be { item: <pointer into one run> } or { input: <input field> }");
    }
  }

  const stateList = (key: "state" | "result") =>
    readSourceList(reader, states, item, raw, key, where, " into one run");
  const state = stateList("state");
  if (raw.state === undefined) reader.fail(where, "needs state: the pointers of a run's state");

  let createdAt: ListModel["createdAt"];
  if (raw.createdAt !== undefined) {
    if (!isObject(raw.createdAt)) reader.fail(`${where}/createdAt`, "must be { item, unit }");
    else {
      const found = schemaAt(reader, item, raw.createdAt.item, `${where}/createdAt/item`);
      const unit = readUnit(reader, raw.createdAt.unit, `${where}/createdAt/unit`);
      if (found && unit) createdAt = { path: found.path, unit };
    }
  }
  let name: ListModel["name"];
  if (raw.name !== undefined) {
    const found = schemaAt(reader, item, raw.name, `${where}/name`);
    if (found) name = { path: found.path };
  }

  let page: ListPageModel | undefined;
  let size: ListModel["size"];
  if (!isObject(raw.page))
    reader.fail(`${where}/page`, "must say how the vendor paginates (token, offset or number)");
  else {
    const styles = ["token", "offset", "number"].filter(
      (k) => (raw.page as Record<string, unknown>)[k] !== undefined,
    );
    if (styles.length !== 1)
      reader.fail(`${where}/page`, "needs exactly one of token, offset, number");
    const style = styles[0];
    const spec = style ? (raw.page as Record<string, unknown>)[style] : undefined;
    const bodyPath = (p: unknown, place: string) => schemaAt(reader, body, p, place)?.path;
    if (style && isObject(spec)) {
      const key = input(spec.input, `${where}/page/${style}/input`);
      if (style === "token") {
        const next = bodyPath(spec.next, `${where}/page/token/next`);
        const more =
          spec.more === undefined ? undefined : bodyPath(spec.more, `${where}/page/token/more`);
        if (key && next) page = { kind: "token", input: key, next, more };
      } else {
        const total =
          spec.total === undefined
            ? undefined
            : bodyPath(spec.total, `${where}/page/${style}/total`);
        const first = style === "number" ? (typeof spec.first === "number" ? spec.first : 1) : 0;
        if (key)
          page =
            style === "offset"
              ? { kind: "offset", input: key, total }
              : { kind: "number", input: key, total, first };
      }
    } else if (style) reader.fail(`${where}/page/${style}`, "must be an object with input");
    const rawSize = (raw.page as Record<string, unknown>).size;
    if (rawSize !== undefined) {
      if (!isObject(rawSize) || typeof rawSize.max !== "number" || rawSize.max < 1)
        reader.fail(`${where}/page/size`, "must be { input, max } with max ≥ 1");
      else {
        const key = input(rawSize.input, `${where}/page/size/input`);
        if (key) size = { input: key, max: rawSize.max };
      }
    }
  }

  const filters: ListModel["filters"] = {};
  if (raw.filters !== undefined) {
    if (!isObject(raw.filters)) reader.fail(`${where}/filters`, "must be an object");
    else
      for (const [kind, spec] of Object.entries(raw.filters)) {
        const place = `${where}/filters${pointerOf(kind)}`;
        if (!isObject(spec)) {
          reader.fail(place, "must be { input } (and unit for times)");
          continue;
        }
        const key = input(spec.input, `${place}/input`);
        if (!key) continue;
        if (kind === "states" || kind === "active") filters[kind] = key;
        else if (kind === "createdAfter" || kind === "createdBefore") {
          const unit = readUnit(reader, spec.unit, `${place}/unit`);
          if (unit) filters[kind] = { input: key, unit };
        } else
          reader.fail(
            place,
            `unknown filter "${kind}" (states, active, createdAfter, createdBefore)`,
          );
      }
  }
  if (!page) return undefined;
  const paging = new Set([page.input, size?.input].filter(Boolean));
  const filterInputs = new Set(
    Object.values(filters).map((f) => (typeof f === "string" ? f : f?.input)),
  );
  const scope = fields
    // Neither paging nor filters, nor fields the client fills itself (`x-cancel-target: omit`),
    // nor deprecated ones (Databricks' offset, which the page token replaces).
    .filter(
      (f) =>
        !paging.has(f.key) &&
        !filterInputs.has(f.key) &&
        f.target !== "omit" &&
        (f.required || !f.deprecated),
    )
    .map((f) => ({ key: f.key, required: f.required }));
  for (const f of scope) {
    if ((SELECTOR_WORDS as readonly string[]).includes(f.key)) {
      reader.fail(
        where,
        `the input ${f.key} would clash with the selector's own ${f.key}: map it under filters, or rename it with x-cancel-name`,
      );
    }
  }
  return {
    itemsPath: itemsAt.path,
    target,
    state: { state, result: stateList("result") },
    createdAt,
    name,
    page,
    size,
    filters,
    scope,
    pointer: where,
  };
}

/** Checks a list's target mapping against the spec's target: every required field, right types. */
export function checkListTarget(
  reader: SpecReader,
  op: OperationModel,
  target: TargetModel | undefined,
): void {
  const list = op.list;
  if (!list) return;
  if (!target) {
    reader.fail(
      list.pointer,
      "x-cancel-list needs a target: the spec has no x-cancel-cancel operation",
    );
    return;
  }
  for (const field of target.fields) {
    const source = list.target[field.key];
    if (!source) {
      if (field.required)
        reader.fail(
          `${list.pointer}/target`,
          `the target's required field ${field.key} is not mapped`,
        );
      continue;
    }
    if (source.type !== undefined && !sameKind(source.type, field.type)) {
      reader.fail(
        `${list.pointer}/target${pointerOf(field.key)}`,
        `${field.key} is ${field.type} in the target but ${source.type} here`,
      );
    }
  }
  for (const key of Object.keys(list.target)) {
    if (!target.fields.some((f) => f.key === key))
      reader.fail(`${list.pointer}/target${pointerOf(key)}`, `${key} is not a field of the target`);
  }
}
