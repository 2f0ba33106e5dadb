#!/usr/bin/env node
// Consumer smoke test: what a new user gets from npm, tried before anything is published.
//
// 1. `pnpm pack` every public package (built `dist/` must exist: run after `turbo run build`).
//    pnpm rewrites `workspace:` ranges to real versions; the script fails if any survive.
// 2. Scratch project A, outside the workspace, `npm install`s every tarball (openapi-fetch and its
//    helper come from the registry, nothing is linked). There, under Node 20 and Node 24:
//      - an ESM consumer (`import`) and a CommonJS consumer (`require`, i.e. require(esm)) cancel
//        one run per provider against a local node:http handler on 127.0.0.1;
//    and with the workspace's TypeScript and esbuild:
//      - `tsc --noEmit` of a consumer file under `moduleResolution` `node16` and `bundler`
//        (skipLibCheck off, so our declaration files are checked too);
//      - an esbuild bundle of it for the browser platform (no node: import may appear).
// 3. Scratch project B installs @cancel/databricks as the root README's "Installing before the
//    first release" says: `pnpm pack:local @cancel/databricks --out <project>/vendor/cancel`, then
//    `npm install ./vendor/cancel/*.tgz` in the project. It runs the package README's first call
//    under Node 20 and Node 24, type-checks it under both resolutions, and checks that its lockfile
//    holds no other vendor's code.
// 4. Scratch project C installs @cancel/testing (and its @cancel/* dependencies) without its
//    optional peer msw. Under Node 20 and 24: `@cancel/testing` and `@cancel/testing/node` load,
//    through `import` and `require`, and answer a cancel (in memory, then over 127.0.0.1);
//    `import("@cancel/testing/msw")` fails saying to install msw (`require` gets Node's own
//    "Cannot find package 'msw'": that entry has no top-level await). Then, with the workspace's
//    msw installed, the msw handlers cancel a run through `setupServer` (on the Node versions
//    msw supports).
//
// Usage: node tools/release/smoke.mjs [--keep]. Node 20 is found on PATH (`which -a node`) or
// given as SMOKE_NODE20=/path/to/node; Node 24 is the workspace's (the `node` devDependency).
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packLocal } from "./pack-local.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const require = createRequire(import.meta.url);
export const PUBLIC_PACKAGES = [
  "core",
  "databricks",
  "emr-serverless",
  "huawei-auth",
  "huawei-mrs",
  "huawei-dli",
  "fabric-workload",
  "sdk",
  "cli",
  "testing",
];
const keep = process.argv.includes("--keep");
const started = Date.now();

