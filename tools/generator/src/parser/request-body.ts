/**
 * The Request Body Object of an operation: a JSON object whose top-level properties become input
 * fields (or an object without properties, sent as `{}`).
 */
import { pointerOf } from "../spec-error.ts";
import type { FieldModel } from "../model.ts";
import { readTargetMode } from "./extensions/target.ts";
import { fieldKey } from "./field.ts";
import { isObject, type JsonObject, type SpecReader, text } from "./reader.ts";
import { literal, toValueRule, tsTypeOf } from "./schema.ts";

/** Adds the body's fields; returns whether the operation takes a JSON body at all. */
export function readRequestBody(
  reader: SpecReader,
  operation: JsonObject,
  operationId: string,
  at: string,
  addField: (field: FieldModel) => void,
): boolean {
  if (operation.requestBody === undefined) return false;
  const bodyAt = `${at}/requestBody`;
  const body = reader.resolve(operation.requestBody, bodyAt);
  const content =
    body && isObject(body.node) && isObject(body.node.content) ? body.node.content : undefined;
  const media = content?.["application/json"];
  if (!content || !isObject(media) || Object.keys(content).length !== 1) {
    reader.fail(bodyAt, "a request body must have exactly one content type, application/json");
    return false;
  }
  const schemaAt = `${bodyAt}/content/application~1json/schema`;
  const schema = reader.resolve(media.schema, schemaAt);
  // An object without properties (Google-style `:cancel` methods) is sent as `{}`.
  const emptyObject =
    schema !== undefined &&
    isObject(schema.node) &&
    schema.node.type === "object" &&
    schema.node.properties === undefined;
  if (emptyObject) return true;
  if (schema && (!isObject(schema.node) || !isObject(schema.node.properties))) {
    reader.fail(schemaAt, "a request body schema must be an object, with properties or none");
    return false;
  }
  if (!schema || !isObject(schema.node) || !isObject(schema.node.properties)) return false;
  const required = new Set(Array.isArray(schema.node.required) ? schema.node.required : []);
  for (const [name, propSchema] of Object.entries(schema.node.properties)) {
    const propAt = `${schema.pointer}/properties${pointerOf(name)}`;
    const rule = toValueRule(reader, propSchema, propAt);
    if (!rule) continue;
    const resolvedProp = reader.resolve(propSchema, propAt)?.node;
    const override = isObject(resolvedProp) ? resolvedProp["x-cancel-name"] : undefined;
    const key = fieldKey(reader, override, name, propAt);
    addField({
      key,
      name,
      in: "body",
      required: required.has(name),
      schema: rule,
      description: isObject(resolvedProp) ? text(resolvedProp.description) : undefined,
      deprecated: isObject(resolvedProp) && resolvedProp.deprecated === true,
      tsType: tsTypeOf(
        rule,
        `NonNullable<operations[${literal(operationId)}]["requestBody"]>["content"]["application/json"][${literal(name)}]`,
      ),
      target: readTargetMode(
        reader,
        isObject(resolvedProp) ? resolvedProp["x-cancel-target"] : undefined,
        propAt,
      ),
      requestId: false,
      pointer: propAt,
    });
  }
  return true;
}
