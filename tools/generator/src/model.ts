import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import {
  type CancelModel,
  type ErrorKindModel,
  readCancelExtension,
  readErrorKinds,
  readRetry,
  readStates,
  readStatusExtension,
  readTargetMode,
  resolveTarget,
  type RetryModel,
  type StatesModel,
  type StatusRuleModel,
  type TargetMode,
  type TargetModel,
} from "./cancel-model.ts";
import { pointerOf, SpecError, SpecErrors } from "./spec-error.ts";

/** The constraints of one field, as `@cancel/core`'s `ValueRule`. */
export interface ValueRule {
  type?: "string" | "integer" | "number" | "boolean" | "array";
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: (string | number | boolean)[];
  const?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: ValueRule;
  minItems?: number;
  maxItems?: number;
  anyOf?: ValueRule[];
}

export type FieldLocation = "path" | "query" | "header" | "body";

export interface FieldModel {
  key: string;
  name: string;
  in: FieldLocation;
  required: boolean;
  schema: ValueRule;
  description: string | undefined;
  deprecated: boolean;
  /** The TypeScript type of the field in the input object. */
  tsType: string;
  /** How the field takes part in the umbrella's target (`x-cancel-target`). */
  target: TargetMode;
  /** The value is the request's own id, for correlation (`x-cancel-request-id: true`). */
  requestId: boolean;
  pointer: string;
}

export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  fields: FieldModel[];
  /** The operation takes a JSON request body (sent as `{}` when no body field is given). */
  jsonBody: boolean;
  /** Success statuses and whether each has a JSON body. */
  /**
   * Success statuses; `json` when the spec gives a JSON body, `emptyOk` when that body is an object
   * with no required members (so an empty body means `{}`).
   */
  success: { status: string; json: boolean; emptyOk: boolean }[];
  /** Error statuses (including `default`) with a JSON body. */
  errorBodies: string[];
  /** Where the operation's answer tells a run's state (`x-cancel-status`). */
  status: StatusRuleModel | undefined;
  /** A cancel's outcomes (`x-cancel-cancel`). */
  cancel: CancelModel | undefined;
  pointer: string;
}

export interface ServerVariableModel {
  default: string;
  enum: string[] | undefined;
  description: string | undefined;
}

export interface ServerModel {
  url: string;
  description: string | undefined;
  variables: Record<string, ServerVariableModel>;
}

export interface ErrorSourceModel {
  from: "header" | "body";
  name?: string;
  pointer?: string;
  transform?: "aws-error-type";
}

export interface ErrorEnvelopeModel {
  code: ErrorSourceModel[];
  message: ErrorSourceModel[];
  requestId: ErrorSourceModel[];
}

export interface SpecModel {
  /** Provider id, from the file name. */
  id: string;
  /** The spec's path relative to the repository root, e.g. `specs/databricks.yaml`. */
  file: string;
  title: string;
  version: string;
  description: string | undefined;
  /** The parsed document, refs unresolved, for openapi-typescript. */
  document: Record<string, unknown>;
  servers: ServerModel[];
  errors: ErrorEnvelopeModel;
  retry: RetryModel;
  /** Vendor answers → `CancelError` kinds (`x-cancel-error-kinds`), first match wins. */
  errorKinds: ErrorKindModel[];
  /** Component schemas of run states (`x-cancel-states`), by name, in spec order. */
  states: StatesModel[];
  operations: OperationModel[];
  /** The umbrella's target of this vendor, derived from the `x-cancel-cancel` operations. */
  target: TargetModel | undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;
const FIELD_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const PROVIDER_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
]);
const CONSTRAINTS = new Set([
  "type",
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "items",
  "minItems",
  "maxItems",
  "anyOf",
]);

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `run_id` → `runId`, `ActivityId` → `activityId`, `x-ms-client-tenant-id` → `xMsClientTenantId`. */
export function lowerCamel(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts
    .map((part, i) =>
      i === 0
        ? part.charAt(0).toLowerCase() + part.slice(1)
        : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join("");
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
function checkAllRefs(reader: SpecReader, node: unknown, pointer: string): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) checkAllRefs(reader, item, `${pointer}/${i}`);
  } else if (isObject(node)) {
    if (typeof node.$ref === "string") reader.resolve(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      if (key !== "$ref") checkAllRefs(reader, value, `${pointer}${pointerOf(key)}`);
    }
  }
}

