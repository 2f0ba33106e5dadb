/**
 * `src/generated/cancel.gen.ts`: a vendor's run states, cancel outcomes, error table and umbrella
 * target, from the spec's `x-cancel-*` extensions. Every accessor is typed against the generated
 * operation types, so a spec change that breaks a mapping fails to compile.
 */
import { headerLine, jsdoc, literal, pascalCase, propertyKey, upperFirst } from "./emit.ts";
import type {
  AnswerMatcher as MatcherModel,
  ListModel,
  OperationModel,
  SpecModel,
  StateSourceModel,
  StatusRuleModel,
} from "./model.ts";

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The exported names of one spec's cancel module. */
export const names = {
  values: (states: string) => `${lowerFirst(states)}Values`,
  statusRule: (operationId: string) => `${operationId}State`,
  cancelRule: (operationId: string) => `${operationId}Rule`,
  confirmed: (operationId: string) => `${operationId}Confirmed`,
  list: (operationId: string) => `${operationId}List`,
  item: (operationId: string) => `${upperFirst(operationId)}Item`,
  scope: (id: string) => `${pascalCase(id)}ListScope`,
  target: (id: string) => `${pascalCase(id)}Target`,
};

function matcherLiteral(m: MatcherModel): string {
  const row = m as Record<string, unknown>;
  const keys = ["status", "codes", "message", "call", "kind", "note"].filter(
    (k) => row[k] !== undefined,
  );
  return `{ ${keys.map((k) => `${k}: ${literal(row[k])}`).join(", ")} }`;
}

function access(path: string[]): string {
  return path
    .map((p) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p) ? `?.${p}` : `?.[${literal(p)}]`))
    .join("");
}

function sources(list: StateSourceModel[], body: string): string {
  return `[${list
    .map(
      (s) =>
        `{ pointer: ${literal(s.pointer)}, read: (body: ${body}) => body${access(s.path)}, values: ${names.values(s.states)} }`,
    )
    .join(", ")}]`;
}

function ruleLiteral(rule: StatusRuleModel, body: string): string {
  const parts = [`state: ${sources(rule.state, body)}`];
  if (rule.result.length > 0) parts.push(`result: ${sources(rule.result, body)}`);
  return `{ ${parts.join(", ")} }`;
}

/** `(input) => ({ a: input.a, … })` from the cancel's input to the status read's input. */
function statusInput(cancel: OperationModel, status: OperationModel): string {
  const own = new Set(cancel.fields.map((f) => f.key));
  const copied = status.fields.filter((f) => f.target !== "omit" && own.has(f.key));
  const omitted = status.fields.filter((f) => f.target === "omit").map((f) => literal(f.key));
  const object = `{ ${copied.map((f) => `${propertyKey(f.key)}: input.${f.key}`).join(", ")} }`;
  const Status = `${upperFirst(status.operationId)}Input`;
  // Fields the client fills itself (`x-cancel-target: omit`) are left for it to fill afresh.
  return omitted.length === 0
    ? `(input) => (${object})`
    : `(input) => (${object} satisfies Omit<${Status}, ${omitted.join(" | ")}>) as ${Status}`;
}

/** The type at a property path of `base`, each step through `NonNullable`. */
function typeAt(base: string, path: string[]): string {
  return path.reduce((type, p) => `NonNullable<${type}>[${literal(p)}]`, base);
}

/** `<op>Item` and `<op>List`: one spec's list operation as `x-cancel-list` describes it. */
function listRule(spec: SpecModel, op: OperationModel, list: ListModel): string {
  const Name = upperFirst(op.operationId);
  const Item = names.item(op.operationId);
  const Output = `${Name}Output`;
  const Input = `${Name}Input`;
  const Target = names.target(spec.id);
  const read = (path: string[], arg: string) => `${arg}${access(path)}`;
  const targetFields = Object.entries(list.target).map(([key, source]) =>
    "input" in source
      ? `${propertyKey(key)}: input.${source.input}`
      : `${propertyKey(key)}: ${read(source.item, "item")} ?? undefined`,
  );
  const required = spec.target!.fields.filter((f) => f.required).map((f) => f.key);
  const page = list.page;
  const pageLiteral =
    page.kind === "token"
      ? `{ kind: "token", input: ${literal(page.input)}, next: (body: ${Output}) => ${read(page.next, "body")}${page.more ? `, more: (body: ${Output}) => ${read(page.more, "body")}` : ""} }`
      : `{ kind: ${literal(page.kind)}, input: ${literal(page.input)}${page.kind === "number" ? `, first: ${page.first}` : ""}${page.total ? `, total: (body: ${Output}) => ${read(page.total, "body")}` : ""} }`;
  const parts = [
    `operation: ${op.operationId}Operation`,
    `scope: { ${list.scope.map((f) => `${propertyKey(f.key)}: ${f.required}`).join(", ")} }`,
    `items: (body: ${Output}) => ${read(list.itemsPath, "body")}`,
    `target: (item: ${Item}, input: ${Input}) => ({ provider: ${literal(spec.id)}, ${targetFields.join(", ")} })`,
    `required: ${literal(required)}`,
    `state: ${ruleLiteral(list.state, Item)}`,
    ...(list.createdAt
      ? [
          `createdAt: { read: (item: ${Item}) => ${read(list.createdAt.path, "item")}, unit: ${literal(list.createdAt.unit)} }`,
        ]
      : []),
    ...(list.name ? [`name: (item: ${Item}) => ${read(list.name.path, "item")}`] : []),
    `page: ${pageLiteral}`,
    ...(list.size ? [`size: ${literal(list.size)}`] : []),
    `filters: ${literal(list.filters)}`,
  ];
  const left = op.fields.map((f) => f.key).filter((k) => !list.scope.some((f) => f.key === k));
  const Scope = names.scope(spec.id);
  const scopeType =
    left.length === 0 ? Input : `Omit<${Input}, ${left.map((k) => literal(k)).join(" | ")}>`;
  return `${jsdoc([`What a selector of ${spec.id}'s runs names: {@link ${op.operationId}}'s inputs but its paging and the filters \`@cancel/sdk\` applies itself (\`x-cancel-list\`).`])}export type ${Scope} = ${scopeType};

