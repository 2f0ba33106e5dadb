import type { FieldModel, OperationModel, SpecModel, ValueRule } from "./model.ts";

export const GENERATOR_PATH = "tools/generator";

export function headerLine(spec: SpecModel): string {
  return `// generated from ${spec.file} by ${GENERATOR_PATH}, regenerate with \`pnpm generate\``;
}

/** `emr-serverless` → `EmrServerless`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

export function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A JSDoc block from free text; `*\/` cannot end it early. */
export function jsdoc(lines: (string | undefined)[], indent = ""): string {
  const body = lines
    .filter((line): line is string => line !== undefined && line !== "")
    .join("\n\n")
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((line) => `${indent} *${line ? ` ${line}` : ""}`.trimEnd());
  if (body.length === 0) return "";
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

export function literal(value: unknown): string {
  return JSON.stringify(value);
}

function ruleLiteral(rule: ValueRule): string {
  // Stable key order, so output is byte-identical across runs.
  const entries = Object.entries(rule)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => {
      if (key === "items") return `items: ${ruleLiteral(value as ValueRule)}`;
      if (key === "anyOf") return `anyOf: [${(value as ValueRule[]).map(ruleLiteral).join(", ")}]`;
      return `${key}: ${literal(value)}`;
    });
  return `{ ${entries.join(", ")} }`;
}

export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name);
}

function fieldDoc(field: FieldModel): string {
  const constraint: string[] = [];
  const r = field.schema;
  if (r.format) constraint.push(`format ${r.format}`);
  if (r.minLength !== undefined || r.maxLength !== undefined)
    constraint.push(`length ${r.minLength ?? 0}–${r.maxLength ?? "∞"}`);
  if (r.pattern) constraint.push(`pattern \`${r.pattern}\``);
  if (r.minimum !== undefined || r.maximum !== undefined)
    constraint.push(`range ${r.minimum ?? "-∞"}–${r.maximum ?? "∞"}`);
  const wire = `Sent as ${field.in === "body" ? "body property" : `${field.in} parameter`} \`${field.name}\`${
    constraint.length ? `; ${constraint.join(", ")}` : ""
  }.`;
  return jsdoc([field.description, wire, field.deprecated ? "@deprecated" : undefined], "  ");
}

function outputType(op: OperationModel): string {
  const parts = op.success.map((s) =>
    s.json
      ? `operations[${literal(op.operationId)}]["responses"][${s.status}]["content"]["application/json"]`
      : "undefined",
  );
  return [...new Set(parts)].join(" | ");
}

function errorBodyType(op: OperationModel): string {
  if (op.errorBodies.length === 0) return "unknown";
  return op.errorBodies
    .map((status) => {
      const key = /^\d+$/.test(status) ? status : literal(status);
      return `operations[${literal(op.operationId)}]["responses"][${key}]["content"]["application/json"]`;
    })
    .join(" | ");
}

function emitOperation(op: OperationModel): string {
  const Name = upperFirst(op.operationId);
  const inputFields = op.fields
    .map((f) => `${fieldDoc(f)}  ${propertyKey(f.key)}${f.required ? "" : "?"}: ${f.tsType};`)
    .join("\n");
  const allOptional = op.fields.every((f) => !f.required);
  const fieldRules = op.fields
    .map(
      (f) =>
        `{ key: ${literal(f.key)}, name: ${literal(f.name)}, in: ${literal(f.in)}, required: ${f.required}, schema: ${ruleLiteral(f.schema)} }`,
    )
    .join(",\n    ");
  const docLines = [
    op.summary,
    op.description,
    `\`${op.method} ${op.path}\``,
    [
      "@throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).",
      "@throws {ApiError} when the vendor answers with an error status (status, vendor code, message, request id).",
      op.deprecated ? "@deprecated" : undefined,
    ]
      .filter(Boolean)
      .join("\n"),
  ];
  return `
/** Input of {@link ${op.operationId}}: path, query, header and body fields in one object. */
export interface ${Name}Input {
${inputFields}
}

/** Success body of {@link ${op.operationId}}. */
export type ${Name}Output = ${outputType(op)};

/** Error bodies the spec documents for {@link ${op.operationId}} (found on \`ApiError.body\`). */
export type ${Name}ErrorBody = ${errorBodyType(op)};

/** Description of {@link ${op.operationId}} for \`invoke\` / \`invokeWithMetadata\`. */
export const ${op.operationId}Operation: Operation<${Name}Input, ${Name}Output, paths> = {
  operationId: ${literal(op.operationId)},
  method: ${literal(op.method)},
  path: ${literal(op.path)},
  fields: [
    ${fieldRules}
  ],
  success: { ${op.success.map((x) => `${literal(x.status)}: { json: ${x.json}, emptyOk: ${x.emptyOk} }`).join(", ")} },${
    op.jsonBody && !op.fields.some((f) => f.in === "body") ? "\n  jsonBody: true," : ""
  }${
    op.fields.some((f) => f.requestId)
      ? `\n  requestIdField: ${literal(op.fields.find((f) => f.requestId)!.key)},`
      : ""
  }
};

${jsdoc(docLines)}export function ${op.operationId}(
  client: ProviderClient<paths>,
  input: ${Name}Input${allOptional ? " = {}" : ""},
  options?: CallOptions,
): Promise<${Name}Output> {
  return invoke(client, ${op.operationId}Operation, input, options);
}
`;
}