function toValueRule(reader: SpecReader, raw: unknown, pointer: string): ValueRule | undefined {
  const resolved = reader.resolve(raw, pointer);
  if (!resolved) return undefined;
  const schema = resolved.node;
  const at = resolved.pointer;
  if (!isObject(schema)) {
    reader.fail(at, "schema must be an object");
    return undefined;
  }
  const rule: ValueRule = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || ANNOTATIONS.has(key)) continue;
    if (!CONSTRAINTS.has(key)) {
      reader.fail(
        `${at}${pointerOf(key)}`,
        `unsupported schema keyword "${key}" on an input field (see docs/spec-conventions.md)`,
      );
      continue;
    }
    switch (key) {
      case "type": {
        const types = (Array.isArray(value) ? value : [value]).filter((t) => t !== "null");
        const [only] = types;
        if (only === "object") {
          reader.fail(
            `${at}/type`,
            "object-valued input fields are not supported: their members could not be checked before sending",
          );
        } else if (
          types.length !== 1 ||
          typeof only !== "string" ||
          !["string", "integer", "number", "boolean", "array"].includes(only)
        ) {
          reader.fail(
            `${at}/type`,
            `type must be one scalar type (optionally with "null"), got ${JSON.stringify(value)}`,
          );
        } else {
          rule.type = only as ValueRule["type"];
        }
        break;
      }
      case "format":
      case "pattern":
        if (typeof value !== "string") reader.fail(`${at}/${key}`, `${key} must be a string`);
        else if (key === "pattern") {
          try {
            new RegExp(value, "u");
            rule.pattern = value;
          } catch (error) {
            reader.fail(`${at}/pattern`, `invalid regular expression: ${(error as Error).message}`);
          }
        } else rule.format = value;
        break;
      case "enum":
        if (
          !Array.isArray(value) ||
          value.length === 0 ||
          !value.every((v) => ["string", "number", "boolean"].includes(typeof v))
        ) {
          reader.fail(
            `${at}/enum`,
            "enum must be a non-empty list of strings, numbers or booleans",
          );
        } else rule.enum = value as (string | number | boolean)[];
        break;
      case "const":
        if (!["string", "number", "boolean"].includes(typeof value))
          reader.fail(`${at}/const`, "const must be a scalar");
        else rule.const = value as string | number | boolean;
        break;
      case "items": {
        const items = toValueRule(reader, value, `${at}/items`);
        if (items) rule.items = items;
        break;
      }
      case "anyOf": {
        if (!Array.isArray(value) || value.length === 0) {
          reader.fail(`${at}/anyOf`, "anyOf must be a non-empty list");
          break;
        }
        const branches = value.map((branch, i) => toValueRule(reader, branch, `${at}/anyOf/${i}`));
        if (branches.every((b): b is ValueRule => b !== undefined)) rule.anyOf = branches;
        break;
      }
      default:
        if (typeof value !== "number") reader.fail(`${at}/${key}`, `${key} must be a number`);
        else (rule as Record<string, number>)[key] = value;
    }
  }
  return rule;
}

function literal(value: string | number | boolean): string {
  return JSON.stringify(value);
}

/** The TypeScript type a caller passes for a field with this rule. */
function tsTypeOf(rule: ValueRule, fallback: string): string {
  if (rule.const !== undefined) return literal(rule.const);
  if (rule.enum) return rule.enum.map(literal).join(" | ");
  if (rule.anyOf) {
    const branchTypes = rule.anyOf.map((b) =>
      tsTypeOf({ ...rule, anyOf: undefined, ...b }, fallback),
    );
    const base = tsTypeOf(
      { ...rule, anyOf: undefined, enum: undefined, const: undefined },
      fallback,
    );
    const unique = [...new Set(branchTypes)];
    return unique.includes(base) ? base : unique.join(" | ");
  }
  switch (rule.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return rule.items ? `Array<${tsTypeOf(rule.items, "unknown")}>` : "unknown[]";
    default:
      return fallback;
  }
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function readErrors(reader: SpecReader, raw: unknown): ErrorEnvelopeModel {
  const envelope: ErrorEnvelopeModel = { code: [], message: [], requestId: [] };
  if (!isObject(raw)) {
    reader.fail(
      "/x-cancel-errors",
      "missing x-cancel-errors: say where the vendor puts error code, message and request id",
    );
    return envelope;
  }
  for (const part of ["code", "message", "requestId"] as const) {
    const list = raw[part];
    const at = `/x-cancel-errors/${part}`;
    if (!Array.isArray(list) || list.length === 0) {
      reader.fail(at, "must be a non-empty list of sources");
      continue;
    }
    list.forEach((source, i) => {
      if (!isObject(source) || (source.from !== "header" && source.from !== "body")) {
        reader.fail(`${at}/${i}`, "each source needs from: header or from: body");
        return;
      }
      const out: ErrorSourceModel = { from: source.from };
      if (source.from === "header") {
        if (typeof source.name !== "string")
          reader.fail(`${at}/${i}/name`, "a header source needs a name");
        else out.name = source.name;
      } else if (
        typeof source.pointer !== "string" ||
        !(source.pointer === "" || source.pointer.startsWith("/"))
      ) {
        reader.fail(`${at}/${i}/pointer`, "a body source needs a JSON pointer");
      } else out.pointer = source.pointer;
      if (source.transform !== undefined) {
        if (source.transform !== "aws-error-type")
          reader.fail(`${at}/${i}/transform`, 'the only transform is "aws-error-type"');
        else out.transform = "aws-error-type";
      }
      envelope[part].push(out);
    });
  }
  return envelope;
}

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

function readServers(reader: SpecReader, raw: unknown): ServerModel[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    reader.fail("/servers", "at least one server is required");
    return [];
  }
  return raw.flatMap((server, i): ServerModel[] => {
    const at = `/servers/${i}`;
    if (!isObject(server) || typeof server.url !== "string") {
      reader.fail(at, "a server needs a url");
      return [];
    }
    const variables: Record<string, ServerVariableModel> = {};
    const rawVars = isObject(server.variables) ? server.variables : {};
    for (const [name, variable] of Object.entries(rawVars)) {
      if (!isObject(variable) || typeof variable.default !== "string") {
        reader.fail(
          `${at}/variables${pointerOf(name)}`,
          "a server variable needs a string default",
        );
        continue;
      }
      const values = Array.isArray(variable.enum)
        ? variable.enum.filter((v): v is string => typeof v === "string")
        : undefined;
      variables[name] = {
        default: variable.default,
        enum: values,
        description: text(variable.description),
      };
    }
    for (const match of server.url.matchAll(/\{([^{}]+)\}/g)) {
      if (!variables[match[1]!])
        reader.fail(at, `server url uses {${match[1]}} but declares no such variable`);
    }
    return [{ url: server.url, description: text(server.description), variables }];
  });
}

