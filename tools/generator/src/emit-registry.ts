/**
 * The vendor registry: one list of providers, derived from `specs/*.yaml`, that `@cancel/sdk`
 * (types, config keys, target fields) and `@cancel/testing` (vendor list, documented states)
 * import instead of writing vendors out by hand.
 */
import { TERMINAL_RUN_STATES } from "../../../packages/core/src/run-state.ts";
import { names } from "./emit-cancel.ts";
import { jsdoc, literal, pascalCase, propertyKey } from "./emit.ts";
import type { SpecModel } from "./model.ts";
import { lowerCamel } from "./parser/field.ts";

const HEADER = "// generated from specs/*.yaml by tools/generator, regenerate with `pnpm generate`";

/** The specs the umbrella can cancel on: those with `x-cancel-cancel` operations. */
const cancellable = (specs: SpecModel[]) => specs.filter((s) => s.target !== undefined);

/** `emr-serverless` → `emrServerless`: a provider's configuration key. */
export const configKeyOf = (id: string) => lowerCamel(id);

export function emitSdkRegistry(specs: SpecModel[]): string {
  const list = cancellable(specs);
  const imports = list
    .map((s) => {
      const P = pascalCase(s.id);
      const scope = s.operations.some((op) => op.list) ? `, ${names.scope(s.id)}` : "";
      return `import type { ${P}Client, ${P}ClientOptions${scope}, ${names.target(s.id)} } from "@cancel/${s.id}";`;
    })
    .join("\n");
  const listable = list.filter((s) => s.operations.some((op) => op.list));
  const map = (f: (s: SpecModel) => string) =>
    list.map((s) => `  ${literal(s.id)}: ${f(s)};`).join("\n");
  return `${HEADER}
${imports}

${jsdoc(["The providers `@cancel/sdk` speaks to: one per spec, by the id their packages use in errors."])}export const PROVIDERS = [${list.map((s) => literal(s.id)).join(", ")}] as const;

export type ProviderId = (typeof PROVIDERS)[number];

export type { ${list.map((s) => names.target(s.id)).join(", ")} };

${jsdoc(["Where each provider's options live in the umbrella's configuration; also the name its adapter is exported under."])}export const CONFIG_KEYS = {
${list.map((s) => `  ${literal(s.id)}: ${literal(configKeyOf(s.id))},`).join("\n")}
} as const;

export type ConfigKeys = typeof CONFIG_KEYS;

${jsdoc(["Each provider's target (generated from its spec's cancel operations)."])}export interface TargetByProvider {
${map((s) => names.target(s.id))}
}

${jsdoc(["The providers whose spec has a list operation (`x-cancel-list`): those a selector can find runs on."])}export const LISTABLE = [${listable.map((s) => literal(s.id)).join(", ")}] as const;

export type ListableProvider = (typeof LISTABLE)[number];

${jsdoc(["What a selector names on each listable provider: its list operation's scope and the vendor's own filters."])}export interface ListScopeByProvider {
${listable.map((s) => `  ${literal(s.id)}: ${names.scope(s.id)};`).join("\n")}
}

${jsdoc(["Each provider package's `createClient` options."])}export interface ProviderOptions {
${map((s) => `${pascalCase(s.id)}ClientOptions`)}
}

${jsdoc(["Each provider package's client."])}export interface ProviderClients {
${map((s) => `${pascalCase(s.id)}Client`)}
}

${jsdoc([
  "Each provider's target fields (besides `provider`); `?` marks an optional one. Every client knows all of them, so that a target carrying another vendor's field is refused even when that vendor's adapter is not loaded.",
])}export const TARGET_FIELDS = {
${list
  .map(
    (s) =>
      `  ${literal(s.id)}: [${s.target!.fields.map((f) => literal(f.required ? f.key : `${f.key}?`)).join(", ")}],`,
  )
  .join("\n")}
} as const satisfies { readonly [P in ProviderId]: readonly string[] };

${jsdoc(["The JSON type of each target field, for callers that build targets from text (the CLI)."])}export const TARGET_FIELD_TYPES = {
${list
  .map(
    (s) =>
      `  ${literal(s.id)}: { ${s.target!.fields.map((f) => `${propertyKey(f.key)}: ${literal(f.type)}`).join(", ")} },`,
  )
  .join("\n")}
} as const satisfies { readonly [P in ProviderId]: Readonly<Record<string, string>> };
`;
}

export function emitTestingRegistry(specs: SpecModel[]): string {
  const list = cancellable(specs);
  const states = specs.flatMap((s) =>
    s.states.map((st) => {
      const name = `${lowerCamel(s.id)}${st.name}Values`;
      const terminal = st.values.filter(
        ([, state]) => state !== null && TERMINAL_RUN_STATES.has(state as never),
      );
      return `${jsdoc([`The documented \`${st.name}\` values of ${s.id} (\`${s.file}\`).`])}export const ${propertyKey(name)} = [${st.values.map(([v]) => literal(v)).join(", ")}] as const;
export type ${pascalCase(s.id)}${st.name} = (typeof ${name})[number];
${jsdoc([`The terminal ones among them (\`x-cancel-states\`).`])}export const ${name.replace(/Values$/, "Terminal")}: readonly ${pascalCase(s.id)}${st.name}[] = [${terminal.map(([v]) => literal(v)).join(", ")}];
`;
    }),
  );
  return `${HEADER}

${jsdoc(["The vendors the simulators stand in for: one per spec the umbrella cancels on."])}export const VENDORS = [${list.map((s) => literal(s.id)).join(", ")}] as const;

export type Vendor = (typeof VENDORS)[number];

${states.join("\n")}`;
}

/**
 * `@cancel/sdk`'s adapters of every vendor: each vendor's hand-written `src/<id>.ts` exports its
 * adapter under its configuration key (`export const emrServerless = defineAdapter(profile, …)`).
 */
export function emitSdkAdapters(specs: SpecModel[]): string {
  const list = cancellable(specs);
  return `${HEADER}
${list.map((s) => `import { ${configKeyOf(s.id)} } from "../${s.id}.js";`).join("\n")}

${jsdoc(["Every provider's adapter, by provider id (the vendor's `src/<id>.ts`)."])}export const ADAPTERS = {
${list.map((s) => `  ${literal(s.id)}: ${configKeyOf(s.id)},`).join("\n")}
} as const;
`;
}
