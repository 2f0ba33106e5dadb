// The real binary against the vendor simulators on 127.0.0.1: JSON output, --wait, bulk from a
// file and from stdin, and the documented exit codes.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createSimulators } from "@cancel/testing";
import { startSimulators } from "@cancel/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/index.js";

const bin = join(import.meta.dirname, "../dist/bin.js");
const exec = promisify(execFile);
const TOKEN = "dapi-cli-test-0000";
const AWS = { AWS_ACCESS_KEY_ID: "AKIACLITEST0000000", AWS_SECRET_ACCESS_KEY: "cli/test/secret" };
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(AWS_|DATABRICKS_|HUAWEICLOUD_|FABRIC_)/.test(k)),
);

const sims = createSimulators({
  cancelDelayMs: 200,
  databricks: { tokens: [TOKEN] },
  emr: {
    credentials: [
      { accessKeyId: AWS.AWS_ACCESS_KEY_ID, secretAccessKey: AWS.AWS_SECRET_ACCESS_KEY },
    ],
    region: "eu-west-1",
  },
});
let server: Awaited<ReturnType<typeof startSimulators>>;
let dbxEnv: Record<string, string>;
const tmp = mkdtempSync(join(tmpdir(), "cancel-cli-e2e-"));

beforeAll(async () => {
  server = await startSimulators({ simulators: sims });
  dbxEnv = { DATABRICKS_HOST: server.urls.databricks, DATABRICKS_TOKEN: TOKEN };
});
afterAll(() => server.close());

async function cli(args: string[], env: Record<string, string> = {}, stdin?: string) {
  if (stdin !== undefined) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { env: { ...baseEnv, ...env } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      env: { ...baseEnv, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

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
        vendorResult: "CANCELED",
      },
    });
    expect(sims.databricks.runState(101)?.resultState).toBe("CANCELED");
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
    sims.emr.addJobRun({ applicationId: "app1", jobRunId: "run1", state: "RUNNING" });
    const { code, stdout } = await cli(
      [
        "emr-serverless",
        "app1",
        "run1",
        "--region",
        "eu-west-1",
        "--base-url",
        server.urls.emr,
        "--insecure-loopback",
        "--json",
      ],
      { ...AWS, AWS_REGION: "us-east-1" },
    );
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, outcome: "cancel-requested" });
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
