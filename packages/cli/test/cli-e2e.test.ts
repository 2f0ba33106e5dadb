// The real binary against the vendor simulators on 127.0.0.1: JSON output, --wait, bulk from a
// file and from stdin, and the documented exit codes. The binary runs with a fetch that reaches
// loopback hosts only and logs any other destination, so every test also proves that nothing
// went to a public host.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { createSimulators } from "@cancel/testing";
import { startSimulators } from "@cancel/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EXIT, type Io, run } from "../src/index.js";
import { baseEnv, binary, nodeArgs } from "./binary.js";

const TOKEN = "dapi-cli-test-0000";
const AWS = { AWS_ACCESS_KEY_ID: "AKIACLITEST0000000", AWS_SECRET_ACCESS_KEY: "cli/test/secret" };
const sims = createSimulators({
  cancelDelayMs: 200,
  databricks: { tokens: [TOKEN] },
  emrServerless: {
    credentials: [
      { accessKeyId: AWS.AWS_ACCESS_KEY_ID, secretAccessKey: AWS.AWS_SECRET_ACCESS_KEY },
    ],
    region: "eu-west-1",
  },
});
let server: Awaited<ReturnType<typeof startSimulators>>;
let dbxEnv: Record<string, string>;
const { tmp, blockedLog, cli, blocked } = binary("cancel-cli-e2e-");
beforeAll(async () => {
  server = await startSimulators({ simulators: sims });
  dbxEnv = { DATABRICKS_HOST: server.urls.databricks, DATABRICKS_TOKEN: TOKEN };
});
afterEach(() => {
  // No test may send anything to a host that is not a local simulator.
  expect(blocked()).toBe("");
});
afterAll(() => server.close());

