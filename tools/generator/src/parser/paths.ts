/** The Paths Object: every operation of every path item, each operationId used once. */
import { pointerOf } from "../spec-error.ts";
import type { OperationModel, StatesModel } from "../model.ts";
import { readOperation } from "./operation.ts";
import { isObject, type SpecReader } from "./reader.ts";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** The spec's operations, sorted by operationId (generated files list them in that order). */
export function readPaths(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  paths: unknown,
): OperationModel[] {
  const operations: OperationModel[] = [];
  const seenIds = new Map<string, string>();
  if (!isObject(paths) || Object.keys(paths).length === 0) {
    reader.fail("/paths", "the spec has no paths");
  } else {
    for (const [path, rawItem] of Object.entries(paths)) {
      const itemAt = pointerOf("paths", path);
      const item = reader.resolve(rawItem, itemAt);
      if (!item || !isObject(item.node)) continue;
      for (const method of METHODS) {
        const op = item.node[method];
        if (op === undefined) continue;
        const at = `${itemAt}/${method}`;
        if (!isObject(op)) {
          reader.fail(at, "operation must be an object");
          continue;
        }
        const model = readOperation(reader, states, path, method, item.node, op, at);
        if (!model) continue;
        const previous = seenIds.get(model.operationId);
        if (previous)
          reader.fail(
            `${at}/operationId`,
            `operationId ${model.operationId} is also used at ${previous}`,
          );
        seenIds.set(model.operationId, at);
        operations.push(model);
      }
    }
  }
  return operations.sort((a, b) =>
    a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0,
  );
}
