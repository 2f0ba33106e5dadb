// `cancel-job <provider> <scope ids…> --all`: the real binary against the simulators on 127.0.0.1
// (pages, filters, --dry-run, the refusal without a terminal, --yes), and `run` with an injected
// terminal for the question it asks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSimulators } from "@cancel/testing";
import { startSimulators } from "@cancel/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listScopeOf } from "../src/all.js";
import { EXIT, type Io, providerHelp, PROVIDER_SPECS, run } from "../src/index.js";
import { binary } from "./binary.js";

const TOKEN = "dapi-cli-all-0000";
const AWS = { AWS_ACCESS_KEY_ID: "AKIACLIALLTEST00000", AWS_SECRET_ACCESS_KEY: "cli/all/secret" };
const HUAWEI = { ak: "HPUACLIALLTEST0001", sk: "cliAllHuaweiSecret0123456789" };
const PROJECT = "37caa80116e1403ab603e5eeb48a2f74";
const CLUSTER = "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df";
const sims = createSimulators({
  cancelDelayMs: 200,
  databricks: { tokens: [TOKEN] },
  emrServerless: {
    credentials: [
      { accessKeyId: AWS.AWS_ACCESS_KEY_ID, secretAccessKey: AWS.AWS_SECRET_ACCESS_KEY },
    ],
    region: "eu-west-1",
  },
  huaweiMrs: { credentials: [HUAWEI] },
});
let server: Awaited<ReturnType<typeof startSimulators>>;
const { cli, blocked } = binary("cancel-cli-all-");
beforeAll(async () => {
  server = await startSimulators({ simulators: sims });
});
afterEach(() => {
  // No test may send anything to a host that is not a local simulator.
  expect(blocked()).toBe("");
});
afterAll(() => server.close());

/** The operations the simulators handled while `fn` ran. */
async function arriving<T>(fn: () => Promise<T>) {
  const before = sims.requests().length;
  const result = await fn();
  return {
    ...result,
    operations: sims
      .requests()
      .slice(before)
      .map((r) => r.operation),
  };
}

const emr = (app: string, ...more: string[]) => [
  "emr-serverless",
  app,
  "--all",
  "--region",
  "eu-west-1",
  "--base-url",
  server.urls.emrServerless,
  "--insecure-loopback",
  ...more,
];
const awsEnv = { ...AWS, AWS_REGION: "eu-west-1" };

