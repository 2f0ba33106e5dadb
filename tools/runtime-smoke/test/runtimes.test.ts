// "Any runtime with fetch", proven: the packed packages, installed in a scratch project outside
// the workspace, cancel through a provider package and @cancel/sdk against the @cancel/testing
// simulators (on 127.0.0.1, in this process) from Node 20, Node 24, Bun, Deno and workerd
// (miniflare). Each run asserts what the calls answered, the simulators' request log, and which
// runtime `@cancel/core` picked there (`node` on Node, `fetch` everywhere else).
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { startSimulators, type RunningSimulators, type SimulatorUrls } from "@cancel/testing/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The fixture is plain JavaScript, run as is by every runtime.
// @ts-expect-error no declaration file: the test reads only `fixture`, a plain object
import { fixture } from "../fixtures/consumer.mjs";

const here = import.meta.dirname;
const root = join(here, "../../..");
const require = createRequire(import.meta.url);
const { packLocal } = (await import(join(root, "tools/release/pack-local.mjs"))) as {
  packLocal: (name: string, out: string, options: { build: boolean }) => string[];
};

/** The scratch project: packed tarballs unpacked into node_modules, the fixtures beside them. */
let project: string;
let scratch: string;

/** The folder of package `name` as Node would find it from `from` (some export no package.json). */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`${name} not found from ${from}`);
  }
}

/** Copies package `name` (as found from `from`) and, recursively, its dependencies. */
function copyWithDependencies(name: string, from: string, nodeModules: string): void {
  const target = join(nodeModules, name);
  if (existsSync(target)) return;
  const source = packageDir(name, from);
  cpSync(source, target, {
    recursive: true,
    filter: (path) => !path.slice(source.length).includes("/node_modules"),
  });
  const manifest = JSON.parse(readFileSync(join(source, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    copyWithDependencies(dep, source, nodeModules);
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "cancel-runtimes-"));
  project = join(scratch, "app");
  const nodeModules = join(project, "node_modules");
  mkdirSync(nodeModules, { recursive: true });
  // What `pnpm pack:local @cancel/sdk` gives a user: @cancel/sdk and every @cancel package it needs.
  const tarballs = packLocal("@cancel/sdk", join(scratch, "tarballs"), { build: false });
  for (const tarball of tarballs) {
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
    ) as { name: string; dependencies?: Record<string, string> };
    const into = join(nodeModules, manifest.name);
    mkdirSync(into, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", into, "--strip-components=1"]);
    // Their registry dependencies at the versions the workspace's lockfile pins.
    const workspaceDir = packageDir(manifest.name, here);
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (!dep.startsWith("@cancel/")) copyWithDependencies(dep, workspaceDir, nodeModules);
    }
  }
  writeFileSync(
    join(project, "package.json"),
    '{ "name": "app", "private": true, "type": "module" }\n',
  );
  for (const file of ["consumer.mjs", "main.mjs", "worker.mjs"]) {
    cpSync(join(here, "../fixtures", file), join(project, file));
  }
  // The Worker as wrangler bundles one: workerd's conditions, no Node built-ins.
  await build({
    entryPoints: [join(project, "worker.mjs")],
    outfile: join(project, "worker.bundle.mjs"),
    absWorkingDir: project,
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    logLevel: "silent",
  });
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// ── the runtimes ──────────────────────────────────────────────────────────────────────────────

function nodeMajor(bin: string): number | undefined {
  try {
    return Number(
      execFileSync(bin, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }),
    );
  } catch {
    return undefined;
  }
}

/** Node 20: `RUNTIME_SMOKE_NODE20`, else a `node` 20 on PATH or in /usr/bin, /usr/local/bin. */
function findNode20(): string | undefined {
  if (process.env.RUNTIME_SMOKE_NODE20) return process.env.RUNTIME_SMOKE_NODE20;
  const candidates = (process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "node"));
  candidates.push("/usr/bin/node", "/usr/local/bin/node");
  return candidates.find((bin) => existsSync(bin) && nodeMajor(bin) === 20);
}