export function emitOperations(spec: SpecModel): string {
  return `${headerLine(spec)}
import {
  type CallOptions,
  invoke,
  type Operation,
  type ProviderClient,
} from "@cancel/core";
import type { operations, paths } from "./schema.gen.js";
${spec.operations.map(emitOperation).join("\n")}
/** Every operation of this provider, by operationId. */
// Typed by name: an inferred type makes tsc copy the operations' type nodes into the .d.ts with
// comments read from the wrong file, which can land inside a type.
export const allOperations: {
  ${spec.operations.map((op) => `readonly ${op.operationId}: typeof ${op.operationId}Operation;`).join("\n  ")}
} = {
  ${spec.operations.map((op) => `${op.operationId}: ${op.operationId}Operation`).join(",\n  ")}
};
`;
}

export function emitClient(spec: SpecModel): string {
  const Pascal = pascalCase(spec.id);
  const servers = spec.servers.map((server) => {
    const variables = Object.entries(server.variables)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(
        ([name, v]) =>
          `${propertyKey(name)}: { default: ${literal(v.default)}${v.enum ? `, enum: ${literal(v.enum)}` : ""} }`,
      );
    // The description is documentation: a comment here, not a string every bundle carries.
    return `${jsdoc([server.description])}{ url: ${literal(server.url)}, variables: { ${variables.join(", ")} } }`;
  });
  const variableNames = [...new Set(spec.servers.flatMap((s) => Object.keys(s.variables)))].sort();
  // A variable whose every declaration has an enum is typed as that union.
  const variableType = (name: string): string => {
    const declared = spec.servers.map((s) => s.variables[name]).filter((v) => v !== undefined);
    if (declared.some((v) => !v.enum)) return "string";
    return [...new Set(declared.flatMap((v) => v.enum ?? []))].map(literal).join(" | ");
  };
  const source = (s: { from: string; name?: string; pointer?: string; transform?: string }) =>
    `{ ${Object.entries(s)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(", ")} }`;
  const envelope = (["code", "message", "requestId"] as const)
    .map((part) => `${part}: [${spec.errors[part].map(source).join(", ")}]`)
    .join(",\n    ");
  return `${headerLine(spec)}
import {
  type ClientOptions,
  createProviderClient,
  type ProviderClient,
  type ProviderDescriptor,
  resolveServerUrl,
  type ServerDefinition,
} from "@cancel/core";
import type { paths } from "./schema.gen.js";

/** Provider id of this package. */
export const provider = ${literal(spec.id)};

${jsdoc([`${spec.title} (API version ${spec.version}).`])}export const descriptor: ProviderDescriptor = {
  provider,
  errors: {
    ${envelope},
  },${Object.keys(spec.retry).length > 0 ? `\n  retryCodes: ${literal(spec.retry)},` : ""}
};

/** The servers the spec declares; the first is the default. */
export const servers: readonly ServerDefinition[] = [
  ${servers.join(",\n  ")},
];

/** Values for the server URL variables (${variableNames.map((n) => `\`${n}\``).join(", ") || "none"}). */
export type ServerVariables = { ${variableNames.map((n) => `${propertyKey(n)}?: ${variableType(n)}`).join("; ")} };

/** Builds a base URL from the spec's servers, checking each variable against the spec. */
export function serverUrl(variables: ServerVariables = {}, serverIndex = 0): string {
  return resolveServerUrl(servers, variables as Record<string, string | undefined>, serverIndex, provider);
}

/** A client for ${spec.title}, typed from the spec. */
export type ${Pascal}Client = ProviderClient<paths>;

/** Creates a client without vendor auth (the package's \`createClient\` adds it). */
export function create${Pascal}BaseClient(options: ClientOptions): ${Pascal}Client {
  return createProviderClient<paths>(descriptor, options);
}
`;
}

export function emitIndex(spec: SpecModel, withCancel: boolean): string {
  return `${headerLine(spec)}
${withCancel ? 'export * from "./cancel.gen.js";\n' : ""}export * from "./client.gen.js";
export * from "./operations.gen.js";
export type { components, operations, paths } from "./schema.gen.js";
`;
}

/** The package's \`./openapi\` entry: the typed openapi-fetch client, kept out of the main entry. */
export function emitOpenapi(spec: SpecModel): string {
  const Pascal = pascalCase(spec.id);
  return `${headerLine(spec)}
import { type OpenApiClient, openapiClient as coreOpenapiClient } from "@cancel/core/openapi";
import type { ${Pascal}Client } from "./client.gen.js";
import type { paths } from "./schema.gen.js";

export type { OpenApiClient } from "@cancel/core/openapi";

/**
 * The openapi-fetch client of a ${spec.title} client, typed from the spec, for endpoints
 * the generated functions do not wrap. Its requests go through the client's transport (auth,
 * retries, timeouts, limits; vendor errors reject with \`ApiError\`) but skip the generated input
 * checks. A separate entry, so applications that never use it do not load openapi-fetch.
 */
export function openapiClient(client: ${Pascal}Client): OpenApiClient<paths> {
  return coreOpenapiClient(client);
}
`;
}
