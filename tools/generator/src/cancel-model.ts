/**
 * The spec's `x-cancel-*` knowledge of a vendor's run states, cancel outcomes and error answers
 * (docs/spec-conventions.md): parsed and checked here, emitted by `emit-cancel.ts`.
 */
import { CANCEL_ERROR_KINDS } from "../../../packages/core/src/error-kinds.ts";
import { RUN_STATES } from "../../../packages/core/src/run-state.ts";
import { pointerOf } from "./spec-error.ts";
import {
  type FieldModel,
  isObject,
  type OperationModel,
  type SpecReader,
  stringList,
  text,
} from "./model.ts";

/** `AnswerMatcher` of `@cancel/core`: every key given must match. */
export interface MatcherModel {
  status?: number | [number, number];
  codes?: string[];
  message?: string;
}

/** One row of `x-cancel-error-kinds`. */
export interface ErrorKindModel extends MatcherModel {
  call?: "cancel" | "status";
  kind: string;
  note: string;
}

/** `x-cancel-retry`. */
export interface RetryModel {
  throttling?: MatcherModel[];
  transient?: MatcherModel[];
  final?: MatcherModel[];
}

/** A component schema of run states with its `x-cancel-states`. */
export interface StatesModel {
  /** The component's name, e.g. `JobRunState`. */
  name: string;
  /** Documented values in the spec's order, each with its run state (or null). */
  values: [string, string | null][];
  /** Whether values beyond the documented ones may come (an `anyOf` with a plain string). */
  open: boolean;
  description: string | undefined;
  pointer: string;
}

/** Where one state field is read: a JSON pointer into a 2xx body, landing on a states schema. */
export interface StateSourceModel {
  pointer: string;
  /** The property names along the pointer. */
  path: string[];
  /** The `StatesModel` name at its end. */
  states: string;
}

export interface StatusRuleModel {
  state: StateSourceModel[];
  result: StateSourceModel[];
}

/** A cancel operation's `x-cancel-cancel`. */
export interface CancelModel {
  /** The operationId that reads the same run's state. */
  status: string | undefined;
  /** The run's state carried by the cancel's own success body. */
  answer: StatusRuleModel | undefined;
  ambiguous: MatcherModel[];
  pointer: string;
}

/** How a field takes part in the umbrella's target (`x-cancel-target` on a parameter). */
export type TargetMode = "default" | "optional" | "omit";

const MATCHER_KEYS = new Set(["status", "codes", "message", "note"]);

export function readMatcher(
  reader: SpecReader,
  raw: unknown,
  at: string,
  extraKeys: readonly string[] = [],
): MatcherModel | undefined {
  if (!isObject(raw)) {
    reader.fail(at, "must be an object with status, codes and/or message");
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!MATCHER_KEYS.has(key) && !extraKeys.includes(key))
      reader.fail(`${at}${pointerOf(key)}`, `unknown key "${key}" (status, codes, message, note)`);
  }
  const out: MatcherModel = {};
  const { status, codes, message } = raw;
  if (status !== undefined) {
    const valid = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 599;
    if (valid(status)) out.status = status as number;
    else if (Array.isArray(status) && status.length === 2 && status.every(valid) && (status[0] as number) <= (status[1] as number))
      out.status = [status[0] as number, status[1] as number];
    else reader.fail(`${at}/status`, "status must be an HTTP status or [low, high]");
  }
  if (codes !== undefined) {
    const list = stringList(reader, codes, `${at}/codes`);
    if (list && list.length === 0) reader.fail(`${at}/codes`, "codes must not be empty");
    else if (list) out.codes = list;
  }
  if (message !== undefined) {
    const list = stringList(reader, [message], `${at}/message`, true);
    if (list) out.message = list[0]!;
  }
  if (out.status === undefined && out.codes === undefined && out.message === undefined)
    reader.fail(at, "needs at least one of status, codes, message");
  return out;
}

function readMatchers(reader: SpecReader, raw: unknown, at: string): MatcherModel[] {
  if (!Array.isArray(raw)) {
    reader.fail(at, "must be a list of {status, codes, message}");
    return [];
  }
  return raw.flatMap((entry, i) => {
    const m = readMatcher(reader, entry, `${at}/${i}`);
    return m ? [m] : [];
  });
}