/** A binary shipped in a platform package, an optional dependency of `pkg` (bun, deno). */
function platformBinary(pkg: string, platformPackage: string, file: string): string | undefined {
  try {
    const pkgDir = dirname(require.resolve(`${pkg}/package.json`));
    const platformDir = dirname(
      createRequire(join(pkgDir, "package.json")).resolve(`${platformPackage}/package.json`),
    );
    const bin = join(platformDir, file);
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

const arch = process.arch === "arm64" ? "aarch64" : "x64";
const node20 = findNode20();
const node24 = nodeMajor(process.execPath) === 24 ? process.execPath : undefined;
// bun's and deno's own postinstall scripts would copy these into place; pnpm does not run them.
const bun =
  process.platform === "linux"
    ? platformBinary("bun", `@oven/bun-linux-${arch}`, "bin/bun")
    : undefined;
const deno =
  process.platform === "linux"
    ? platformBinary(
        "deno",
        `@deno/linux-${process.arch === "arm64" ? "arm64" : "x64"}-glibc`,
        "deno",
      )
    : undefined;

interface Outcome {
  runtime: string;
  agent: string;
  emrCancel: unknown;
  sdk: Record<string, { outcome: string; state: string }>;
  /** The Fabric workload round trip: states, what the workload saw, a forged token's refusal. */
  workload: unknown;
}

/** Runs `main.mjs` with `bin` and the simulators' URLs; resolves its one JSON line. */
function runScript(bin: string, args: string[], urls: SimulatorUrls): Promise<Outcome> {
  // pnpm's node shim puts the workspace's store on NODE_PATH: nothing may resolve from there.
  const { NODE_PATH: _, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...args, "main.mjs", JSON.stringify(urls)], {
      cwd: project,
      env: { ...env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(scratch, "deno") },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${bin} exited ${code}\n${stdout}\n${stderr}`));
      try {
        resolve(JSON.parse(stdout.trim().split("\n").at(-1)!) as Outcome);
      } catch {
        reject(new Error(`${bin} printed no result\n${stdout}\n${stderr}`));
      }
    });
  });
}

/** Runs the bundled Worker in workerd and posts it the simulators' URLs. */
async function runWorker(urls: SimulatorUrls): Promise<Outcome> {
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(project, "worker.bundle.mjs"),
    modulesRoot: project,
    compatibilityDate: "2026-01-01",
  });
  try {
    const response = await mf.dispatchFetch("http://worker.local/", {
      method: "POST",
      body: JSON.stringify(urls),
    });
    const body = (await response.json()) as Outcome & { error?: string };
    if (response.status !== 200)
      throw new Error(`the Worker answered ${response.status}: ${body.error}`);
    return body;
  } finally {
    await mf.dispose();
  }
}

interface Runtime {
  name: string;
  /** Why it cannot run here, or undefined. */
  missing: string | undefined;
  /** What `@cancel/core`'s `runtime` must say there. */
  expected: "node" | "fetch";
  /** How the runtime names itself (`navigator.userAgent`, or Node's version). */
  agent: RegExp;
  run(urls: SimulatorUrls): Promise<Outcome>;
}

const runtimes: Runtime[] = [
  {
    name: "Node 20",
    missing: node20
      ? undefined
      : "no Node 20 on PATH, /usr/bin or /usr/local/bin (set RUNTIME_SMOKE_NODE20)",
    expected: "node",
    agent: /^Node\.js\/20\./,
    run: (urls) => runScript(node20!, [], urls),
  },
  {
    name: "Node 24",
    missing: node24
      ? undefined
      : `the test runs on Node ${process.version}, not the workspace's Node 24`,
    expected: "node",
    agent: /^Node\.js\/24\b/,
    run: (urls) => runScript(node24!, [], urls),
  },
  {
    name: "Bun",
    missing: bun
      ? undefined
      : `no bun binary for ${process.platform}-${process.arch} in the bun package's optional dependencies`,
    expected: "fetch",
    agent: /^Bun\/1\./,
    run: (urls) => runScript(bun!, [], urls),
  },
  {
    name: "Deno",
    missing: deno
      ? undefined
      : `no deno binary for ${process.platform}-${process.arch} in the deno package's optional dependencies`,
    expected: "fetch",
    agent: /^Deno\/2\./,
    // Only what a cancel needs: the loopback simulators and the project's files.
    run: (urls) =>
      runScript(
        deno!,
        ["run", "--no-lock", "--allow-net=127.0.0.1", `--allow-read=${project}`],
        urls,
      ),
  },
  {
    name: "workerd (miniflare)",
    missing: undefined,
    expected: "fetch",
    agent: /^Cloudflare-Workers$/,
    run: runWorker,
  },
];

describe.each(runtimes)("$name", (runtime) => {
  let simulators: RunningSimulators;
  beforeAll(async () => {
    simulators = await startSimulators({
      emrServerless: { credentials: [fixture.aws], region: "us-east-1" },
      databricks: { oauthClients: [fixture.oauth] },
      huaweiMrs: { credentials: [fixture.huawei] },
    });
    const { sims } = simulators;
    sims.emrServerless.addJobRun(fixture.emr);
    sims.databricks.addRun({ runId: fixture.databricksRunId });
    sims.huaweiMrs.addJob({ ...fixture.mrs });
  });
  afterAll(() => simulators?.close());

  it("cancels through @cancel/emr-serverless and @cancel/sdk, and answers Fabric with @cancel/fabric-workload/server, on the runtime core picks there", async (context) => {
    if (runtime.missing) {
      console.warn(`${runtime.name} not run: ${runtime.missing}`);
      context.skip(runtime.missing);
    }
    const out = await runtime.run(simulators.urls);
    console.log(`${runtime.name}: ${out.agent}, @cancel/core runtime "${out.runtime}"`);
    expect(out.agent).toMatch(runtime.agent);
    expect(out.runtime).toBe(runtime.expected);
    expect(out.emrCancel).toEqual(fixture.emr);
    expect(out.sdk).toEqual({
      databricks: { outcome: "cancel-requested", state: "cancelled" },
      "huawei-mrs": { outcome: "cancel-requested", state: "cancelled" },
    });
    // @cancel/fabric-workload/server in the same runtime: jose's verifier, the handler, the client.
    expect(out.workload).toEqual({
      before: "InProgress",
      cancelled: "Cancelled",
      after: "Cancelled",
      seen: ["cancel 63f77191-432d-4ee6-9c5f-31a1a6987072 by 00000009-0000-0000-c000-000000000000"],
      refused: "AuthenticationError 401",
    });
    // Every request reached the simulator signed or authenticated as the vendor checks it.
    const log = simulators.sims.requests().map((r) => `${r.vendor} ${r.operation} ${r.status}`);
    expect(log).toEqual([
      "emr-serverless cancelJobRun 200",
      "databricks oauthToken 200",
      "databricks cancelRun 200",
      "databricks getRun 200",
      "huawei-mrs stopJob 200",
      // MRS answers its job read with 202, as the vendor does.
      "huawei-mrs showSingleJobExe 202",
    ]);
    const { sims } = simulators;
    expect(sims.emrServerless.jobRunState(fixture.emr.applicationId, fixture.emr.jobRunId)).toBe(
      "CANCELLED",
    );
    expect(sims.databricks.runState(fixture.databricksRunId)?.resultState).toBe("CANCELED");
  });
});
