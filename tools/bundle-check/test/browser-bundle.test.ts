// Each public package, bundled the way a browser app would bundle one cancel call: it must build
// for platform "browser" with nothing from node: and nothing another vendor needs. `@cancel/core`
// is one module per runtime, picked by export conditions: the fetch + WebCrypto one
// (dist/index.js) everywhere but under `node`, where dist/node.js sends with node:http and hashes
// with node:crypto.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Platform } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleFor, FETCH_RUNTIMES } from "./support/conditions.js";

const root = join(import.meta.dirname, "../../..");

const consumers: { pkg: string; code: string; forbidden: RegExp[] }[] = [
  {
    pkg: "@cancel/databricks",
    code: `import { cancelRun, createClient } from "@cancel/databricks"; export const run = () => cancelRun(createClient({ host: "h.cloud.databricks.com", token: "t" }), { runId: 1 });`,
    forbidden: [
      /packages\/huawei-auth\//,
      /packages\/emr-serverless\//,
      /packages\/fabric-workload\//,
    ],
  },
  {
    pkg: "@cancel/emr-serverless",
    code: `import { cancelJobRun, createClient } from "@cancel/emr-serverless"; export const run = () => cancelJobRun(createClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "s" } }), { applicationId: "a", jobRunId: "b" });`,
    forbidden: [/packages\/huawei-auth\//, /packages\/databricks\//, /packages\/fabric-workload\//],
  },
  {
    pkg: "@cancel/huawei-mrs",
    code: `import { stopJob, createClient } from "@cancel/huawei-mrs"; export const run = () => stopJob(createClient({ region: "cn-north-4", credentials: { ak: "a", sk: "s" } }), { projectId: "p", clusterId: "c", jobExecutionId: "j" });`,
    forbidden: [
      /packages\/emr-serverless\//,
      /packages\/databricks\//,
      /packages\/fabric-workload\//,
      /packages\/huawei-dli\//,
    ],
  },
  {
    pkg: "@cancel/huawei-dli",
    code: `import { cancelSqlJob, createClient } from "@cancel/huawei-dli"; export const run = () => cancelSqlJob(createClient({ region: "cn-north-4", credentials: { ak: "a", sk: "s" } }), { projectId: "p", jobId: "j" });`,
    forbidden: [
      /packages\/emr-serverless\//,
      /packages\/databricks\//,
      /packages\/fabric-workload\//,
      /packages\/huawei-mrs\//,
    ],
  },
  {
    pkg: "@cancel/fabric-workload",
    code: `import { cancelItemJobInstance, createClient } from "@cancel/fabric-workload"; export const run = () => cancelItemJobInstance(createClient({ appToken: async () => "t", tenantId: "x" }), { workspaceId: "w", itemType: "t", itemId: "i", jobType: "j", jobInstanceId: "n" });`,
    // The client entry carries none of the workload's side (its handler and jose).
    forbidden: [
      /packages\/huawei-auth\//,
      /packages\/emr-serverless\//,
      /packages\/databricks\//,
      /packages\/fabric-workload\/dist\/server\//,
      /node_modules\/(?:\.pnpm\/)?jose/,
    ],
  },
];

describe.each(consumers)("$pkg", ({ pkg, code, forbidden }) => {
  it("bundles for the browser with no node: import and no other vendor's code", async () => {
    const result = await build({
      stdin: { contents: code, resolveDir: import.meta.dirname, loader: "ts" },
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => /packages\/core\//.test(path))).toBe(true);
    expect(inputs.some((path) => path.startsWith("node:"))).toBe(false);
    // @cancel/core's Node build is the `node` condition's alone.
    expect(inputs.filter((path) => /packages\/core\/dist\/node\.js/.test(path))).toEqual([]);
    // The proxy agent is the Node runtime's alone.
    expect(inputs.filter((path) => /https-proxy-agent|agent-base/.test(path))).toEqual([]);
    for (const pattern of forbidden) {
      expect(
        inputs.filter((path) => pattern.test(path)),
        `${pkg} pulls in ${pattern}`,
      ).toEqual([]);
    }
    const bytes = result.outputFiles[0]!.contents.byteLength;
    console.log(`${pkg}: one-cancel browser bundle ${(bytes / 1024).toFixed(1)} KiB minified`);
    expect(bytes).toBeGreaterThan(1000);
  });
});

/** The files of @cancel/core's runtime that a bundle for these conditions takes. */
async function runtimeFiles(platform: Platform, conditions?: string[]) {
  const { metafile } = await bundleFor(
    `import { sha256Hex, createProviderClient } from "@cancel/core"; export { sha256Hex, createProviderClient };`,
    platform,
    conditions,
  );
  const inputs = Object.keys(metafile.inputs);
  return {
    /** Which of @cancel/core's modules the bundle took. */
    runtime: inputs.filter((path) => /packages\/core\/dist\//.test(path)),
    /** Code from node_modules: none on the fetch runtime (WebCrypto hashes; nothing to bundle). */
    dependencies: inputs.filter((path) => path.includes("node_modules/")),
    nodeBuiltins: inputs.filter((path) => path.startsWith("node:")),
    proxyAgent: inputs.filter((path) => /https-proxy-agent|agent-base/.test(path)),
    /** How @cancel/core imports https-proxy-agent: by `dynamic-import` only, or not at all. */
    proxyAgentImports: Object.entries(metafile.inputs)
      .filter(([path]) => /packages\/core\/dist\//.test(path))
      .flatMap(([, input]) =>
        input.imports.filter((i) => /https-proxy-agent/.test(i.path)).map((i) => i.kind),
      ),
  };
}

describe("@cancel/core's runtime by export condition", () => {
  it("node: the node:http + node:crypto runtime", async () => {
    const files = await runtimeFiles("node");
    expect(files.runtime.map((path) => path.replace(/.*packages\/core\//, ""))).toEqual([
      "dist/node.js",
    ]);
  });

  it("node: https-proxy-agent only by a dynamic import, so an import of a client never loads it", async () => {
    const files = await runtimeFiles("node");
    expect(files.proxyAgentImports.length).toBeGreaterThan(0);
    expect(new Set(files.proxyAgentImports)).toEqual(new Set(["dynamic-import"]));
  });

  it.each(FETCH_RUNTIMES)(
    "%s: the fetch + WebCrypto runtime, no node: import, no dependency",
    async (_name, platform, conditions) => {
      const files = await runtimeFiles(platform, conditions);
      expect(files.runtime.map((path) => path.replace(/.*packages\/core\//, ""))).toEqual([
        "dist/index.js",
      ]);
      expect(files.dependencies).toEqual([]);
      expect(files.nodeBuiltins).toEqual([]);
      expect(files.proxyAgent).toEqual([]);
      expect(files.proxyAgentImports).toEqual([]);
    },
  );
});

// The workload's side of Fabric, `@cancel/fabric-workload/server`, as a Worker, Deno, Bun or a
// browser (a service worker) bundles it: jose and the handler, nothing from node: and not the
// Node adapter (`./server/node`, the one place of the package allowed node: modules).
describe("@cancel/fabric-workload/server", () => {
  const workload = `import { createJobsHandler } from "@cancel/fabric-workload/server";
export default { fetch: createJobsHandler({
  entraId: { publisherTenantId: "t", clientId: "c", audience: "a" },
  cancel: () => ({ status: "Cancelled" }),
  getState: () => ({ status: "Completed" }),
}) };`;
  it.each(FETCH_RUNTIMES)(
    "%s: the handler and jose, no node: import, not the Node adapter",
    async (_name, platform, conditions) => {
      const result = await bundleFor(workload, platform, conditions, { minify: true });
      const inputs = Object.keys(result.metafile.inputs);
      // The server entry is one bundled module (handler, routes and the generated route table).
      const entry = inputs.find((path) =>
        /packages\/fabric-workload\/dist\/server\/index\.js$/.test(path),
      );
      expect(entry).toBeDefined();
      const entrySource = readFileSync(entry!, "utf8");
      expect(entrySource).toContain("// src/generated/server.gen.ts");
      expect(entrySource).toContain("// src/server/handler.ts");
      expect(inputs.some((path) => /jose\/dist\/webapi\//.test(path))).toBe(true);
      expect(inputs.filter((path) => path.startsWith("node:"))).toEqual([]);
      expect(
        inputs.filter((path) => /packages\/fabric-workload\/dist\/server\/node\.js$/.test(path)),
      ).toEqual([]);
      expect(inputs.filter((path) => /packages\/core\/dist\/platform\/node\//.test(path))).toEqual(
        [],
      );
      for (const other of [
        /packages\/huawei-auth\//,
        /packages\/emr-serverless\//,
        /packages\/databricks\//,
      ]) {
        expect(inputs.filter((path) => other.test(path))).toEqual([]);
      }
      const bytes = result.output.contents.byteLength;
      console.log(
        `@cancel/fabric-workload/server (${_name}): ${(bytes / 1024).toFixed(1)} KiB minified`,
      );
    },
  );

  it("the Node adapter is its own entry, ./server/node", async () => {
    const result = await build({
      stdin: {
        contents: `import { toNodeListener } from "@cancel/fabric-workload/server/node"; export { toNodeListener };`,
        resolveDir: import.meta.dirname,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /packages\/fabric-workload\//.test(path))).toEqual([
      expect.stringMatching(/packages\/fabric-workload\/dist\/server\/node\.js$/),
    ]);
  });
});

describe("published sources", () => {
  const packages = [
    "core",
    "databricks",
    "emr-serverless",
    "huawei-auth",
    "huawei-mrs",
    "huawei-dli",
    "fabric-workload",
  ];
  // Only @cancel/core's Node runtime (src/platform/node/, reached through the `node` condition of
  // `#platform` alone) and @cancel/fabric-workload's Node adapter (src/server/node.ts, the
  // `./server/node` entry alone) may use node: modules; nothing else imports either.
  const NODE_RUNTIME = join(root, "packages/core/src/platform/node");
  const NODE_ADAPTER = join(root, "packages/fabric-workload/src/server/node.ts");
  it.each(packages)(
    "packages/%s/src imports nothing from node: outside core's Node runtime",
    (name) => {
      const dir = join(root, "packages", name, "src");
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
        (f) => f.isFile() && f.name.endsWith(".ts"),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        if (file.parentPath === NODE_RUNTIME) continue;
        if (join(file.parentPath, file.name) === NODE_ADAPTER) continue;
        const text = readFileSync(join(file.parentPath, file.name), "utf8");
        expect(text, `${file.name}`).not.toMatch(/from\s+["']\.\/node\.js["']/);
        expect(text, `${file.name}`).not.toMatch(
          /from\s+["']node:|require\(["']node:|import\(["']node:/,
        );
        expect(text, `${file.name}`).not.toMatch(/from\s+["'][./]+(?:platform\/)?node\//);
      }
    },
  );
});