export function readRetry(reader: SpecReader, raw: unknown): RetryModel {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    reader.fail("/x-cancel-retry", "must be an object with throttling, transient and/or final");
    return {};
  }
  const out: RetryModel = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "throttling" && key !== "transient" && key !== "final") {
      reader.fail(`/x-cancel-retry${pointerOf(key)}`, `unknown key "${key}" (throttling, transient, final)`);
      continue;
    }
    out[key] = readMatchers(reader, value, `/x-cancel-retry/${key}`);
  }
  return out;
}

export function readErrorKinds(reader: SpecReader, raw: unknown): ErrorKindModel[] {
  if (raw === undefined) return [];
  const at = "/x-cancel-error-kinds";
  if (!Array.isArray(raw)) {
    reader.fail(at, "must be a list of {status, codes, message, call, kind, note}");
    return [];
  }
  return raw.flatMap((entry, i): ErrorKindModel[] => {
    const where = `${at}/${i}`;
    const matcher = readMatcher(reader, entry, where, ["kind", "call"]);
    if (!matcher || !isObject(entry)) return [];
    const { kind, call, note } = entry;
    if (typeof kind !== "string" || !(CANCEL_ERROR_KINDS as readonly string[]).includes(kind)) {
      reader.fail(`${where}/kind`, `kind must be one of ${CANCEL_ERROR_KINDS.join(", ")}`);
      return [];
    }
    if (call !== undefined && call !== "cancel" && call !== "status") {
      reader.fail(`${where}/call`, 'call must be "cancel" or "status"');
      return [];
    }
    if (typeof note !== "string" || note.trim() === "") {
      reader.fail(`${where}/note`, "every row needs a note saying why");
      return [];
    }
    return [{ ...matcher, ...(call ? { call } : {}), kind, note: note.trim() }];
  });
}

/** The documented values of an enum schema, and whether other strings may come too. */
function enumOf(schema: Record<string, unknown>): { values: unknown[]; open: boolean } | undefined {
  if (Array.isArray(schema.enum)) return { values: schema.enum, open: false };
  if (Array.isArray(schema.anyOf)) {
    const closed = schema.anyOf.find((b) => isObject(b) && Array.isArray(b.enum));
    const open = schema.anyOf.some((b) => isObject(b) && b.type === "string" && b.enum === undefined);
    if (isObject(closed) && Array.isArray(closed.enum)) return { values: closed.enum, open };
  }
  return undefined;
}

/** Every component schema that carries `x-cancel-states`, checked against its enum. */
export function readStates(reader: SpecReader): Map<string, StatesModel> {
  const out = new Map<string, StatesModel>();
  const components = isObject(reader.root.components) ? reader.root.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || schema["x-cancel-states"] === undefined) continue;
    const at = `/components/schemas${pointerOf(name)}`;
    const raw = schema["x-cancel-states"];
    const known = enumOf(schema);
    if (!known || !known.values.every((v) => typeof v === "string")) {
      reader.fail(at, "x-cancel-states belongs on a string enum (or an anyOf of one and a plain string)");
      continue;
    }
    if (!isObject(raw)) {
      reader.fail(`${at}/x-cancel-states`, "must map each enum value to a run state (or null)");
      continue;
    }
    const values: [string, string | null][] = [];
    for (const value of known.values as string[]) {
      if (!Object.hasOwn(raw, value)) {
        reader.fail(`${at}/x-cancel-states`, `the documented value ${value} has no run state`);
        continue;
      }
      const state = raw[value];
      if (state !== null && !(RUN_STATES as readonly unknown[]).includes(state)) {
        reader.fail(
          `${at}/x-cancel-states${pointerOf(value)}`,
          `${JSON.stringify(state)} is not a run state (${RUN_STATES.join(", ")}, or null)`,
        );
        continue;
      }
      values.push([value, state as string | null]);
    }
    for (const key of Object.keys(raw)) {
      if (!(known.values as string[]).includes(key))
        reader.fail(`${at}/x-cancel-states${pointerOf(key)}`, `${key} is not a value of the enum`);
    }
    out.set(name, { name, values, open: known.open, description: text(schema.description), pointer: at });
  }
  return out;
}

