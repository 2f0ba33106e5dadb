/**
 * The Responses Object of an operation: which success statuses carry a JSON body (and may come
 * empty), and which error statuses document one.
 */
import { pointerOf } from "../spec-error.ts";
import type { OperationModel } from "../model.ts";
import { isObject, type JsonObject, type SpecReader } from "./reader.ts";

export function readResponses(
  reader: SpecReader,
  operation: JsonObject,
  at: string,
): Pick<OperationModel, "success" | "errorBodies"> {
  const success: OperationModel["success"] = [];
  const errorBodies: string[] = [];
  const responses = operation.responses;
  if (!isObject(responses)) {
    reader.fail(`${at}/responses`, "responses are required");
    return { success, errorBodies };
  }
  for (const [status, raw] of Object.entries(responses)) {
    const resolved = reader.resolve(raw, `${at}/responses${pointerOf(status)}`);
    if (!resolved || !isObject(resolved.node)) continue;
    const content = resolved.node.content;
    const media = isObject(content) ? content["application/json"] : undefined;
    const json = isObject(media);
    if (/^2\d\d$/.test(status)) {
      const schema = json
        ? reader.resolve(media.schema, `${at}/responses${pointerOf(status)}`)?.node
        : undefined;
      const emptyOk =
        isObject(schema) &&
        (schema.type === "object" || isObject(schema.properties)) &&
        !(Array.isArray(schema.required) && schema.required.length > 0);
      success.push({ status, json, emptyOk });
    } else if (json) errorBodies.push(status);
  }
  if (success.length === 0) reader.fail(`${at}/responses`, "no 2xx success response is documented");
  return { success, errorBodies };
}

/** The JSON schema of an operation's first 2xx JSON body. */
export function successSchema(
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
      return {
        node: media.schema,
        pointer: `${response.pointer}/content/application~1json/schema`,
      };
  }
  return undefined;
}
