/**
 * `x-cancel-states` on component schemas: each documented value of a vendor's state enum → one of
 * core's `RUN_STATES` (or null), emitted as the `…Values` tables of `cancel.gen.ts`.
 */
import { RUN_STATES } from "../../../../../packages/core/src/run-state.ts";
import { pointerOf } from "../../spec-error.ts";
import type { RunState, StatesModel } from "../../model.ts";
import { isObject, type SpecReader, text } from "../reader.ts";

const isRunState = (state: unknown): state is RunState =>
  (RUN_STATES as readonly unknown[]).includes(state);

/** The documented values of an enum schema, and whether other strings may come too. */
function enumOf(schema: Record<string, unknown>): { values: unknown[]; open: boolean } | undefined {
  if (Array.isArray(schema.enum)) return { values: schema.enum, open: false };
  if (Array.isArray(schema.anyOf)) {
    const closed = schema.anyOf.find((b) => isObject(b) && Array.isArray(b.enum));
    const open = schema.anyOf.some(
      (b) => isObject(b) && b.type === "string" && b.enum === undefined,
    );
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
    if (!known?.values.every((v) => typeof v === "string")) {
      reader.fail(
        at,
        "x-cancel-states belongs on a string enum (or an anyOf of one and a plain string)",
      );
      continue;
    }
    if (!isObject(raw)) {
      reader.fail(`${at}/x-cancel-states`, "must map each enum value to a run state (or null)");
      continue;
    }
    const values: [string, RunState | null][] = [];
    for (const value of known.values as string[]) {
      if (!Object.hasOwn(raw, value)) {
        reader.fail(`${at}/x-cancel-states`, `the documented value ${value} has no run state`);
        continue;
      }
      const state = raw[value];
      if (state !== null && !isRunState(state)) {
        reader.fail(
          `${at}/x-cancel-states${pointerOf(value)}`,
          `${JSON.stringify(state)} is not a run state (${RUN_STATES.join(", ")}, or null)`,
        );
        continue;
      }
      values.push([value, state]);
    }
    for (const key of Object.keys(raw)) {
      if (!(known.values as string[]).includes(key))
        reader.fail(`${at}/x-cancel-states${pointerOf(key)}`, `${key} is not a value of the enum`);
    }
    out.set(name, {
      name,
      values,
      open: known.open,
      description: text(schema.description),
      pointer: at,
    });
  }
  return out;
}
