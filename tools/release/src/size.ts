// Size budgets: each public package measured as a consumer bundles it — one cancel call (for
// @cancel/core and @cancel/huawei-auth, their smallest real use), bundled with esbuild for the
// browser, minified, gzipped, with every dependency inside. `node tools/release/src/size.ts`
// prints the table; test/size.test.ts holds the sizes to size-budgets.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = import.meta.dirname;

export const consumers: Record<string, string> = {
  "@cancel/core": `import { invoke, createProviderClient, ValidationError } from "@cancel/core"; export { invoke, createProviderClient, ValidationError };`,
  "@cancel/huawei-auth": `import { createHuaweiAuthenticator } from "@cancel/huawei-auth"; export const auth = createHuaweiAuthenticator({ credentials: { ak: "a", sk: "s" } });`,
  "@cancel/databricks": `import { cancelRun, createClient } from "@cancel/databricks"; export const run = () => cancelRun(createClient({ host: "h.cloud.databricks.com", token: "t" }), { runId: 1 });`,
  "@cancel/emr-serverless": `import { cancelJobRun, createClient } from "@cancel/emr-serverless"; export const run = () => cancelJobRun(createClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "s" } }), { applicationId: "a", jobRunId: "b" });`,
  "@cancel/huawei-mrs": `import { stopJob, createClient } from "@cancel/huawei-mrs"; export const run = () => stopJob(createClient({ region: "cn-north-4", credentials: { ak: "a", sk: "s" } }), { projectId: "p", clusterId: "c", jobExecutionId: "j" });`,
  "@cancel/huawei-dli": `import { cancelSqlJob, createClient } from "@cancel/huawei-dli"; export const run = () => cancelSqlJob(createClient({ region: "cn-north-4", credentials: { ak: "a", sk: "s" } }), { projectId: "p", jobId: "j" });`,
  "@cancel/fabric-workload": `import { cancelItemJobInstance, createClient } from "@cancel/fabric-workload"; export const run = () => cancelItemJobInstance(createClient({ appToken: async () => "t", tenantId: "x" }), { workspaceId: "w", itemType: "t", itemId: "i", jobType: "j", jobInstanceId: "n" });`,
  "@cancel/sdk": `import { createCancelClient } from "@cancel/sdk"; export const run = () => createCancelClient({ databricks: { host: "h.cloud.databricks.com", token: "t" } }).cancel({ provider: "databricks", runId: 1 });`,
};

export interface Measure {
  pkg: string;
  minified: number;
  gzip: number;
  budget: number;
}

export function budgets(): Record<string, number> {
  const raw = JSON.parse(readFileSync(join(here, "../size-budgets.json"), "utf8")) as Record<
    string,
    unknown
  >;
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

export async function measure(pkg: string): Promise<Measure> {
  const code = consumers[pkg];
  if (code === undefined) throw new Error(`no size consumer for ${pkg}`);
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    pkg,
    minified: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    budget: budgets()[pkg] ?? 0,
  };
}

export async function measureAll(): Promise<Measure[]> {
  return Promise.all(Object.keys(consumers).map(measure));
}

if (import.meta.main) {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  let over = false;
  for (const m of await measureAll()) {
    over ||= m.gzip > m.budget;
    console.log(
      `${m.pkg.padEnd(26)} ${kib(m.minified).padStart(10)} min ${kib(m.gzip).padStart(9)} gzip  budget ${kib(m.budget).padStart(9)}${m.gzip > m.budget ? "  OVER" : ""}`,
    );
  }
  if (over) process.exitCode = 1;
}
