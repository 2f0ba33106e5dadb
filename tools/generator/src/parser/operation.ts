/**
 * An Operation Object: its name, input fields (parameters and body), responses and the
 * `x-cancel-status` / `x-cancel-cancel` extensions that say what it tells about a run.
 */
import type { OperationModel, StatesModel } from "../model.ts";
import { readCancelExtension } from "./extensions/cancel.ts";
import { readListExtension } from "./extensions/list.ts";
import { readStatusExtension } from "./extensions/status.ts";
import { inputFields } from "./field.ts";
import { readParameters } from "./parameter.ts";
import { type JsonObject, type SpecReader, text } from "./reader.ts";
import { readRequestBody } from "./request-body.ts";
import { readResponses } from "./response.ts";

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

export function readOperation(
  reader: SpecReader,
  states: Map<string, StatesModel>,
  path: string,
  method: string,
  pathItem: JsonObject,
  operation: JsonObject,
  at: string,
): OperationModel | undefined {
  const operationId = operation.operationId;
  if (typeof operationId !== "string") {
    reader.fail(at, "missing operationId (the generated function is named after it)");
    return undefined;
  }
  if (!OPERATION_ID.test(operationId)) {
    reader.fail(
      `${at}/operationId`,
      `operationId ${JSON.stringify(operationId)} must be lowerCamelCase`,
    );
  }
  const { fields, add } = inputFields(reader);
  readParameters(reader, path, pathItem, operation, at, add);
  const jsonBody = readRequestBody(reader, operation, operationId, at, add);
  const { success, errorBodies } = readResponses(reader, operation, at);

  if (operation["x-cancel-already-terminal"] !== undefined) {
    reader.fail(
      `${at}/x-cancel-already-terminal`,
      "x-cancel-already-terminal is replaced by x-cancel-cancel: { status, ambiguous } (a refusal is settled by a status read)",
    );
  }

  return {
    operationId,
    method: method.toUpperCase(),
    path,
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true,
    fields,
    jsonBody,
    success,
    errorBodies,
    status: readStatusExtension(reader, states, operation, at),
    list: readListExtension(reader, states, operation, fields, at),
    cancel: readCancelExtension(reader, states, operation, at),
    pointer: at,
  };
}