function log(message) {
  console.log(`[smoke ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(" ")} (in ${options.cwd ?? process.cwd()}) exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

function nodeMajor(bin) {
  try {
    return Number(execFileSync(bin, ["-p", "process.versions.node.split('.')[0]"]).toString());
  } catch {
    return undefined;
  }
}

function findNode20() {
  if (process.env.SMOKE_NODE20) return process.env.SMOKE_NODE20;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const bin = join(dir, "node");
    if (nodeMajor(bin) === 20) return bin;
  }
  for (const bin of ["/usr/local/bin/node", "/usr/bin/node"]) {
    if (nodeMajor(bin) === 20) return bin;
  }
  return undefined;
}

/** Whether `version` (`v22.12.0`) meets an engines range of the form `>=22.12.0` (others: yes). */
function satisfiesMinimum(version, range) {
  const minimum = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range ?? "");
  if (!minimum) return true;
  const have = version.replace(/^v/, "").split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const want = Number(minimum[i + 1] ?? 0);
    if (have[i] !== want) return have[i] > want;
  }
  return true;
}

function pnpmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath)) return [process.execPath, [execpath]];
  return ["npx", ["-y", "pnpm@10.34.8"]];
}

// ── the consumer files ──────────────────────────────────────────────────────────────────────────

const project = "37caa80116e1403ab603e5eeb48a2f74";
const fabricIds = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
};

/** A tiny vendor stand-in: answers each provider's cancel (and Databricks' getRun) on 127.0.0.1. */
const serverSource = `
const http = require("node:http");
function startServer() {
  const seen = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    seen.push(req.method + " " + url.pathname + " auth=" + Boolean(req.headers.authorization || req.headers["x-auth-token"]));
    const json = (status, body) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
    req.resume();
    req.on("end", () => {
      const p = url.pathname;
      if (p === "/api/2.2/jobs/runs/cancel") return json(200, {});
      if (p === "/api/2.2/jobs/runs/get") return json(200, { run_id: 455644833, state: { life_cycle_state: "TERMINATED", result_state: "CANCELED" } });
      if (p.startsWith("/applications/")) return json(200, { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" });
      if (p.endsWith("/kill")) { res.writeHead(200); return res.end(); }
      if (p.startsWith("/v1.0/")) return json(200, { is_success: true, message: "" });
      if (p.startsWith("/workload/")) return json(200, { status: "Cancelled" });
      json(404, { message: "no route " + p });
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, seen, base: "http://127.0.0.1:" + server.address().port })));
}
module.exports = { startServer };
`;

function callsSource(mod) {
  // mod(name) is how the consumer gets a package: `await import(name)` or `require(name)`.
  return `
async function cancelEverywhere(base) {
  const databricks = ${mod("@cancel/databricks")};
  const emr = ${mod("@cancel/emr-serverless")};
  const mrs = ${mod("@cancel/huawei-mrs")};
  const dli = ${mod("@cancel/huawei-dli")};
  const fabric = ${mod("@cancel/fabric-workload")};
  const core = ${mod("@cancel/core")};
  const results = {};
  results.databricks = await databricks.cancelRun(
    databricks.createClient({ host: base, token: "dapi0123456789abcdef", allowInsecureLoopback: true }),
    { runId: 455644833 });
  results.emr = await emr.cancelJobRun(
    emr.createClient({ region: "us-east-1", baseUrl: base, allowInsecureLoopback: true,
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }),
    { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" });
  results.mrs = await mrs.stopJob(
    mrs.createClient({ region: "cn-north-4", baseUrl: base, allowInsecureLoopback: true, credentials: { ak: "AK", sk: "SK" } }),
    { projectId: "${project}", clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df", jobExecutionId: "2de74673-1a78-48af-a95b-e1fec4a4ae9c" });
  results.dli = await dli.cancelSqlJob(
    dli.createClient({ region: "cn-north-4", baseUrl: base, allowInsecureLoopback: true, credentials: { ak: "AK", sk: "SK" } }),
    { projectId: "${project}", jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992" });
  results.fabric = await fabric.cancelItemJobInstance(
    fabric.createClient({ baseUrl: base + "/workload", allowInsecureLoopback: true, tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
      appToken: async () => "app-token", subjectToken: async () => "subject-token" }),
    ${JSON.stringify(fabricIds)});
  let validation;
  try {
    await databricks.cancelRun(databricks.createClient({ host: base, token: "t", allowInsecureLoopback: true }), { runId: 1.5 });
  } catch (error) {
    validation = error instanceof core.ValidationError || String(error);
  }
  return { results, validation };
}
`;
}

const mainSource = (kind) => `
  const { server, seen, base } = await startServer();
  try {
    const { results, validation } = await cancelEverywhere(base);
    const expected = { databricks: {}, emr: { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" },
      mrs: undefined, dli: { is_success: true, message: "" }, fabric: { status: "Cancelled" } };
    const actual = JSON.stringify(results), wanted = JSON.stringify(expected);
    if (actual !== wanted) throw new Error("unexpected results " + actual + " != " + wanted);
    if (validation !== true) throw new Error("bad input did not throw @cancel/core ValidationError: " + validation);
    if (seen.length !== 5 || seen.some((line) => !line.endsWith("auth=true"))) throw new Error("requests: " + seen.join("; "));
    console.log("${kind} ok on node " + process.version + ": " + seen.length + " cancels");
  } finally {
    server.close();
  }
`;

const esmConsumer = `import { createRequire } from "node:module";
const { startServer } = createRequire(import.meta.url)("./server.cjs");
${callsSource((name) => `await import(${JSON.stringify(name)})`)}
${mainSource("esm")}
`;

const cjsConsumer = `"use strict";
const { startServer } = require("./server.cjs");
${callsSource((name) => `require(${JSON.stringify(name)})`)}
(async () => {
${mainSource("cjs (require(esm))")}
})().catch((error) => { console.error(error); process.exitCode = 1; });
`;

/** Type-checked and bundled, never run: every provider's cancel with typed inputs and results. */
const typedConsumer = `import { ApiError, ValidationError } from "@cancel/core";
import { cancelRun, createClient as databricksClient, getRun } from "@cancel/databricks";
import { cancelJobRun, createClient as emrClient } from "@cancel/emr-serverless";
import { cancelItemJobInstance, createClient as fabricClient } from "@cancel/fabric-workload";
import { cancelSqlJob, createClient as dliClient } from "@cancel/huawei-dli";
import { createClient as mrsClient, stopJob, stopJobConfirmed } from "@cancel/huawei-mrs";

export async function cancelAll(): Promise<string[]> {
  const out: string[] = [];
  const db = databricksClient({ host: "adb-1.7.azuredatabricks.net", token: "t" });
  const cancelled: object = await cancelRun(db, { runId: 455644833 });
  const run = await getRun(db, { runId: 455644833 });
  out.push(String(run.state?.life_cycle_state), JSON.stringify(cancelled));
  const emr = await cancelJobRun(emrClient({ region: "eu-west-1" }), { applicationId: "a", jobRunId: "b" });
  out.push(emr.jobRunId);
  const mrsInput = { projectId: "p", clusterId: "c", jobExecutionId: "j" };
  const mrs: undefined = await stopJob(mrsClient({ region: "cn-north-4" }), mrsInput);
  out.push(String(mrs));
  const confirmed = await stopJobConfirmed(mrsClient({ region: "cn-north-4" }), mrsInput);
  const outcome: "cancel-requested" | "cancelled" | "already-terminal" = confirmed.outcome;
  out.push(outcome, String(confirmed.state?.terminal));
  const dli = await cancelSqlJob(dliClient({ region: "cn-north-4" }), { projectId: "p", jobId: "j" });
  out.push(String(dli.is_success));
  const fabric = fabricClient({ appToken: async () => "t", tenantId: "x" });
  await cancelItemJobInstance(fabric, { workspaceId: "w", itemType: "t", itemId: "i", jobType: "j", jobInstanceId: "n" });
  return out;
}

export function describe(error: unknown): string {
  if (error instanceof ValidationError) return "bad input: " + error.message;
  if (error instanceof ApiError) return \`\${error.status} \${error.code ?? ""} \${error.requestId ?? ""}\`;
  return String(error);
}

// @ts-expect-error runId is a number
cancelRun(databricksClient(), { runId: "455644833" });
`;

// node16 and bundler are the two resolutions ESM consumers use. A CommonJS TypeScript consumer
// (package without "type": "module") gets our ESM-only packages through require(esm), which
// TypeScript accepts from 5.8 on under `module` `nodenext` (or `node20` from 5.9), not `node16`.
const TS_SETUPS = [
  { module: "node16", moduleResolution: "node16", type: "module" },
  { module: "esnext", moduleResolution: "bundler", type: "module" },
  { module: "nodenext", moduleResolution: "nodenext", type: "commonjs", cjs: true },
];

function tsconfig({ module, moduleResolution }) {
  return JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module,
      moduleResolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ["consumer.ts"],
  });
}

/** Project C, no msw: each entry of @cancel/testing, through import and require. */
const testingWithoutMsw = `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const cancel = (origin, runId) => new Request(origin + "/api/2.2/jobs/runs/cancel", {
  method: "POST",
  headers: { authorization: "Bearer dapi-test", "content-type": "application/json" },
  body: JSON.stringify({ run_id: runId }),
});

// The simulators alone answer fetch Requests.
const { createSimulators } = await import("@cancel/testing");
const sims = createSimulators();
sims.databricks.addRun({ runId: 7 });
const answer = await sims.databricks.handle(cancel("https://dbc-test.cloud.databricks.com", 7));
if (answer.status !== 200 || sims.databricks.runState(7)?.resultState !== "CANCELED")
  throw new Error("@cancel/testing: cancel answered " + answer.status);

// The loopback servers.
const { startSimulators } = await import("@cancel/testing/node");
const running = await startSimulators();
try {
  running.sims.databricks.addRun({ runId: 8 });
  const response = await fetch(cancel(running.urls.databricks, 8));
  if (response.status !== 200 || running.sims.databricks.runState(8)?.resultState !== "CANCELED")
    throw new Error("@cancel/testing/node: cancel over http answered " + response.status);
} finally {
  await running.close();
}

// The msw entry says what is missing.
const mswError = await import("@cancel/testing/msw").then(() => undefined, (error) => error);
if (!mswError?.message.includes("npm install -D msw"))
  throw new Error("import @cancel/testing/msw without msw: " + (mswError?.message ?? "loaded"));

// require(esm): the same entries; the msw one without top-level await, so Node's own error.
if (typeof require("@cancel/testing").createSimulators !== "function") throw new Error("require .");
if (typeof require("@cancel/testing/node").startSimulators !== "function") throw new Error("require ./node");
let requireError;
try { require("@cancel/testing/msw"); } catch (error) { requireError = error; }
if (!/Cannot find package 'msw'/.test(requireError?.message))
  throw new Error("require @cancel/testing/msw without msw: " + (requireError?.message ?? "loaded"));

console.log("@cancel/testing without msw ok on node " + process.version +
  ": . and ./node cancel (import, require); ./msw says: " + mswError.message.split(":")[0]);
`;

/** Project C, msw installed: the msw handlers through import and require. */
const testingWithMsw = `import { createRequire } from "node:module";
import { createSimulators } from "@cancel/testing";
import { simulatorHandlers } from "@cancel/testing/msw";
import { setupServer } from "msw/node";

const sims = createSimulators();
const server = setupServer(...simulatorHandlers(sims));
server.listen({ onUnhandledRequest: "error" });
try {
  sims.databricks.addRun({ runId: 9 });
  const response = await fetch("https://dbc-test.cloud.databricks.com/api/2.2/jobs/runs/cancel", {
    method: "POST",
    headers: { authorization: "Bearer dapi-test", "content-type": "application/json" },
    body: JSON.stringify({ run_id: 9 }),
  });
  if (response.status !== 200 || sims.databricks.runState(9)?.resultState !== "CANCELED")
    throw new Error("@cancel/testing/msw: cancel answered " + response.status);
} finally {
  server.close();
}
const required = createRequire(import.meta.url)("@cancel/testing/msw");
if (required.simulatorHandlers !== simulatorHandlers) throw new Error("require ./msw: other module");
console.log("@cancel/testing/msw with msw ok on node " + process.version + ": setupServer cancels");
`;

// ── helpers that act on a scratch project ──────────────────────────────────────────────────────

function npmInstall(dir, tarballs) {
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "cancel-smoke-consumer", private: true, version: "1.0.0" }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], {
    cwd: dir,
  });
}

function typecheck(dir, file, { commonjs = true } = {}) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  writeFileSync(join(dir, "consumer.ts"), file);
  const manifest = readFileSync(join(dir, "package.json"), "utf8");
  for (const setup of TS_SETUPS.filter((s) => commonjs || !s.cjs)) {
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ ...JSON.parse(manifest), type: setup.type }),
    );
    writeFileSync(join(dir, "tsconfig.json"), tsconfig(setup));
    run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir });
    log(
      `tsc --noEmit ok: module ${setup.module}, moduleResolution ${setup.moduleResolution}, package type ${setup.type}`,
    );
  }
  writeFileSync(join(dir, "package.json"), manifest);
}

