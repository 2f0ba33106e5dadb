/**
 * `x-cancel-server`: the API is one a customer implements and the vendor calls (Fabric's workload
 * API), so the package also ships a request handler. `handlers` names the callback that answers
 * each operation; the generated `server.gen.ts` gives the handler its routes, field rules and
 * types from the operations themselves.
 */
import { pointerOf } from "../../spec-error.ts";
import type { OperationModel, ServerExtensionModel, ServerHandlerModel } from "../../model.ts";
import { isObject, type SpecReader } from "../reader.ts";

const HANDLER_NAME = /^[a-z][A-Za-z0-9]*$/;

export function readServerExtension(
  reader: SpecReader,
  raw: unknown,
  operations: OperationModel[],
): ServerExtensionModel | undefined {
  if (raw === undefined) return undefined;
  const at = "/x-cancel-server";
  if (!isObject(raw)) {
    reader.fail(at, "must be an object with handlers");
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (key !== "handlers")
      reader.fail(`${at}${pointerOf(key)}`, `unknown key "${key}" (handlers)`);
  }
  if (!isObject(raw.handlers) || Object.keys(raw.handlers).length === 0) {
    reader.fail(`${at}/handlers`, "must map at least one handler name to an operationId");
    return undefined;
  }
  const handlers: ServerHandlerModel[] = [];
  const served = new Map<string, string>();
  for (const [name, operationId] of Object.entries(raw.handlers)) {
    const where = `${at}/handlers${pointerOf(name)}`;
    if (!HANDLER_NAME.test(name)) {
      reader.fail(
        where,
        `handler name must be a lowerCamelCase identifier, got ${JSON.stringify(name)}`,
      );
      continue;
    }
    const operation = operations.find((op) => op.operationId === operationId);
    if (typeof operationId !== "string" || operation === undefined) {
      reader.fail(
        where,
        `must be the operationId of an operation, got ${JSON.stringify(operationId)}`,
      );
      continue;
    }
    const other = served.get(operationId);
    if (other !== undefined) {
      reader.fail(where, `${operationId} is already answered by handler "${other}"`);
      continue;
    }
    served.set(operationId, name);
    // A handler answers with a JSON body, so the operation needs a 2xx with one.
    const success = operation.success.find((s) => s.json);
    if (success === undefined) {
      reader.fail(where, `${operationId} has no 2xx response with a JSON body to answer with`);
      continue;
    }
    // The handler reads path and header parameters; query and body fields are not served yet.
    const unserved = operation.fields.filter((f) => f.in === "query" || f.in === "body");
    if (unserved.length > 0) {
      reader.fail(
        where,
        `${operationId} has ${[...new Set(unserved.map((f) => f.in))].join(" and ")} fields (${unserved.map((f) => f.key).join(", ")}); a server handler reads path and header parameters only`,
      );
      continue;
    }
    handlers.push({ name, operation, status: Number(success.status) });
  }
  return { handlers, pointer: at };
}