describe("cancel-job against the simulators", () => {
  it("cancels a Databricks run from env credentials, waits, and prints JSON", async () => {
    sims.databricks.addRun({ runId: 101, state: "RUNNING" });
    const { code, stdout } = await cli(
      ["databricks", "101", "--wait", "--timeout", "20s", "--json", "--insecure-loopback"],
      dbxEnv,
    );
    expect(code).toBe(EXIT.ok);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      ok: true,
      provider: "databricks",
      target: { provider: "databricks", runId: 101 },
      outcome: "cancel-requested",
      final: {
        state: "cancelled",
        terminal: true,
        vendorState: "TERMINATED",
        // status.termination_details.code, read before the deprecated state.result_state
        vendorResult: "USER_CANCELED",
      },
    });
    expect(sims.databricks.runState(101)?.resultState).toBe("CANCELED");
  });

  it("CANCEL_LOG=debug logs to stderr only: --json output still parses, and no secret is logged", async () => {
    sims.databricks.addRun({ runId: 151, state: "RUNNING" });
    const { code, stdout, stderr } = await cli(
      ["databricks", "151", "--json", "--insecure-loopback"],
      {
        ...dbxEnv,
        CANCEL_LOG: "debug",
      },
    );
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, outcome: "cancel-requested" });
    expect(stderr).toMatch(/^\[cancel\] debug /m);
    expect(stderr).not.toContain(TOKEN);
  });

  it("prints a line for people by default", async () => {
    sims.databricks.addRun({ runId: 102, state: "RUNNING" });
    const { code, stdout } = await cli(["databricks", "102", "--insecure-loopback"], dbxEnv);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^databricks runId=102: cancel-requested in \d+\.\d s\n$/);
  });

  it("exits 3 for a run that does not exist (Databricks' 400 'does not exist')", async () => {
    const { code, stdout } = await cli(
      ["databricks", "999999", "--json", "--insecure-loopback"],
      dbxEnv,
    );
    expect(code).toBe(EXIT.notFound);
    expect(JSON.parse(stdout).error).toMatchObject({
      kind: "not-found",
      status: 400,
      code: "INVALID_PARAMETER_VALUE",
    });
  });

  it("exits 4 for a wrong token, without printing it", async () => {
    sims.databricks.addRun({ runId: 103, state: "RUNNING" });
    const { code, stderr } = await cli(["databricks", "103", "--insecure-loopback"], {
      ...dbxEnv,
      DATABRICKS_TOKEN: "dapi-wrong-token-1234",
    });
    expect(code).toBe(EXIT.auth);
    expect(stderr).toContain("unauthenticated");
    expect(stderr).not.toContain("dapi-wrong-token-1234");
    expect(sims.databricks.runState(103)?.lifeCycleState).toBe("RUNNING");
  });

  it("flags win over the environment (EMR region and endpoint)", async () => {
    sims.emrServerless.addJobRun({ applicationId: "app1", jobRunId: "run1", state: "RUNNING" });
    const { code, stdout } = await cli(
      [
        "emr-serverless",
        "app1",
        "run1",
        "--region",
        "eu-west-1",
        "--base-url",
        server.urls.emrServerless,
        "--insecure-loopback",
        "--json",
      ],
      { ...AWS, AWS_REGION: "us-east-1" },
    );
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, outcome: "cancel-requested" });
  });

  it("a finished EMR run: the refusal is settled by one read, already-terminal with its final state", async () => {
    sims.emrServerless.addJobRun({ applicationId: "app9", jobRunId: "done9", state: "SUCCESS" });
    const before = sims.emrServerless.requests.length;
    const { code, stdout } = await cli(
      [
        "emr-serverless",
        "app9",
        "done9",
        "--base-url",
        server.urls.emrServerless,
        "--insecure-loopback",
        "--json",
      ],
      { ...AWS, AWS_REGION: "eu-west-1" },
    );
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      outcome: "already-terminal",
      final: { state: "succeeded", terminal: true, vendorState: "SUCCESS" },
    });
    // The 400 ValidationException once, then one GetJobRun.
    expect(sims.emrServerless.requests.slice(before).map((r) => [r.operation, r.status])).toEqual([
      ["cancelJobRun", 400],
      ["getJobRun", 200],
    ]);
  });

  it("bulk from a file: one result per target, partial failure exits 5", async () => {
    sims.databricks.addRun({ runId: 201, state: "RUNNING" });
    sims.databricks.addRun({ runId: 202, state: "TERMINATED", resultState: "SUCCESS" });
    const file = join(tmp, "targets.jsonl");
    writeFileSync(
      file,
      '{"provider":"databricks","runId":201}\n{"provider":"databricks","runId":202}\n{"provider":"databricks","runId":203}\n',
    );
    const config = join(tmp, "config.json");
    writeFileSync(config, JSON.stringify({ databricks: { allowInsecureLoopback: true } }));
    const { code, stdout } = await cli(["--file", file, "--config", config, "--json"], dbxEnv);
    expect(code).toBe(EXIT.partial);
    const { results, summary } = JSON.parse(stdout);
    expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(results[2].error.kind).toBe("not-found");
    expect(summary).toMatchObject({ total: 3, ok: 2, failed: 1 });
  });

  it("bulk from stdin, piped: a plain line per target and a summary", async () => {
    sims.databricks.addRun({ runId: 301, state: "RUNNING" });
    sims.databricks.addRun({ runId: 302, state: "RUNNING" });
    const config = join(tmp, "config2.json");
    writeFileSync(config, JSON.stringify({ databricks: { allowInsecureLoopback: true } }));
    const { code, stdout } = await cli(
      ["-", "--config", config],
      dbxEnv,
      '{"provider":"databricks","runId":301}\n{"provider":"databricks","runId":302}\n',
    );
    expect(code).toBe(EXIT.ok);
    const lines = stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("ok   databricks runId=30"))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^2 of 2 done \(2 cancel-requested\), 0 failed, in \d+\.\d s$/);
  });
});

/** Writes JSON-lines targets to a file in the scratch directory. */
function jsonl(name: string, targets: object[]): string {
  const path = join(tmp, name);
  writeFileSync(path, `${targets.map((t) => JSON.stringify(t)).join("\n")}\n`);
  return path;
}

/** The requests the simulators handled while `fn` ran. */
async function arriving<T>(fn: () => Promise<T>) {
  const before = sims.requests().length;
  const result = await fn();
  return { ...result, arrived: sims.requests().slice(before) };
}

// AWS_REGION=us-east-1 would send every EMR cancel to emr-serverless.us-east-1.amazonaws.com:
// the flags have to win for anything to arrive here.
const publicAws = { ...AWS, AWS_REGION: "us-east-1" };