${jsdoc([`One run as {@link ${op.operationId}} lists it.`])}export type ${Item} = NonNullable<${typeAt(Output, list.itemsPath)}>[number];

${jsdoc([`How {@link ${op.operationId}} lists this vendor's runs (\`x-cancel-list\`): what \`@cancel/sdk\`'s \`cancelWhere\` walks.`])}export const ${names.list(op.operationId)}: ListRule<${Input}, ${Output}, ${Item}, ${Target}> = {
  ${parts.join(",\n  ")},
};
`;
}

export function emitCancel(spec: SpecModel): string | undefined {
  const statusOps = spec.operations.filter((op) => op.status);
  const cancelOps = spec.operations.filter((op) => op.cancel);
  const listOp = spec.operations.find((op) => op.list);
  if (
    spec.states.length === 0 &&
    statusOps.length === 0 &&
    cancelOps.length === 0 &&
    spec.errorKinds.length === 0
  )
    return undefined;
  const Name = (op: OperationModel) => upperFirst(op.operationId);
  const byId = new Map(spec.operations.map((op) => [op.operationId, op]));
  const types = new Set<string>();
  const values = new Set<string>();
  for (const op of [...statusOps, ...cancelOps, ...(listOp ? [listOp] : [])]) {
    types.add(`type ${Name(op)}Input`);
    types.add(`type ${Name(op)}Output`);
    values.add(`${op.operationId}Operation`);
  }

  const states = spec.states.map((s) => {
    const documented = s.values.map(([v]) => literal(v)).join(" | ");
    return `${jsdoc([
      `The documented values of \`${s.name}\` and the run state each means (\`x-cancel-states\`).${s.description ? `\n\n${s.description}` : ""}`,
    ])}export const ${names.values(s.name)} = {
  ${s.values.map(([v, state]) => `${propertyKey(v)}: ${state === null ? "null" : literal(state)}`).join(",\n  ")},
} as const satisfies StateValues;

/** A \`${s.name}\` value the spec documents${s.open ? ", or any other string (the enum is open: the vendor may add values)" : ""}. */
export type ${s.name} = ${documented}${s.open ? " | (string & {})" : ""};
`;
  });

  const statusRules = statusOps.map(
    (
      op,
    ) => `${jsdoc([`Where {@link ${op.operationId}}'s answer tells the run's state (\`x-cancel-status\`).`])}export const ${names.statusRule(op.operationId)}: RunStateRule<${Name(op)}Output> = ${ruleLiteral(op.status!, `${Name(op)}Output`)};
`,
  );

  const cancelRules = cancelOps.map((op) => {
    const cancel = op.cancel!;
    const status = cancel.status ? byId.get(cancel.status) : undefined;
    const StatusIn = status ? `${Name(status)}Input` : "unknown";
    const StatusOut = status ? `${Name(status)}Output` : "unknown";
    const statusPart = status
      ? `{ operation: ${status.operationId}Operation, input: ${statusInput(op, status)}, state: ${names.statusRule(status.operationId)} }`
      : "undefined";
    const settle = status
      ? `An answer the spec calls ambiguous (${cancel.ambiguous.map((m) => [m.status, ...(m.codes ?? []), m.message].filter((x) => x !== undefined).join(" ")).join("; ") || "none"}) is settled by one {@link ${status.operationId}} read: a run that had already ended is \`already-terminal\`, otherwise the refusal is thrown.`
      : "The vendor has no status read for this cancel: every refusal is thrown.";
    return `${jsdoc([`How {@link ${op.operationId}} ends (\`x-cancel-cancel\`).`])}export const ${names.cancelRule(op.operationId)}: CancelRule<${Name(op)}Input, ${Name(op)}Output, ${StatusIn}, ${StatusOut}> = {
  operation: ${op.operationId}Operation,
  status: ${statusPart},
  answer: ${cancel.answer ? ruleLiteral(cancel.answer, `${Name(op)}Output`) : "undefined"},
  ambiguous: [${cancel.ambiguous.map((m) => matcherLiteral(m)).join(", ")}],${cancel.acceptsEnded ? "\n  acceptsEnded: true," : ""}
};