async function bundleForBrowser(dir) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(dir, "consumer.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: dir,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const nodeImports = inputs.filter((path) => path.startsWith("node:"));
  if (nodeImports.length > 0) throw new Error(`browser bundle imports ${nodeImports}`);
  const fromWorkspace = inputs.filter(
    (path) => !path.includes("node_modules/") && path !== "consumer.ts",
  );
  if (fromWorkspace.length > 0)
    throw new Error(`browser bundle reached outside node_modules: ${fromWorkspace}`);
  log(
    `esbuild browser bundle ok (${(result.outputFiles[0].contents.byteLength / 1024).toFixed(1)} KiB minified)`,
  );
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const node20 = findNode20();
  const node24 = process.execPath;
  if (nodeMajor(node24) < 22)
    throw new Error(
      `run through pnpm so the workspace's Node 24 runs this (got ${process.version})`,
    );
  if (!node20) {
    if (process.env.SMOKE_ALLOW_NO_NODE20 !== "1") {
      throw new Error(
        "no Node 20 found on PATH; set SMOKE_NODE20=/path/to/node20 (or SMOKE_ALLOW_NO_NODE20=1 to skip it)",
      );
    }
    log("no Node 20 found: SMOKE_ALLOW_NO_NODE20=1, testing Node 24 only");
  }
  const nodes = [node20, node24].filter(Boolean);
  const scratch = mkdtempSync(join(tmpdir(), "cancel-smoke-"));
  log(
    `scratch ${scratch}; nodes ${nodes.map((bin) => `${bin} (${execFileSync(bin, ["-v"]).toString().trim()})`).join(", ")}`,
  );
  try {
    // 1. pack
    const packs = join(scratch, "tarballs");
    mkdirSync(packs);
    const [pnpm, pnpmArgs] = pnpmCommand();
    const tarballs = {};
    for (const id of PUBLIC_PACKAGES) {
      const dir = join(root, "packages", id);
      readdirSync(join(dir, "dist")); // fails clearly when the package was not built
      const before = new Set(readdirSync(packs));
      run(pnpm, [...pnpmArgs, "pack", "--pack-destination", packs], { cwd: dir });
      const tarball = readdirSync(packs).find((name) => !before.has(name));
      tarballs[id] = join(packs, tarball);
      const manifest = execFileSync("tar", [
        "-xzOf",
        tarballs[id],
        "package/package.json",
      ]).toString();
      if (manifest.includes("workspace:"))
        throw new Error(`${tarball} still has a workspace: range`);
      const listing = execFileSync("tar", ["-tzf", tarballs[id]]).toString();
      if (/\.test\.ts|\/test\/|tsconfig/.test(listing))
        throw new Error(`${tarball} ships test or config files:\n${listing}`);
    }
    log(
      `packed ${Object.values(tarballs)
        .map((path) => path.split("/").pop())
        .join(", ")}`,
    );

    // 2. every package
    const all = join(scratch, "all");
    mkdirSync(all);
    npmInstall(all, Object.values(tarballs));
    log("npm install of all tarballs ok");
    writeFileSync(join(all, "server.cjs"), serverSource);
    writeFileSync(join(all, "consumer.mjs"), esmConsumer);
    writeFileSync(join(all, "consumer.cjs"), cjsConsumer);
    for (const bin of nodes) {
      for (const file of ["consumer.mjs", "consumer.cjs"]) {
        const result = run(bin, [file], { cwd: all });
        log(result.stdout.trim());
        if (/ExperimentalWarning/.test(result.stderr))
          log(`note (${file}): ${result.stderr.trim().split("\n")[0]}`);
      }
    }
    typecheck(all, typedConsumer);
    await bundleForBrowser(all);

    // 3. only @cancel/databricks, installed from a clone as the root README says, with the package
    // README's first call
    const db = join(scratch, "databricks-only");
    mkdirSync(db);
    const packedLocally = packLocal("@cancel/databricks", join(db, "vendor/cancel"), {
      build: false,
    });
    log(`pack:local packed ${packedLocally.map((path) => path.split("/").pop()).join(", ")}`);
    writeFileSync(join(db, "package.json"), '{ "name": "databricks-only", "private": true }\n');
    run("sh", ["-c", "npm install --no-audit --no-fund --loglevel=error ./vendor/cancel/*.tgz"], {
      cwd: db,
    });
    const lock = JSON.parse(readFileSync(join(db, "package-lock.json"), "utf8"));
    const installed = Object.keys(lock.packages)
      .filter(Boolean)
      .map((path) => path.replace(/^.*node_modules\//, ""))
      .sort();
    const allowed = [
      "@cancel/core",
      "@cancel/databricks",
      "openapi-fetch",
      "openapi-typescript-helpers",
      // @cancel/core's proxy tunnel on Node, loaded on a first request through a proxy only.
      "agent-base",
      "debug",
      "https-proxy-agent",
      "ms",
      "proxy-agent-negotiate",
    ];
    const extra = installed.filter((name) => !allowed.includes(name));
    if (extra.length > 0) throw new Error(`@cancel/databricks pulls in ${extra.join(", ")}`);
    log(`@cancel/databricks installs only: ${installed.join(", ")}`);
    const readme = readFileSync(join(root, "packages/databricks/README.md"), "utf8");
    const example =
      /```ts\n(import \{ cancelRun, createClient, getRun \} from "@cancel\/databricks";[\s\S]*?)```/.exec(
        readme,
      )?.[1];
    if (!example) throw new Error("packages/databricks/README.md: first-call example not found");
    // The README's example verbatim, except that the client may talk plain http to the local handler.
    const runnable = example.replace(
      "createClient()",
      "createClient({ allowInsecureLoopback: true })",
    );
    writeFileSync(join(db, "server.cjs"), serverSource);
    writeFileSync(
      join(db, "readme.mjs"),
      `import { createRequire } from "node:module";
const { startServer } = createRequire(import.meta.url)("./server.cjs");
const { server, seen, base } = await startServer();
process.env.DATABRICKS_HOST = base;
process.env.DATABRICKS_TOKEN = "dapi0123456789abcdef0123456789abcdef";
try {
  await import("./example.mjs");
  if (seen.join() !== "POST /api/2.2/jobs/runs/cancel auth=true,GET /api/2.2/jobs/runs/get auth=true") throw new Error(seen.join());
} finally { server.close(); }
`,
    );
    writeFileSync(join(db, "example.mjs"), runnable);
    for (const bin of nodes) {
      const result = run(bin, ["readme.mjs"], { cwd: db });
      if (result.stdout.trim() !== "TERMINATED")
        throw new Error(`README example printed ${result.stdout}`);
      log(
        `README example on ${execFileSync(bin, ["-v"]).toString().trim()}: cancelled, then read ${result.stdout.trim()}`,
      );
    }
    // The README uses top-level await: an ES module consumer.
    typecheck(db, `${runnable}export {};\n`, { commonjs: false });

    // 4. @cancel/testing without its optional peer msw, then with it
    const testing = join(scratch, "testing");
    mkdirSync(testing);
    const testingManifest = JSON.parse(
      readFileSync(join(root, "packages/testing/package.json"), "utf8"),
    );
    const testingDeps = Object.keys(testingManifest.dependencies)
      .filter((name) => name.startsWith("@cancel/"))
      .map((name) => tarballs[name.slice("@cancel/".length)]);
    npmInstall(testing, [...testingDeps, tarballs.testing]);
    if (existsSync(join(testing, "node_modules/msw")))
      throw new Error("npm installed msw, an optional peer dependency of @cancel/testing");
    // pnpm's node shim puts the workspace's package store on NODE_PATH, where require() finds msw.
    const { NODE_PATH: _, ...outsideWorkspace } = process.env;
    writeFileSync(join(testing, "without-msw.mjs"), testingWithoutMsw);
    for (const bin of nodes) {
      log(run(bin, ["without-msw.mjs"], { cwd: testing, env: outsideWorkspace }).stdout.trim());
    }
    const mswVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies
      .msw;
    run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `msw@${mswVersion}`], {
      cwd: testing,
    });
    const mswEngine = JSON.parse(
      readFileSync(join(testing, "node_modules/msw/package.json"), "utf8"),
    ).engines?.node;
    writeFileSync(join(testing, "with-msw.mjs"), testingWithMsw);
    for (const bin of nodes) {
      if (!satisfiesMinimum(execFileSync(bin, ["-v"]).toString().trim(), mswEngine)) {
        log(`msw ${mswVersion} needs node ${mswEngine}: not run on ${bin}`);
        continue;
      }
      log(run(bin, ["with-msw.mjs"], { cwd: testing, env: outsideWorkspace }).stdout.trim());
    }
    log("smoke test passed");
  } finally {
    if (keep) log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
