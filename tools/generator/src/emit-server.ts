/**
 * `src/generated/server.gen.ts` (`x-cancel-server`): what a request handler for the API needs
 * from the spec: each callback's operation (method, path template, field rules), the status it
 * answers with, and the types of the ids, headers and answer it handles. The handler's runtime
 * (routing, authentication, error answers) is hand-written in the package and reads these.
 */
import { headerLine, jsdoc, literal, upperFirst } from "./emit.ts";
import type { FieldModel, ServerHandlerModel, SpecModel } from "./model.ts";

function pick(input: string, fields: FieldModel[]): string {
  if (fields.length === 0) return "Record<never, never>";
  return `Pick<${input}, ${fields.map((f) => literal(f.key)).join(" | ")}>`;
}

function handlerTypes(handler: ServerHandlerModel): string {
  const op = handler.operation;
  const Name = upperFirst(op.operationId);
  const ids = op.fields.filter((f) => f.in === "path");
  const headers = op.fields.filter((f) => f.in === "header");
  return `${jsdoc([
    `The path parameters of \`${op.operationId}\` a server handler receives, checked against the spec's field rules.`,
  ])}export type ${Name}Ids = ${pick(`${Name}Input`, ids)};

${jsdoc([
  `The header parameters of \`${op.operationId}\` a server handler receives, checked against the spec's field rules.`,
])}export type ${Name}Headers = ${pick(`${Name}Input`, headers)};

${jsdoc([`The body \`${op.operationId}\` answers with status ${handler.status}.`])}export type ${Name}Answer = operations[${literal(op.operationId)}]["responses"][${handler.status}]["content"]["application/json"];
`;
}

export function emitServer(spec: SpecModel): string | undefined {
  if (spec.server === undefined) return undefined;
  const { handlers } = spec.server;
  const imports = handlers.flatMap(({ operation: op }) => [
    `type ${upperFirst(op.operationId)}Input`,
    `${op.operationId}Operation`,
  ]);
  const members = handlers
    .map(({ name, operation: op }) => {
      const Name = upperFirst(op.operationId);
      return `${jsdoc([op.summary, `\`${op.method} ${op.path}\``], "  ")}  ${name}: {
    operationId: ${literal(op.operationId)};
    ids: ${Name}Ids;
    headers: ${Name}Headers;
    answer: ${Name}Answer;
  };`;
    })
    .join("\n");
  return `${headerLine(spec)}
import { ${imports.join(", ")} } from "./operations.gen.js";
import type { operations } from "./schema.gen.js";

${handlers.map(handlerTypes).join("\n")}
/**
 * The operations a server handler of this API answers, by callback name (\`x-cancel-server\`):
 * the ids (path parameters) and headers each callback receives and the answer it returns.
 */
export interface ServerOperations {
${members}
}

/** Each callback's operation (method, path template, field rules) and the status of its answer. */
// Typed by name, as \`allOperations\` is: an inferred type would copy the operations' type nodes.
export const serverRoutes: {
  ${handlers
    .map(
      ({ name, operation: op, status }) =>
        `readonly ${name}: { readonly operation: typeof ${op.operationId}Operation; readonly status: ${status} };`,
    )
    .join("\n  ")}
} = {
  ${handlers
    .map(
      ({ name, operation: op, status }) =>
        `${name}: { operation: ${op.operationId}Operation, status: ${status} }`,
    )
    .join(",\n  ")},
};
`;
}