describe("bulk mode applies the flags of one run to the targets of their provider", () => {
  it("--base-url, --region, --insecure-loopback and --grace-period reach every EMR target", async () => {
    const runs = ["bulk1", "bulk2", "bulk3"];
    for (const jobRunId of runs)
      sims.emrServerless.addJobRun({ applicationId: "appb", jobRunId, state: "RUNNING" });
    const file = jsonl(
      "emr.jsonl",
      runs.map((jobRunId) => ({ provider: "emr-serverless", applicationId: "appb", jobRunId })),
    );
    const { code, stdout, stderr, arrived } = await arriving(() =>
      cli(
        [
          "--file",
          file,
          "--base-url",
          server.urls.emrServerless,
          "--region",
          "eu-west-1",
          "--insecure-loopback",
          "--grace-period",
          "30",
          "--json",
        ],
        publicAws,
      ),
    );
    expect(stderr).toBe("");
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).summary).toMatchObject({ total: 3, ok: 3, failed: 0 });
    expect(
      arrived
        .map((r) => [
          r.operation,
          r.jobId,
          new URL(r.url).searchParams.get("shutdownGracePeriodInSeconds"),
          r.status,
        ])
        .sort(),
    ).toEqual(runs.map((id) => ["cancelJobRun", id, "30", 200]));
  });

  it("each provider's flags go to its own targets; EMR's endpoint from AWS_ENDPOINT_URL_EMR_SERVERLESS", async () => {
    sims.databricks.addRun({ runId: 501, state: "RUNNING" });
    sims.emrServerless.addJobRun({ applicationId: "appm", jobRunId: "mixed1", state: "RUNNING" });
    const file = jsonl("mixed.jsonl", [
      { provider: "databricks", runId: 501 },
      { provider: "emr-serverless", applicationId: "appm", jobRunId: "mixed1" },
    ]);
    const { code, stderr, arrived } = await arriving(() =>
      cli(
        [
          "--file",
          file,
          "--host",
          server.urls.databricks,
          "--token",
          TOKEN,
          "--region",
          "eu-west-1",
          "--insecure-loopback",
        ],
        { ...publicAws, AWS_ENDPOINT_URL_EMR_SERVERLESS: server.urls.emrServerless },
      ),
    );
    expect(stderr).toBe("");
    expect(code).toBe(EXIT.ok);
    expect(arrived.map((r) => [r.vendor, r.operation, r.jobId, r.status]).sort()).toEqual([
      ["databricks", "cancelRun", "501", 200],
      ["emr-serverless", "cancelJobRun", "mixed1", 200],
    ]);
  });

  const mixed = [
    { provider: "databricks", runId: 1 },
    { provider: "emr-serverless", applicationId: "appx", jobRunId: "x1" },
    { provider: "huawei-dli", projectId: "37caa80116e1403ab603e5eeb48a2f74", jobId: "j" },
  ];
  const mrs = (clusterId?: string) => ({
    provider: "huawei-mrs",
    projectId: "37caa80116e1403ab603e5eeb48a2f74",
    jobExecutionId: "2de74673-1a78-48af-a95b-e1fec4a4ae9c",
    ...(clusterId ? { clusterId } : {}),
  });
  it.each<[string, object[], string[], RegExp]>([
    [
      "--base-url with two providers",
      mixed.slice(0, 2),
      ["--base-url", "http://127.0.0.1:9"],
      /--base-url would apply to databricks and emr-serverless targets alike, and one endpoint cannot serve two providers/,
    ],
    [
      "--region with an AWS and a Huawei provider",
      mixed.slice(1),
      ["--region", "eu-west-1"],
      /--region would apply to emr-serverless and huawei-dli targets, whose regions are not the same \(aws vs huawei\)/,
    ],
    [
      "--host without a Databricks target",
      mixed.slice(1, 2),
      ["--host", "dbc.example.com"],
      /--host applies to databricks targets, but .*\.jsonl holds only emr-serverless targets/,
    ],
    [
      "--cluster-id against a target's own",
      [mrs(), mrs("ef7b54f2-3d92-49b2-a6d7-94607e1ea7df")],
      ["--cluster-id", "0b5a7c4e-0000-4000-8000-000000000000"],
      /line 2 has clusterId "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df", but --cluster-id says "0b5a7c4e-0000-4000-8000-000000000000": drop one/,
    ],
    [
      "a malformed --grace-period",
      mixed.slice(1, 2),
      ["--grace-period", "soon"],
      /--grace-period must be a whole number, got "soon"/,
    ],
  ])("%s is a usage error and nothing is sent", async (_name, targets, args, message) => {
    const file = jsonl("usage.jsonl", targets);
    const { code, stdout, stderr, arrived } = await arriving(() =>
      cli(["--file", file, "--insecure-loopback", ...args], { ...publicAws, ...dbxEnv }),
    );
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
    expect(arrived).toEqual([]);
  });

  it("a provider configuration problem is one error for the whole file, and nothing is sent", async () => {
    const file = jsonl(
      "no-region.jsonl",
      ["n1", "n2", "n3"].map((jobRunId) => ({
        provider: "emr-serverless",
        applicationId: "appn",
        jobRunId,
      })),
    );
    const { code, stdout, stderr, arrived } = await arriving(() =>
      cli(["--file", file, "--base-url", server.urls.emrServerless, "--insecure-loopback"], AWS),
    );
    expect(code).toBe(EXIT.auth);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      "cancel-job: invalid-request: emr-serverless: no AWS Region: pass --region (e.g. eu-west-1) or set AWS_REGION",
      `cancel-job: nothing was sent (3 targets in ${file})`,
    ]);
    expect(arrived).toEqual([]);
  });
});