/** The JSON schema of an operation's first 2xx JSON body. */
function successSchema(
  reader: SpecReader,
  operation: Record<string, unknown>,
  at: string,
): { node: unknown; pointer: string } | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status)) continue;
    const response = reader.resolve(raw, `${at}/responses${pointerOf(status)}`);
    if (!response || !isObject(response.node) || !isObject(response.node.content)) continue;
    const media = response.node.content["application/json"];
    if (isObject(media) && media.schema !== undefined)
      return { node: media.schema, pointer: `${response.pointer}/content/application~1json/schema` };
  }
  return undefined;
}

/** Follows a JSON pointer through `properties`, to a component schema with `x-cancel-states`. */
function readSource(
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
  const path = pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = body.node;
  let where = body.pointer;
  for (const segment of path) {
    const resolved = reader.resolve(node, where);
    if (!resolved || !isObject(resolved.node) || !isObject(resolved.node.properties) || !Object.hasOwn(resolved.node.properties, segment)) {
      reader.fail(at, `${pointer}: the body schema has no property "${segment}" at ${resolved?.pointer ?? where}`);
      return undefined;
    }
    where = `${resolved.pointer}/properties${pointerOf(segment)}`;
    node = resolved.node.properties[segment];
  }
  // A property may be `anyOf` a states component and a plain string (an open use of a closed enum).
  const refOf = (n: unknown) => (isObject(n) && typeof n.$ref === "string" ? n.$ref : undefined);
  const ref =
    refOf(node) ??
    (isObject(node) && Array.isArray(node.anyOf) ? node.anyOf.map(refOf).find((r) => r !== undefined) : undefined);
  const name = ref?.startsWith("#/components/schemas/") ? decodeURIComponent(ref.slice("#/components/schemas/".length)) : undefined;
  if (name === undefined || !states.has(name)) {
    reader.fail(at, `${pointer} must be a $ref to a component schema with x-cancel-states`);
    return undefined;
  }
  return { pointer, path, states: name };
}

function readStatusRule(
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
    if (key !== "state" && key !== "result") reader.fail(`${at}${pointerOf(key)}`, `unknown key "${key}" (state, result)`);
  }
  const body = successSchema(reader, operation, opAt);
  const list = (key: "state" | "result"): StateSourceModel[] => {
    const value = raw[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length === 0) {
      reader.fail(`${at}/${key}`, "must be a non-empty list of JSON pointers");
      return [];
    }
    return value.flatMap((p, i) => {
      const source = readSource(reader, states, body, p, `${at}/${key}/${i}`);
      return source ? [source] : [];
    });
  };
  const state = list("state");
  if (raw.state === undefined) reader.fail(at, "needs state: the pointers of the run's state");
  return { state, result: list("result") };
}

/** `x-cancel-status` of an operation (the read of a run's state). */
export function readStatusExtension(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  operation: Record<string, unknown>,
  at: string,
): StatusRuleModel | undefined {
  const raw = operation["x-cancel-status"];
  return raw === undefined ? undefined : readStatusRule(reader, states, operation, raw, `${at}/x-cancel-status`, at);
}

/** `x-cancel-cancel` of an operation (a cancel). */
export function readCancelExtension(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  operation: Record<string, unknown>,
  at: string,
): CancelModel | undefined {
  const raw = operation["x-cancel-cancel"];
  if (raw === undefined) return undefined;
  const where = `${at}/x-cancel-cancel`;
  if (!isObject(raw)) {
    reader.fail(where, "must be an object with status, answer and/or ambiguous");
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!["status", "answer", "ambiguous"].includes(key))
      reader.fail(`${where}${pointerOf(key)}`, `unknown key "${key}" (status, answer, ambiguous)`);
  }
  if (raw.status !== undefined && typeof raw.status !== "string")
    reader.fail(`${where}/status`, "must be the operationId of the status read");
  const ambiguous = raw.ambiguous === undefined ? [] : readMatchers(reader, raw.ambiguous, `${where}/ambiguous`);
  if (ambiguous.length > 0 && raw.status === undefined)
    reader.fail(`${where}/ambiguous`, "ambiguous refusals are settled by a status read: name it in status");
  return {
    status: typeof raw.status === "string" ? raw.status : undefined,
    answer: raw.answer === undefined ? undefined : readStatusRule(reader, states, operation, raw.answer, `${where}/answer`, at),
    ambiguous,
    pointer: where,
  };
}