${jsdoc([
  `${op.summary ?? op.operationId}, with the outcome the vendor confirms: \`cancel-requested\`, \`cancelled\` or \`already-terminal\`.`,
  settle,
  "@throws {ValidationError} when the input breaks a constraint of the spec (nothing is sent).\n@throws {ApiError} when the vendor refuses and the refusal stands.",
])}export function ${names.confirmed(op.operationId)}(
  client: ProviderClient<paths>,
  input: ${Name(op)}Input,
  options?: CallOptions,
): Promise<ConfirmedCancel<${Name(op)}Output, ${StatusOut}>> {
  return cancelConfirmed(client, ${names.cancelRule(op.operationId)}, input, options);
}
`;
  });

  const errorKinds = `${jsdoc(["The vendor's error answers and the kind of failure each is (`x-cancel-error-kinds`), first match wins."])}export const errorKinds: readonly ErrorKindRule[] = [
  ${spec.errorKinds.map((row) => matcherLiteral(row)).join(",\n  ")}
];
`;

  let target = "";
  const list = listOp && spec.target ? `\n${listRule(spec, listOp, listOp.list!)}` : "";
  if (spec.target) {
    const Target = names.target(spec.id);
    const fields = spec.target.fields
      .map(
        (f) =>
          `${f.description ? jsdoc([f.description], "  ") : ""}  ${propertyKey(f.key)}${f.required ? "" : "?"}: ${f.tsType};`,
      )
      .join("\n");
    const variants = spec.target.variants.map((v) => {
      const Input = `${Name(v.cancel)}Input`;
      const inputs = v.fields
        .map(
          (f) =>
            `${propertyKey(f.key)}: target.${f.key}${v.requires.includes(f.key) && !spec.target!.fields.find((t) => t.key === f.key)!.required ? "!" : ""}`,
        )
        .join(", ");
      const omitted = v.cancel.fields.filter((f) => f.target === "omit").map((f) => literal(f.key));
      const defaulted = v.cancel.fields
        .filter((f) => f.target === "optional" && f.required)
        .map((f) => literal(f.key));
      // Fields the client fills itself (`x-cancel-target: omit`, or `optional` ones a target
      // leaves out) are left for it to fill.
      const filled = [...omitted, ...defaulted];
      const shape =
        defaulted.length === 0
          ? `Omit<${Input}, ${filled.join(" | ")}>`
          : `Omit<${Input}, ${filled.join(" | ")}> & Partial<Pick<${Input}, ${defaulted.join(" | ")}>>`;
      const body =
        filled.length === 0 ? `({ ${inputs} })` : `({ ${inputs} } satisfies ${shape}) as ${Input}`;
      return `{ requires: ${literal(v.requires)}, rule: ${names.cancelRule(v.cancel.operationId)}, input: (target: ${Target}): ${Input} => ${body} }`;
    });
    target = `
${jsdoc([`A run on this vendor, named by the vendor's own identifiers: what \`@cancel/sdk\` cancels (the fields of ${spec.target.variants.map((v) => `{@link ${v.cancel.operationId}}`).join(" or ")}).`])}export interface ${Target} {
  provider: ${literal(spec.id)};
${fields}
}

${jsdoc(["Everything the spec says about cancelling this vendor's runs, for `@cancel/sdk`."])}export const profile: ProviderProfile<${Target}> = {
  provider: ${literal(spec.id)},
  targetFields: { ${spec.target.fields.map((f) => `${propertyKey(f.key)}: ${f.required}`).join(", ")} },
  variants: [
    ${variants.join(",\n    ")},
  ],
  errorKinds,${listOp ? `\n  list: ${names.list(listOp.operationId)},` : ""}
};
`;
  }

  const coreImports = [
    "type CallOptions",
    ...(cancelOps.length ? ["cancelConfirmed", "type CancelRule", "type ConfirmedCancel"] : []),
    "type ErrorKindRule",
    "type ProviderClient",
    ...(listOp ? ["type ListRule"] : []),
    ...(spec.target ? ["type ProviderProfile"] : []),
    ...(statusOps.length ? ["type RunStateRule"] : []),
    ...(spec.states.length ? ["type StateValues"] : []),
  ].filter(
    (x) => cancelOps.length > 0 || (x !== "type CallOptions" && x !== "type ProviderClient"),
  );
  const opImports = [...values, ...types].sort((a, b) => {
    const ka = a.replace(/^type /, "");
    const kb = b.replace(/^type /, "");
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return `${headerLine(spec)}
import { ${coreImports.join(", ")} } from "@cancel/core";
${opImports.length ? `import { ${opImports.join(", ")} } from "./operations.gen.js";\n` : ""}${cancelOps.length ? 'import type { paths } from "./schema.gen.js";\n' : ""}
${states.join("\n")}
${statusRules.join("\n")}
${cancelRules.join("\n")}
${errorKinds}${list}${target}`;
}