describe("cancel-job <provider> <scope> --all (the binary)", () => {
  it("--dry-run lists three pages and prints the plan, and sends no cancel", async () => {
    for (let n = 1; n <= 105; n++) {
      sims.emrServerless.addJobRun({ applicationId: "appa", jobRunId: `a${n}`, name: `etl-${n}` });
    }
    for (let n = 1; n <= 5; n++) {
      sims.emrServerless.addJobRun({
        applicationId: "appa",
        jobRunId: `done${n}`,
        state: "SUCCESS",
      });
    }
    const { code, stdout, operations } = await arriving(() =>
      cli(emr("appa", "--dry-run", "--json"), awsEnv),
    );
    expect(code).toBe(EXIT.ok);
    const out = JSON.parse(stdout);
    expect(out.dryRun).toBe(true);
    // EMR filters by state on its side: the five finished runs are not even listed.
    expect(out.plan).toMatchObject({ provider: "emr-serverless", listed: 105, pages: 3 });
    expect(out.plan.runs).toHaveLength(105);
    expect(out.plan.runs[0]).toMatchObject({
      target: { provider: "emr-serverless", applicationId: "appa" },
      state: "running",
      vendorState: "RUNNING",
    });
    expect(typeof out.plan.runs[0].ageMs).toBe("number");
    expect(operations).toEqual(["listJobRuns", "listJobRuns", "listJobRuns"]);

    const text = await arriving(() => cli(emr("appa", "--dry-run", "--name", "etl-7"), awsEnv));
    expect(text.code).toBe(EXIT.ok);
    expect(text.stdout).toMatch(
      /^1 run of emr-serverless applicationId=appa to cancel:\n {2}applicationId=appa jobRunId=a7 {2}running \(RUNNING\) {2}age \d+s {2}"etl-7"\n\(listed 105 in 3 pages\)\n$/,
    );
    expect(text.operations.every((op) => op === "listJobRuns")).toBe(true);
  });

  it("without a terminal and without --yes it refuses before anything is sent (exit 2)", async () => {
    sims.emrServerless.addJobRun({ applicationId: "appb", jobRunId: "b1" });
    const { code, stderr, operations } = await arriving(() => cli(emr("appb"), awsEnv));
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/--all would cancel runs without a terminal to confirm on: pass --yes/);
    expect(operations).toEqual([]);
    expect(sims.emrServerless.jobRunState("appb", "b1")).toBe("RUNNING");
  });

  it("--yes cancels every active run of the scope, once each, with bulk mode's summary", async () => {
    sims.emrServerless.addJobRun({ applicationId: "appc", jobRunId: "c1" });
    sims.emrServerless.addJobRun({ applicationId: "appc", jobRunId: "c2", state: "PENDING" });
    sims.emrServerless.addJobRun({ applicationId: "appc", jobRunId: "c3", state: "FAILED" });
    sims.emrServerless.addJobRun({ applicationId: "other", jobRunId: "x1" });
    const { code, stdout, operations } = await arriving(() =>
      cli(emr("appc", "--yes", "--concurrency", "2"), awsEnv),
    );
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^2 runs of emr-serverless applicationId=appc to cancel:\n/);
    expect(stdout).toMatch(/\n2 of 2 done \(2 cancel-requested\), 0 failed, in \d+\.\d s\n$/);
    expect(operations.filter((op) => op === "cancelJobRun")).toHaveLength(2);
    expect(sims.emrServerless.jobRunState("other", "x1")).toBe("RUNNING");
    expect(sims.emrServerless.jobRunState("appc", "c3")).toBe("FAILED");
  });

  it("filters: --state, --older-than and --newer-than", async () => {
    sims.emrServerless.addJobRun({ applicationId: "appd", jobRunId: "d1" });
    sims.emrServerless.addJobRun({ applicationId: "appd", jobRunId: "d2", state: "PENDING" });
    const pending = await cli(emr("appd", "--dry-run", "--json", "--state", "pending"), awsEnv);
    expect(
      JSON.parse(pending.stdout).plan.runs.map(
        (r: { target: { jobRunId: string } }) => r.target.jobRunId,
      ),
    ).toEqual(["d2"]);
    // Both runs are seconds old.
    const old = await cli(emr("appd", "--dry-run", "--older-than", "1h"), awsEnv);
    expect(old.stdout).toMatch(/^No run of emr-serverless applicationId=appd matches\n/);
    const young = await cli(emr("appd", "--dry-run", "--json", "--newer-than", "1h"), awsEnv);
    expect(JSON.parse(young.stdout).plan.runs).toHaveLength(2);
  });

  it("a selector that matches more than --max-runs is refused, and nothing is cancelled", async () => {
    for (let n = 1; n <= 4; n++)
      sims.emrServerless.addJobRun({ applicationId: "appe", jobRunId: `e${n}` });
    const { code, stderr, operations } = await arriving(() =>
      cli(emr("appe", "--yes", "--max-runs", "3"), awsEnv),
    );
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/matches more than maxRuns \(3\) runs; nothing was cancelled/);
    expect(operations).not.toContain("cancelJobRun");
  });

  it("MRS: the project and cluster are the scope; a vendor filter (--job-name) narrows it", async () => {
    sims.huaweiMrs.addJob({ jobExecutionId: "m1", clusterId: CLUSTER, jobName: "nightly" });
    sims.huaweiMrs.addJob({ jobExecutionId: "m2", clusterId: CLUSTER, jobName: "adhoc" });
    const { code, stdout } = await cli(
      [
        "huawei-mrs",
        PROJECT,
        CLUSTER,
        "--all",
        "--job-name",
        "nightly",
        "--yes",
        "--json",
        "--region",
        "cn-north-4",
        "--base-url",
        server.urls.huaweiMrs,
        "--insecure-loopback",
      ],
      {
        HUAWEICLOUD_SDK_AK: HUAWEI.ak,
        HUAWEICLOUD_SDK_SK: HUAWEI.sk,
        HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
      },
    );
    expect(code).toBe(EXIT.ok);
    const out = JSON.parse(stdout);
    expect(out.plan.runs.map((r: { target: object }) => r.target)).toEqual([
      { provider: "huawei-mrs", projectId: PROJECT, clusterId: CLUSTER, jobExecutionId: "m1" },
    ]);
    expect(out.summary).toMatchObject({ total: 1, ok: 1 });
    expect(sims.huaweiMrs.jobState("m2")).toBe("RUNNING");
  });

  it("usage errors: Fabric lists nothing, a bad state, filters without --all, scope ids", async () => {
    const fabric = await cli(["fabric-workload", "--all", "--dry-run"]);
    expect(fabric.code).toBe(EXIT.usage);
    expect(fabric.stderr).toMatch(
      /fabric-workload lists no runs \(its API has no list operation\)/,
    );
    const state = await cli(emr("appa", "--dry-run", "--state", "active"), awsEnv);
    expect(state.code).toBe(EXIT.usage);
    expect(state.stderr).toMatch(/--state takes run states separated by commas \(pending, running/);
    const alone = await cli(["emr-serverless", "app", "run", "--older-than", "2h"]);
    expect(alone.stderr).toMatch(/--older-than goes with --all/);
    const ids = await cli(["huawei-mrs", PROJECT, "--all", "--dry-run"]);
    expect(ids.stderr).toMatch(
      /huawei-mrs --all takes the scope <project-id> <cluster-id>, got 1 id/,
    );
    const foreign = await cli(emr("appa", "--dry-run", "--job-name", "x"), awsEnv);
    expect(foreign.stderr).toMatch(/--job-name does not apply to emr-serverless --all/);
    expect([alone.code, ids.code, foreign.code]).toEqual([EXIT.usage, EXIT.usage, EXIT.usage]);
  });
});

