// Each public package, bundled the way a browser app would bundle one cancel call: it must build
// for platform "browser" with nothing from node: and nothing another vendor needs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

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
    forbidden: [/packages\/huawei-auth\//, /packages\/emr-serverless\//, /packages\/databricks\//],
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
  it.each(packages)("packages/%s/src imports nothing from node:", (name) => {
    const dir = join(root, "packages", name, "src");
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && f.name.endsWith(".ts"),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), "utf8");
      expect(text, `${file.name}`).not.toMatch(
        /from\s+["']node:|require\(["']node:|import\(["']node:/,
      );
    }
  });
});