describe("bulk failures are printed once, each with its target", () => {
  const targets = [601, 602, 603].map((runId) => ({ provider: "databricks", runId }));

  it("piped: one line per target as it ends, and no second list", async () => {
    sims.databricks.addRun({ runId: 601, state: "RUNNING" });
    const file = jsonl("once.jsonl", targets);
    const { code, stdout, stderr } = await cli(["--file", file, "--insecure-loopback"], dbxEnv);
    expect(code).toBe(EXIT.partial);
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("FAIL")).sort()).toEqual([
      expect.stringMatching(/^FAIL databricks runId=602: not-found: /),
      expect.stringMatching(/^FAIL databricks runId=603: not-found: /),
    ]);
    for (const runId of [601, 602, 603]) {
      expect(stdout.split(`runId=${runId}:`).length - 1).toBe(1);
    }
  });

  it("on a terminal: the progress bar, then each failure once with its target", async () => {
    sims.databricks.addRun({ runId: 611, state: "RUNNING" });
    const file = jsonl(
      "tty.jsonl",
      [611, 612, 613].map((runId) => ({ provider: "databricks", runId })),
    );
    let stdout = "";
    let stderr = "";
    const io: Io = {
      stdout: { write: (text: string) => (stdout += text), isTTY: true },
      stderr: { write: (text: string) => (stderr += text), isTTY: true },
      readStdin: async () => "",
      env: {},
    };
    const code = await run(
      ["--file", file, "--host", server.urls.databricks, "--token", TOKEN, "--insecure-loopback"],
      io,
    );
    expect(code).toBe(EXIT.partial);
    const failures = stderr.split("\n").filter((l) => l.startsWith("cancel-job:"));
    expect(failures.sort()).toEqual([
      expect.stringMatching(/^cancel-job: databricks runId=612: not-found: /),
      expect.stringMatching(/^cancel-job: databricks runId=613: not-found: /),
    ]);
    expect(stderr).toContain("] 3/3 ok 1 failed 2");
    expect(stdout).toMatch(/^1 of 3 done \(1 cancel-requested\), 2 failed, in \d+\.\d s\n$/);
  });
});

describe("AWS endpoint variables", () => {
  it("AWS_ENDPOINT_URL_EMR_SERVERLESS sends a single cancel to its URL", async () => {
    sims.emrServerless.addJobRun({ applicationId: "appe", jobRunId: "env1", state: "RUNNING" });
    const { code, stderr, arrived } = await arriving(() =>
      cli(["emr-serverless", "appe", "env1", "--insecure-loopback"], {
        ...AWS,
        AWS_REGION: "eu-west-1",
        AWS_ENDPOINT_URL_EMR_SERVERLESS: server.urls.emrServerless,
      }),
    );
    expect(stderr).toBe("");
    expect(code).toBe(EXIT.ok);
    expect(arrived.map((r) => [r.operation, r.jobId, r.status])).toEqual([
      ["cancelJobRun", "env1", 200],
    ]);
  });

  it("AWS_ENDPOINT_URL too, and its plain http asks for --insecure-loopback", async () => {
    sims.emrServerless.addJobRun({ applicationId: "appe", jobRunId: "env2", state: "RUNNING" });
    const env = { ...AWS, AWS_REGION: "eu-west-1", AWS_ENDPOINT_URL: server.urls.emrServerless };
    const refused = await cli(["emr-serverless", "appe", "env2"], env);
    expect(refused.code).toBe(EXIT.auth);
    expect(refused.stderr).toContain(
      `AWS_ENDPOINT_URL: ${server.urls.emrServerless} uses plain http: pass --insecure-loopback`,
    );
    const { code, arrived } = await arriving(() =>
      cli(["emr-serverless", "appe", "env2", "--insecure-loopback"], env),
    );
    expect(code).toBe(EXIT.ok);
    expect(arrived.map((r) => r.jobId)).toEqual(["env2"]);
  });
});

