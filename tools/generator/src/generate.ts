import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import * as prettier from "prettier";
import { emitClient, emitIndex, emitOpenapi, emitOperations, headerLine } from "./emit.ts";
import { emitCancel } from "./emit-cancel.ts";
import { emitServer } from "./emit-server.ts";
import { emitSdkAdapters, emitSdkRegistry, emitTestingRegistry } from "./emit-registry.ts";
import type { SpecModel } from "./model.ts";
import { loadSpec } from "./parser/spec.ts";
import { skeletonFiles } from "./skeleton.ts";
import { SpecError, SpecErrors } from "./spec-error.ts";

export interface GenerateOptions {
  /** Repository root; specs are read from `<root>/specs`, packages written to `<root>/packages`. */
  root: string;
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
}

export interface GenerateResult {
  /** Files written (or, with `check`, files that are stale or missing), relative to root. */
  changed: string[];
  /** Generated files on disk that no spec produces any more, relative to root. */
  removed: string[];
  /** Skeleton files created for new packages, relative to root. */
  created: string[];
  specs: SpecModel[];
}

const PRETTIER_OPTIONS: prettier.Options = {
  parser: "typescript",
  printWidth: 100,
  trailingComma: "all",
  endOfLine: "lf",
};

async function format(code: string): Promise<string> {
  return prettier.format(code, PRETTIER_OPTIONS);
}

const f = ts.factory;
const stringLiteral = (value: string) => f.createLiteralTypeNode(f.createStringLiteral(value));

/** `components["schemas"]["Name"]` for a local `$ref`. */
function refType(ref: string): ts.TypeNode | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  if (!match) return undefined;
  const components = f.createTypeReferenceNode("components");
  return f.createIndexedAccessTypeNode(
    f.createIndexedAccessTypeNode(components, stringLiteral("schemas")),
    stringLiteral(decodeURIComponent(match[1]!)),
  );
}

/**
 * An open enum (`anyOf` of string enums or `$ref`s and a plain string) keeps its documented values
 * in the type: `"A" | "B" | (string & {})`, where `"A" | "B" | string` would collapse to `string`.
 */
function openEnum(schema: unknown): ts.TypeNode | undefined {
  if (
    typeof schema !== "object" ||
    schema === null ||
    !Array.isArray((schema as { anyOf?: unknown }).anyOf)
  )
    return undefined;
  const branches = (schema as { anyOf: unknown[] }).anyOf as Record<string, unknown>[];
  const plain = (b: Record<string, unknown>) =>
    b.type === "string" && Object.keys(b).every((k) => k === "type" || k === "description");
  if (!branches.some(plain)) return undefined;
  const known: ts.TypeNode[] = [];
  for (const branch of branches) {
    if (plain(branch)) continue;
    if (typeof branch.$ref === "string") {
      const node = refType(branch.$ref);
      if (!node) return undefined;
      known.push(node);
    } else if (Array.isArray(branch.enum) && branch.enum.every((v) => typeof v === "string")) {
      known.push(...(branch.enum as string[]).map(stringLiteral));
    } else return undefined;
  }
  const anyString = f.createIntersectionTypeNode([
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    f.createTypeLiteralNode([]),
  ]);
  return f.createUnionTypeNode([...known, f.createParenthesizedType(anyString)]);
}

async function emitSchema(spec: SpecModel): Promise<string> {
  const ast = await openapiTS(
    structuredClone(spec.document) as unknown as Parameters<typeof openapiTS>[0],
    {
      silent: true,
      transform: (schema) => openEnum(schema),
    },
  );
  return `${headerLine(spec)}\n${astToString(ast)}`;
}

