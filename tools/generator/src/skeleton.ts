import { pascalCase } from "./emit.ts";
import type { SpecModel } from "./model.ts";

/**
 * Files of a new provider package, written once when a spec appears and never again: after that
 * they are hand-written code (auth adapter, exports, README) the generator does not touch.
 */
export function skeletonFiles(spec: SpecModel): Map<string, string> {
  const dir = `packages/${spec.id}`;
  const Pascal = pascalCase(spec.id);
  const files = new Map<string, string>();
  files.set(
    `${dir}/package.json`,
    `${JSON.stringify(
      {
        name: `@cancel/${spec.id}`,
        version: "0.0.0",
        description: `Typed client for cancelling runs on ${spec.title}.`,
        keywords: ["cancel", "job-run", "typescript", spec.id],
        homepage: `https://github.com/cancel-sdk/cancel/tree/main/packages/${spec.id}#readme`,
        bugs: { url: "https://github.com/cancel-sdk/cancel/issues" },
        repository: {
          type: "git",
          url: "git+https://github.com/cancel-sdk/cancel.git",
          directory: `packages/${spec.id}`,
        },
        license: "MIT",
        type: "module",
        sideEffects: false,
        engines: { node: ">=20" },
        // ESM only; CommonJS consumers load it with require(esm) (Node 20.19+/22.12+):
        // docs/releasing.md. The same shape as every public package (publint/attw check it).
        exports: {
          ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
          "./openapi": {
            types: "./dist/generated/openapi.gen.d.ts",
            default: "./dist/generated/openapi.gen.js",
          },
          "./package.json": "./package.json",
        },
        main: "./dist/index.js",
        types: "./dist/index.d.ts",
        // For TypeScript's node10 resolution of the ./openapi subpath (attw checks it).
        typesVersions: { "*": { openapi: ["./dist/generated/openapi.gen.d.ts"] } },
        files: ["dist", "src", "!src/**/*.test.ts"],
        publishConfig: { access: "public" },
        scripts: {
          // One bundled ES module per entry (Node loads each file of a package at import);
          // declarations file by file from tsc. Every package import stays external.
          build:
            "node -e \"require('node:fs').rmSync('dist',{recursive:true,force:true})\" && tsc -p tsconfig.build.json --emitDeclarationOnly && esbuild src/index.ts src/generated/openapi.gen.ts --bundle --splitting --format=esm --platform=neutral --target=es2022 --packages=external --outdir=dist --outbase=src --sourcemap --log-level=warning",
          typecheck: "tsc -p tsconfig.json --noEmit",
          lint: "biome lint .",
          "lint:package": "publint --strict && attw --pack . --ignore-rules cjs-resolves-to-esm",
          test: "vitest run --typecheck",
        },
        dependencies: { "@cancel/core": "workspace:^" },
        devDependencies: { esbuild: "0.28.2" },
      },
      null,
      2,
    )}\n`,
  );
  files.set(
    `${dir}/tsconfig.json`,
    `${JSON.stringify(
      {
        extends: "../../tsconfig.base.json",
        compilerOptions: {
          rootDir: ".",
          noEmit: true,
          allowImportingTsExtensions: true,
          types: ["node"],
        },
        include: ["src", "test", "vitest.config.ts"],
      },
      null,
      2,
    )}\n`,
  );
  files.set(
    `${dir}/tsconfig.build.json`,
    `${JSON.stringify(
      {
        extends: "../../tsconfig.base.json",
        compilerOptions: { rootDir: "src", outDir: "dist", types: [] },
        include: ["src"],
        exclude: ["src/**/*.test.ts"],
      },
      null,
      2,
    )}\n`,
  );
  files.set(
    `${dir}/vitest.config.ts`,
    `import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
`,
  );
  files.set(
    `${dir}/src/index.ts`,
    `export * from "./generated/index.gen.js";
export { type ${Pascal}ClientOptions, createClient } from "./client.js";
`,
  );
  files.set(
    `${dir}/src/client.ts`,
    `import type { ClientOptions } from "@cancel/core";
import { create${Pascal}BaseClient, type ${Pascal}Client, type ServerVariables, serverUrl } from "./generated/client.gen.js";

export interface ${Pascal}ClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Full base URL; defaults to the spec's first server filled with \`server\`. */
  baseUrl?: string;
  /** Values for the spec's server variables. */
  server?: ServerVariables;
}

/**
 * Creates a ${spec.title} client. Vendor auth goes into \`authenticate\`: see
 * docs/adding-a-provider.md for the auth adapter this package still needs.
 */
export function createClient(options: ${Pascal}ClientOptions = {}): ${Pascal}Client {
  const { baseUrl, server, ...rest } = options;
  return create${Pascal}BaseClient({ ...rest, baseUrl: baseUrl ?? serverUrl(server) });
}
`,
  );
  files.set(
    `${dir}/README.md`,
    `# @cancel/${spec.id}

Typed client for ${spec.title}, generated from \`${spec.file}\`.

## Install

\`\`\`sh
npm install @cancel/${spec.id}
\`\`\`

## First call

\`\`\`ts
import { createClient, ${spec.operations[0]?.operationId ?? "someOperation"} } from "@cancel/${spec.id}";
\`\`\`

## Retries and defaults

Every call goes through \`@cancel/core\`'s transport (3 attempts, full-jitter backoff, 30 s per
attempt, 120 s deadline, \`https:\` only, no redirects); the full table is in the root README's
transport defaults.

## Module format and runtimes

ES modules only, with type declarations; Node 20+, browsers and bundlers. CommonJS code can
\`require()\` it on Node 20.19+ / 22.12+ (\`require(esm)\`).
`,
  );
  return files;
}