/** Every Node on PATH that is major 20 (the oldest supported), besides the one running the tests. */
const node20 = (() => {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const path = join(dir, "node");
    if (!existsSync(path) || path === process.execPath) continue;
    try {
      if (execFileSync(path, ["--version"], { encoding: "utf8" }).startsWith("v20.")) return path;
    } catch {}
  }
  return undefined;
})();
const nodes = [process.execPath, ...(node20 ? [node20] : [])];

/** The binary, started and left running; `exited` settles when it ends. */
function start(args: string[], env: Record<string, string>, nodePath = process.execPath) {
  const child = spawn(nodePath, nodeArgs(args), {
    env: { ...baseEnv, CANCEL_TEST_BLOCKED_LOG: blockedLog, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}

/** Resolves once `done()` holds, polling every 20 ms (the binary works in real time). */
async function eventually(done: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const reads = (runId: number) =>
  sims.databricks.requests.filter((r) => r.operation === "getRun" && r.jobId === String(runId));
const cancelsOf = (runId: number) =>
  sims.databricks.requests.filter((r) => r.operation === "cancelRun" && r.jobId === String(runId));
const guardArgs = (runId: number, ...more: string[]) => [
  "guard",
  "databricks",
  String(runId),
  "--insecure-loopback",
  "--json",
  ...more,
];

describe("cancel-job guard: watches a run, and cancels it if stopped first", () => {
  it.each(nodes.map((n) => [n === process.execPath ? "this Node" : "Node 20", n]))(
    "killed with SIGTERM (%s): cancels the run first, then exits 143",
    async (_name, nodePath) => {
      const runId = nodePath === process.execPath ? 801 : 802;
      sims.databricks.addRun({ runId, state: "RUNNING" });
      const { child, exited } = start(guardArgs(runId), dbxEnv, nodePath);
      await eventually(() => reads(runId).length >= 1);
      expect(cancelsOf(runId)).toEqual([]);
      child.kill("SIGTERM");
      const { code, signal, stdout, stderr } = await exited;
      expect(stderr).toBe("");
      expect({ code, signal }).toEqual({ code: EXIT.sigterm, signal: null });
      expect(JSON.parse(stdout)).toMatchObject({
        ok: false,
        provider: "databricks",
        target: { provider: "databricks", runId },
        how: "signal",
        signal: "SIGTERM",
        cancel: { ok: true, reason: "shutdown", outcome: "cancel-requested" },
        exitCode: 143,
      });
      expect(cancelsOf(runId).map((r) => r.status)).toEqual([200]);
      expect(sims.databricks.runState(runId)?.lifeCycleState).toMatch(/^TERMINAT(ING|ED)$/);
    },
  );

  it("SIGINT (Ctrl-C, or a CI runner's first signal): cancels the run, exits 130, in words", async () => {
    sims.databricks.addRun({ runId: 811, state: "RUNNING" });
    const { child, exited } = start(["guard", "databricks", "811", "--insecure-loopback"], dbxEnv);
    await eventually(() => reads(811).length >= 1);
    child.kill("SIGINT");
    const { code, stdout, stderr } = await exited;
    expect(code).toBe(EXIT.sigint);
    expect(stderr).toBe("watching databricks runId=811: running (RUNNING)\n");
    expect(stdout).toBe(
      "databricks runId=811: SIGINT: cancelled it: cancel-requested (reason user)\n",
    );
    expect(cancelsOf(811)).toHaveLength(1);
  });

  it("the run ending by itself: exits 0 with its final state, and cancels nothing", async () => {
    sims.databricks.addRun({ runId: 821, state: "RUNNING" });
    const { exited } = start(guardArgs(821), dbxEnv);
    await eventually(() => reads(821).length >= 1);
    sims.databricks.finishRun(821, "SUCCESS");
    const { code, stdout } = await exited;
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      how: "ended",
      final: { state: "succeeded", terminal: true, vendorState: "TERMINATED" },
      exitCode: 0,
    });
    expect(reads(821).length).toBeGreaterThanOrEqual(2);
    expect(cancelsOf(821)).toEqual([]);
  });

  it.each<
    [
      string,
      number,
      { state: "TERMINATED" | "SKIPPED" | "INTERNAL_ERROR"; resultState?: string },
      string,
    ]
  >([
    ["failed", EXIT.runFailed, { state: "TERMINATED", resultState: "FAILED" }, "failed"],
    ["hit an internal error", EXIT.runFailed, { state: "INTERNAL_ERROR" }, "failed"],
    [
      "was cancelled by someone else",
      EXIT.runCancelled,
      { state: "TERMINATED", resultState: "CANCELED" },
      "cancelled",
    ],
    ["was skipped", EXIT.runCancelled, { state: "SKIPPED" }, "skipped"],
  ])("a run that %s: exit %i, nothing cancelled", async (name, exitCode, init, state) => {
    const runId = 830 + name.length;
    sims.databricks.addRun({ runId, ...init });
    const { code, stdout } = await cli(guardArgs(runId), dbxEnv);
    expect(code).toBe(exitCode);
    expect(JSON.parse(stdout)).toMatchObject({ how: "ended", final: { state }, exitCode });
    expect(cancelsOf(runId)).toEqual([]);
  });

  it("a cancel that cannot get through in --cancel-timeout: still exits 143, in time, saying so", async () => {
    sims.databricks.addRun({ runId: 891, state: "RUNNING" });
    const slow = sims.databricks.faults.add({
      fault: { kind: "latency", ms: 3000 },
      operation: "cancelRun",
      jobId: 891,
    });
    try {
      const { child, exited } = start(guardArgs(891, "--cancel-timeout", "500ms"), dbxEnv);
      await eventually(() => reads(891).length >= 1);
      const stopped = Date.now();
      child.kill("SIGTERM");
      const { code, stdout } = await exited;
      expect(Date.now() - stopped).toBeLessThan(2500);
      expect(code).toBe(EXIT.sigterm);
      expect(JSON.parse(stdout)).toMatchObject({
        how: "signal",
        cancel: { ok: false, reason: "shutdown", error: { kind: "timeout" } },
      });
    } finally {
      slow.remove();
    }
  });

  it("--timeout with --on-timeout cancel: the run is cancelled when it passes, exit 8", async () => {
    sims.databricks.addRun({ runId: 892, state: "RUNNING" });
    const { code, stdout } = await cli(
      guardArgs(892, "--timeout", "1200ms", "--on-timeout", "cancel"),
      dbxEnv,
    );
    expect(code).toBe(EXIT.watchTimeout);
    expect(JSON.parse(stdout)).toMatchObject({
      how: "timeout",
      lastStatus: { state: "running" },
      cancel: { ok: true, reason: "timeout", outcome: "cancel-requested" },
    });
    expect(cancelsOf(892)).toHaveLength(1);
  });

  it("--timeout alone leaves the run running, exit 8", async () => {
    sims.databricks.addRun({ runId: 893, state: "RUNNING" });
    const { code, stdout } = await cli(
      ["guard", "databricks", "893", "--insecure-loopback", "--timeout", "1200ms"],
      dbxEnv,
    );
    expect(code).toBe(EXIT.watchTimeout);
    expect(stdout).toBe(
      "databricks runId=893: still running (RUNNING) after --timeout: left running\n",
    );
    expect(cancelsOf(893)).toEqual([]);
  });

  it("a run that does not exist: exit 3, nothing cancelled", async () => {
    const { code, stdout } = await cli(guardArgs(899999), dbxEnv);
    expect(code).toBe(EXIT.notFound);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { kind: "not-found" } });
    expect(cancelsOf(899999)).toEqual([]);
  });
});