function readOperation(
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
  const fields: FieldModel[] = [];
  const byKey = new Map<string, FieldModel>();
  const addField = (field: FieldModel) => {
    const clash = byKey.get(field.key);
    if (clash) {
      reader.fail(
        field.pointer,
        `input field "${field.key}" (${field.in} ${field.name}) collides with ${clash.in} ${clash.name} at ${clash.pointer}; rename one with x-cancel-name`,
      );
      return;
    }
    byKey.set(field.key, field);
    fields.push(field);
  };

  // Path-level parameters apply unless the operation redefines the same name and location.
  const params = new Map<string, { raw: unknown; pointer: string }>();
  for (const [list, listAt] of [
    [pathItem.parameters, `${pointerOf("paths", path)}/parameters`],
    [operation.parameters, `${at}/parameters`],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      reader.fail(listAt, "parameters must be a list");
      continue;
    }
    list.forEach((raw, i) => {
      const resolved = reader.resolve(raw, `${listAt}/${i}`);
      if (!resolved || !isObject(resolved.node)) return;
      const p = resolved.node;
      params.set(`${p.in}:${p.name}`, { raw: p, pointer: `${listAt}/${i}` });
    });
  }
  const pathNames = new Set([...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
  for (const { raw, pointer } of params.values()) {
    const p = raw as JsonObject;
    if (typeof p.name !== "string" || !["path", "query", "header"].includes(p.in as string)) {
      reader.fail(
        pointer,
        `parameter needs a name and in: path, query or header (got in: ${JSON.stringify(p.in)})`,
      );
      continue;
    }
    if (p.in === "path") {
      if (p.required !== true)
        reader.fail(pointer, `path parameter ${p.name} must be required: true`);
      if (!pathNames.delete(p.name))
        reader.fail(pointer, `path parameter ${p.name} does not appear in ${path}`);
    }
    if (!isObject(p.schema)) {
      reader.fail(pointer, `parameter ${p.name} needs a schema`);
      continue;
    }
    const schema = toValueRule(reader, p.schema, `${pointer}/schema`);
    if (!schema) continue;
    const key = typeof p["x-cancel-name"] === "string" ? p["x-cancel-name"] : lowerCamel(p.name);
    if (!FIELD_KEY.test(key))
      reader.fail(pointer, `input field name ${JSON.stringify(key)} is not an identifier`);
    const resolvedSchema = reader.resolve(p.schema, `${pointer}/schema`)?.node;
    addField({
      key,
      name: p.name,
      in: p.in as FieldLocation,
      required: p.required === true,
      schema,
      description:
        text(p.description) ??
        (isObject(resolvedSchema) ? text(resolvedSchema.description) : undefined),
      deprecated: p.deprecated === true,
      tsType: tsTypeOf(schema, "unknown"),
      target: readTargetMode(reader, p["x-cancel-target"], pointer),
      requestId: p["x-cancel-request-id"] === true,
      pointer,
    });
  }
  for (const missing of pathNames) {
    reader.fail(at, `path template ${path} uses {${missing}} but no path parameter declares it`);
  }

  let jsonBody = false;
  if (operation.requestBody !== undefined) {
    const bodyAt = `${at}/requestBody`;
    const body = reader.resolve(operation.requestBody, bodyAt);
    const content =
      body && isObject(body.node) && isObject(body.node.content) ? body.node.content : undefined;
    const media = content?.["application/json"];
    if (!content || !isObject(media) || Object.keys(content).length !== 1) {
      reader.fail(bodyAt, "a request body must have exactly one content type, application/json");
    } else {
      const schemaAt = `${bodyAt}/content/application~1json/schema`;
      const schema = reader.resolve(media.schema, schemaAt);
      // An object without properties (Google-style `:cancel` methods) is sent as `{}`.
      const emptyObject =
        schema !== undefined &&
        isObject(schema.node) &&
        schema.node.type === "object" &&
        schema.node.properties === undefined;
      if (emptyObject) {
        jsonBody = true;
      } else if (schema && (!isObject(schema.node) || !isObject(schema.node.properties))) {
        reader.fail(schemaAt, "a request body schema must be an object, with properties or none");
      } else if (schema && isObject(schema.node) && isObject(schema.node.properties)) {
        jsonBody = true;
        const required = new Set(Array.isArray(schema.node.required) ? schema.node.required : []);
        for (const [name, propSchema] of Object.entries(schema.node.properties)) {
          const propAt = `${schema.pointer}/properties${pointerOf(name)}`;
          const rule = toValueRule(reader, propSchema, propAt);
          if (!rule) continue;
          const resolvedProp = reader.resolve(propSchema, propAt)?.node;
          const override = isObject(resolvedProp) ? resolvedProp["x-cancel-name"] : undefined;
          const key = typeof override === "string" ? override : lowerCamel(name);
          if (!FIELD_KEY.test(key))
            reader.fail(propAt, `input field name ${JSON.stringify(key)} is not an identifier`);
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
      }
    }
  }

  const success: { status: string; json: boolean; emptyOk: boolean }[] = [];
  const errorBodies: string[] = [];
  const responses = operation.responses;
  if (!isObject(responses)) {
    reader.fail(`${at}/responses`, "responses are required");
  } else {
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
    if (success.length === 0)
      reader.fail(`${at}/responses`, "no 2xx success response is documented");
  }

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
    cancel: readCancelExtension(reader, states, operation, at),
    pointer: at,
  };
}

/** Parses and checks one spec. Throws SpecErrors listing every problem found. */
export function loadSpec(file: string, source: string, id: string): SpecModel {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SpecErrors(
      doc.errors.map((error) => {
        const pos = error.pos ? lineCounter.linePos(error.pos[0]) : undefined;
        const where = pos ? ` (line ${pos.line}, column ${pos.col})` : "";
        return new SpecError(file, "", `invalid YAML${where}: ${error.message.split("\n")[0]}`);
      }),
    );
  }
  if (!isMap(doc.contents) && !isSeq(doc.contents)) {
    throw new SpecErrors([new SpecError(file, "", "the document is empty or not an object")]);
  }
  const root = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObject(root))
    throw new SpecErrors([new SpecError(file, "", "the document is not an object")]);
  const reader = new SpecReader(file, root);

  if (!PROVIDER_ID.test(id))
    reader.fail("", `file name must be a kebab-case provider id, got ${JSON.stringify(id)}`);
  if (typeof root.openapi !== "string" || !root.openapi.startsWith("3.1.")) {
    reader.fail(
      "/openapi",
      `must be an OpenAPI 3.1 document (openapi: 3.1.x), got ${JSON.stringify(root.openapi)}`,
    );
  }
  const info = isObject(root.info) ? root.info : {};
  if (typeof info.title !== "string" || typeof info.version !== "string") {
    reader.fail("/info", "info needs a title and a version");
  }
  checkAllRefs(reader, root, "");
  const servers = readServers(reader, root.servers);
  const errors = readErrors(reader, root["x-cancel-errors"]);
  const retry = readRetry(reader, root["x-cancel-retry"]);
  const errorKinds = readErrorKinds(reader, root["x-cancel-error-kinds"]);
  const states = readStates(reader);

  const operations: OperationModel[] = [];
  const seenIds = new Map<string, string>();
  if (!isObject(root.paths) || Object.keys(root.paths).length === 0) {
    reader.fail("/paths", "the spec has no paths");
  } else {
    for (const [path, rawItem] of Object.entries(root.paths)) {
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
  operations.sort((a, b) =>
    a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0,
  );
  const target = resolveTarget(reader, operations);
  if (reader.errors.length > 0) throw new SpecErrors(reader.errors);
  return {
    id,
    file,
    title: info.title as string,
    version: info.version as string,
    description: text(info.description),
    document: root,
    servers,
    errors,
    retry,
    errorKinds,
    states: [...states.values()],
    operations,
    target,
  };
}