describe("on a terminal, --all shows the plan and asks", () => {
  function io(answer: string | undefined) {
    let stdout = "";
    let stderr = "";
    const asked: string[] = [];
    const value: Io = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t), isTTY: false },
      readStdin: async () => "",
      env: {},
      ask: async (question) => {
        asked.push(question);
        return answer;
      },
    };
    return { value, out: () => ({ stdout, stderr, asked }) };
  }

  it("no: nothing is cancelled; yes: every planned run is", async () => {
    sims.databricks.addRun({ runId: 7001, jobId: 70 });
    sims.databricks.addRun({ runId: 7002, jobId: 70 });
    sims.databricks.addRun({ runId: 7003, jobId: 71 });
    // In process, the provider packages read process.env: the flags carry the host and token.
    const args = [
      "databricks",
      "--all",
      "--job-id",
      "70",
      "--host",
      server.urls.databricks,
      "--token",
      TOKEN,
      "--insecure-loopback",
    ];
    const no = io("n");
    const refused = await arriving(() => run(args, no.value).then((code) => ({ code })));
    expect(refused.code).toBe(EXIT.ok);
    expect(no.out().asked).toEqual(["Cancel 2 runs? [y/N] "]);
    expect(no.out().stderr).toMatch(
      /^2 runs of databricks {2}to cancel:\n {2}runId=700[12] {2}running/,
    );
    expect(no.out().stderr).toMatch(/Nothing was cancelled\.\n$/);
    expect(refused.operations).toEqual(["listRuns"]);

    const yes = io("y");
    const done = await arriving(() => run(args, yes.value).then((code) => ({ code })));
    expect(done.code).toBe(EXIT.ok);
    expect(done.operations.filter((op) => op === "cancelRun")).toHaveLength(2);
    // Databricks accepts a cancel of an ended run alike: each cancel is read once after (verify).
    expect(done.operations.filter((op) => op === "getRun")).toHaveLength(2);
    expect(yes.out().stdout).toMatch(/2 of 2 done/);
    expect(sims.databricks.runState(7003)?.lifeCycleState).toBe("RUNNING");
  });
});

describe("a run that ends while the plan is on screen", () => {
  it("comes out already-terminal, not a failure (exit 0)", async () => {
    sims.databricks.addRun({ runId: 8001, jobId: 80 });
    sims.databricks.addRun({ runId: 8002, jobId: 80 });
    let stdout = "";
    const io: Io = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      readStdin: async () => "",
      env: {},
      // While the question is on screen, run 8002 ends on its own.
      ask: async () => {
        sims.databricks.finishRun(8002);
        return "yes";
      },
    };
    const code = await run(
      [
        "databricks",
        "--all",
        "--job-id",
        "80",
        "--json",
        "--host",
        server.urls.databricks,
        "--token",
        TOKEN,
        "--insecure-loopback",
      ],
      io,
    );
    expect(code).toBe(EXIT.ok);
    const { plan, results, summary } = JSON.parse(stdout);
    expect(plan.runs.map((r: { state: string }) => r.state)).toEqual(["running", "running"]);
    const byRun = Object.fromEntries(
      results.map((r: { target: { runId: number }; outcome: string }) => [r.target.runId, r]),
    );
    expect(byRun[8001].outcome).not.toBe("already-terminal");
    expect(byRun[8002]).toMatchObject({
      ok: true,
      outcome: "already-terminal",
      final: { state: "succeeded" },
    });
    expect(summary).toMatchObject({ total: 2, ok: 2, failed: 0 });
  });
});

describe("help", () => {
  it("each listing provider's help shows --all with its scope and own filters; Fabric says why not", () => {
    const help = (id: string) => providerHelp(PROVIDER_SPECS.find((p) => p.id === id)!);
    expect(help("emr-serverless")).toContain(
      "cancel-job emr-serverless <application-id> --all [filters]",
    );
    expect(help("databricks")).toMatch(/--job-id <n>/);
    expect(help("huawei-mrs")).toContain("cancel-job huawei-mrs <project-id> <cluster-id> --all");
    expect(help("fabric-workload")).toContain("--all: fabric-workload lists no runs");
  });

  it("the README's table of scopes and filters is each provider's spec", () => {
    const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8").split(
      "## Cancel by filter",
    )[1]!;
    for (const spec of PROVIDER_SPECS) {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${spec.id}\``))!;
      const [, , scopeCell, filterCell] = row.split("|");
      const scope = listScopeOf(spec.id);
      if (!scope) {
        expect(filterCell).toMatch(/lists no runs/);
        continue;
      }
      expect([...scopeCell!.matchAll(/<([a-z-]+)>/g)].map((m) => m[1])).toEqual(
        scope.filter((f) => f.required).map((f) => f.flag),
      );
      const flags = scope.filter((f) => !f.required).map((f) => f.flag);
      for (const [, flag] of filterCell!.matchAll(/--([a-z-]+)/g)) expect(flags).toContain(flag);
    }
  });
});