export function readTargetMode(reader: SpecReader, raw: unknown, at: string): TargetMode {
  if (raw === undefined) return "default";
  if (raw === "optional" || raw === "omit") return raw;
  reader.fail(`${at}/x-cancel-target`, 'must be "optional" or "omit"');
  return "default";
}

/** A field of the umbrella's target of a provider. */
export interface TargetFieldModel {
  key: string;
  required: boolean;
  tsType: string;
  description: string | undefined;
}

/** One way to cancel a target: a cancel operation and the fields it needs. */
export interface VariantModel {
  cancel: OperationModel;
  status: OperationModel | undefined;
  /** Target fields this variant needs. */
  requires: string[];
  /** Cancel input fields taken from the target. */
  fields: FieldModel[];
}

export interface TargetModel {
  fields: TargetFieldModel[];
  /** Most specific first: the first whose required fields a target has is used. */
  variants: VariantModel[];
}

const inTarget = (f: FieldModel) => f.target !== "omit";
const requiredInTarget = (f: FieldModel) => f.required && f.target === "default";

/**
 * Cross-checks `x-cancel-cancel` against the operations it names and derives the umbrella's
 * target: the union of every cancel's input fields, required where every cancel requires it.
 */
export function resolveTarget(reader: SpecReader, operations: OperationModel[]): TargetModel | undefined {
  const cancels = operations.filter((op) => op.cancel !== undefined);
  if (cancels.length === 0) return undefined;
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const variants: VariantModel[] = [];
  for (const op of cancels) {
    const cancel = op.cancel!;
    let status: OperationModel | undefined;
    if (cancel.status !== undefined) {
      status = byId.get(cancel.status);
      if (!status) reader.fail(`${cancel.pointer}/status`, `no operation ${cancel.status}`);
      else if (!status.status)
        reader.fail(`${cancel.pointer}/status`, `${cancel.status} has no x-cancel-status saying where it reads the state`);
      else {
        const own = new Map(op.fields.map((f) => [f.key, f]));
        for (const field of status.fields) {
          if (field.target === "omit" || !field.required) continue;
          const mine = own.get(field.key);
          if (!mine)
            reader.fail(`${cancel.pointer}/status`, `${cancel.status} needs ${field.key}, which ${op.operationId} does not take`);
          else if (mine.tsType !== field.tsType)
            reader.fail(`${cancel.pointer}/status`, `${field.key} is ${mine.tsType} in ${op.operationId} but ${field.tsType} in ${cancel.status}`);
        }
      }
    }
    const fields = op.fields.filter(inTarget);
    variants.push({ cancel: op, status, requires: fields.filter(requiredInTarget).map((f) => f.key), fields });
  }
  variants.sort((a, b) => b.requires.length - a.requires.length);
  for (let i = 1; i < variants.length; i++) {
    if (variants[i]!.requires.length === variants[i - 1]!.requires.length)
      reader.fail(
        variants[i]!.cancel.cancel!.pointer,
        `${variants[i - 1]!.cancel.operationId} and ${variants[i]!.cancel.operationId} need as many target fields: which one a target selects would be ambiguous`,
      );
  }
  const fields = new Map<string, TargetFieldModel>();
  for (const variant of variants) {
    for (const field of variant.fields) {
      const seen = fields.get(field.key);
      if (seen && seen.tsType !== field.tsType)
        reader.fail(field.pointer, `target field ${field.key} is ${seen.tsType} in one cancel and ${field.tsType} in another`);
      if (!seen) fields.set(field.key, { key: field.key, required: false, tsType: field.tsType, description: field.description });
    }
  }
  for (const field of fields.values()) {
    field.required = variants.every((v) => v.requires.includes(field.key));
  }
  if (fields.has("provider")) reader.fail(cancels[0]!.pointer, "a cancel input field is named provider, which the target uses for the vendor id");
  return { fields: [...fields.values()], variants };
}