/** Every generated file of one spec, keyed by path relative to the repository root. */
export async function renderSpec(spec: SpecModel): Promise<Map<string, string>> {
  const dir = `packages/${spec.id}/src/generated`;
  const files = new Map<string, string>();
  files.set(`${dir}/schema.gen.ts`, await format(await emitSchema(spec)));
  files.set(`${dir}/operations.gen.ts`, await format(emitOperations(spec)));
  files.set(`${dir}/client.gen.ts`, await format(emitClient(spec)));
  const cancel = emitCancel(spec);
  if (cancel !== undefined) files.set(`${dir}/cancel.gen.ts`, await format(cancel));
  // Not re-exported by index.gen.ts: only the package's server entry imports it.
  const server = emitServer(spec);
  if (server !== undefined) files.set(`${dir}/server.gen.ts`, await format(server));
  files.set(`${dir}/index.gen.ts`, await format(emitIndex(spec, cancel !== undefined)));
  files.set(`${dir}/openapi.gen.ts`, await format(emitOpenapi(spec)));
  return files;
}

/** Loads every `specs/*.yaml`; throws SpecErrors with every problem of every spec. */
export function loadSpecs(root: string): SpecModel[] {
  const specsDir = join(root, "specs");
  const names = readdirSync(specsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const specs: SpecModel[] = [];
  const problems: SpecError[] = [];
  for (const name of names) {
    const file = `specs/${name}`;
    try {
      specs.push(
        loadSpec(file, readFileSync(join(specsDir, name), "utf8"), name.slice(0, -".yaml".length)),
      );
    } catch (error) {
      if (error instanceof SpecErrors) problems.push(...error.errors);
      else throw error;
    }
  }
  if (names.length === 0) problems.push(new SpecError("specs/", "", "no *.yaml specs found"));
  if (problems.length > 0) throw new SpecErrors(problems);
  return specs;
}

function listGenerated(root: string): string[] {
  const packagesDir = join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  const out: string[] = [];
  for (const pkg of readdirSync(packagesDir).sort()) {
    const dir = join(packagesDir, pkg, "src", "generated");
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) out.push(`packages/${pkg}/src/generated/${name}`);
  }
  return out;
}

/**
 * Renders every spec in memory first; only when all succeed is anything written, so a broken spec
 * never leaves partial output behind.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { root } = options;
  const specs = loadSpecs(root);
  const rendered = new Map<string, string>();
  for (const spec of specs) {
    try {
      for (const [path, content] of await renderSpec(spec)) rendered.set(path, content);
    } catch (error) {
      if (error instanceof SpecErrors) throw error;
      throw new SpecErrors([
        new SpecError(spec.file, "", `could not generate: ${(error as Error).message}`),
      ]);
    }
  }

  // The vendor registry, into the packages that derive their vendor lists from it.
  const registries: [string, (specs: SpecModel[]) => string][] = [
    ["packages/sdk/src/generated/providers.gen.ts", emitSdkRegistry],
    ["packages/sdk/src/generated/adapters.gen.ts", emitSdkAdapters],
    ["packages/testing/src/generated/vendors.gen.ts", emitTestingRegistry],
  ];
  for (const [path, emit] of registries) {
    const pkg = join(root, path.split("/src/")[0]!, "package.json");
    if (existsSync(pkg)) rendered.set(path, await format(emit(specs)));
  }

  const changed: string[] = [];
  for (const [path, content] of rendered) {
    const full = join(root, path);
    const current = existsSync(full) ? readFileSync(full, "utf8") : undefined;
    if (current !== content) changed.push(path);
  }
  const removed = listGenerated(root).filter((path) => !rendered.has(path));
  const created: string[] = [];
  const skeletons = new Map<string, string>();
  for (const spec of specs) {
    if (existsSync(join(root, "packages", spec.id, "package.json"))) continue;
    for (const [path, content] of skeletonFiles(spec)) {
      if (existsSync(join(root, path))) continue;
      const parser = path.endsWith(".ts")
        ? "typescript"
        : path.endsWith(".json")
          ? "json"
          : "markdown";
      skeletons.set(path, await prettier.format(content, { ...PRETTIER_OPTIONS, parser }));
    }
  }

  if (options.check) {
    return { changed, removed, created: [...skeletons.keys()], specs };
  }
  for (const [path, content] of skeletons) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    created.push(path);
  }
  for (const path of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), rendered.get(path)!);
  }
  for (const path of removed) rmSync(join(root, path));
  return { changed, removed, created, specs };
}

export function relativeTo(root: string, path: string): string {
  return relative(root, path) || ".";
}
