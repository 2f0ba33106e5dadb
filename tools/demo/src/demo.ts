// The README's first command ends here. It starts the five vendor simulators on 127.0.0.1 (with
// credentials they check the way each vendor does), puts a running job on each, and cancels one
// per vendor through the umbrella (`@cancel/sdk`) and one through the `cancel-job` CLI (the real
// binary, in a child process), waits for every run to end, and prints a table. No credentials of
// yours, no network beyond loopback; the servers are closed at the end.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { type CancelTarget, createCancelClient } from "@cancel/sdk";
import { createSimulators } from "@cancel/testing";
import { startSimulators } from "@cancel/testing/node";

const execFileAsync = promisify(execFile);

// Demo credentials: the simulators accept exactly these, and verify every request with them.
const creds = {
  databricksToken: "dapi-demo-0123456789abcdef",
  aws: { accessKeyId: "AKIADEMO0000000000", secretAccessKey: "demo/secret/key/for/the/simulator" },
  huawei: { ak: "HUAWEIDEMOAK000000", sk: "huawei-demo-secret-key-0000000000000" },
  fabricAppToken: "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhcHAiOiJkZW1vIn0.",
};
const project = "37caa80116e1403ab603e5eeb48a2f74";
const fabricTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

const sims = createSimulators({
  cancelDelayMs: 600,
  databricks: { tokens: [creds.databricksToken] },
  emrServerless: { credentials: [creds.aws], region: "eu-west-1" },
  huaweiMrs: { credentials: [creds.huawei] },
  huaweiDli: { credentials: [creds.huawei] },
  fabricWorkload: { appTokens: [creds.fabricAppToken] },
});
const server = await startSimulators({ simulators: sims });
const { urls } = server;
const work = mkdtempSync(join(tmpdir(), "cancel-demo-"));

interface Row {
  via: string;
  vendor: string;
  ids: string;
  outcome: string;
  final: string;
  seconds: string;
}

/** The id that names the run (the other ids locate it). */
function ids(target: CancelTarget): string {
  switch (target.provider) {
    case "databricks":
      return `run ${target.runId}`;
    case "emr-serverless":
      return `job run ${target.jobRunId}`;
    case "huawei-mrs":
      return `job execution ${target.jobExecutionId}`;
    case "huawei-dli":
      return `job ${target.jobId}`;
    case "fabric-workload":
      return `job instance ${target.jobInstanceId}`;
  }
}

try {
  // One running job per vendor for the umbrella, one for the CLI.
  const targets = (suffix: string): CancelTarget[] => {
    const n = suffix === "sdk" ? 1 : 2;
    sims.databricks.addRun({ runId: 455644830 + n, state: "RUNNING" });
    sims.emrServerless.addJobRun({
      applicationId: "00f1r6ss7gs9ue09",
      jobRunId: `00f1s0tqg1gkas0${n}`,
      state: "RUNNING",
    });
    sims.huaweiMrs.addJob({
      jobExecutionId: `2de74673-1a78-48af-a95b-e1fec4a4ae9${n}`,
      clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
      state: "RUNNING",
    });
    sims.huaweiDli.addJob({ jobId: `6d2146a0-c2d5-41bd-8ca0-ca9694ada99${n}`, status: "RUNNING" });
    sims.fabricWorkload.addJobInstance({
      jobInstanceId: `63f77191-432d-4ee6-9c5f-31a1a698707${n}`,
      status: "InProgress",
    });
    return [
      { provider: "databricks", runId: 455644830 + n },
      {
        provider: "emr-serverless",
        applicationId: "00f1r6ss7gs9ue09",
        jobRunId: `00f1s0tqg1gkas0${n}`,
      },
      {
        provider: "huawei-mrs",
        projectId: project,
        clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
        jobExecutionId: `2de74673-1a78-48af-a95b-e1fec4a4ae9${n}`,
      },
      {
        provider: "huawei-dli",
        projectId: project,
        jobId: `6d2146a0-c2d5-41bd-8ca0-ca9694ada99${n}`,
      },
      {
        provider: "fabric-workload",
        workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
        itemType: "Contoso.FinanceAnalytics.Forecast",
        itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
        jobType: "calculateForecast",
        jobInstanceId: `63f77191-432d-4ee6-9c5f-31a1a698707${n}`,
      },
    ];
  };

  // The same configuration object serves the umbrella and, as --config, the CLI.
  const config = {
    databricks: {
      host: urls.databricks,
      token: creds.databricksToken,
      allowInsecureLoopback: true,
    },
    emrServerless: {
      endpoint: urls.emrServerless,
      region: "eu-west-1",
      credentials: creds.aws,
      allowInsecureLoopback: true,
    },
    huaweiMrs: {
      baseUrl: urls.huaweiMrs,
      credentials: creds.huawei,
      projectId: project,
      allowInsecureLoopback: true,
    },
    huaweiDli: {
      baseUrl: urls.huaweiDli,
      credentials: creds.huawei,
      projectId: project,
      allowInsecureLoopback: true,
    },
    fabricWorkload: {
      baseUrl: `${urls.fabricWorkload}/workload`,
      appToken: creds.fabricAppToken,
      tenantId: fabricTenant,
      allowInsecureLoopback: true,
    },
  };
  const client = createCancelClient(config);

  const viaSdk = targets("sdk").map(async (target): Promise<Row> => {
    const started = performance.now();
    try {
      const result = await client.cancel(target, { wait: { timeoutMs: 30_000 } });
      return {
        via: "@cancel/sdk",
        vendor: target.provider,
        ids: ids(target),
        outcome: result.outcome,
        final: `${result.final.state} (${[result.final.vendorState, result.final.vendorResult].filter(Boolean).join("/")})`,
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      };
    } catch (error) {
      return {
        via: "@cancel/sdk",
        vendor: target.provider,
        ids: ids(target),
        outcome: `error: ${(error as Error).message}`,
        final: "-",
        seconds: "-",
      };
    }
  });

  const configFile = join(work, "config.json");
  writeFileSync(configFile, JSON.stringify(config));
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve("@cancel/cli/package.json")), "dist/bin.js");
  const viaCli = targets("cli").map(async (target): Promise<Row> => {
    const started = performance.now();
    const file = join(work, `${target.provider}.jsonl`);
    writeFileSync(file, `${JSON.stringify(target)}\n`);
    try {
      const { stdout } = await execFileAsync(process.execPath, [
        bin,
        "--file",
        file,
        "--config",
        configFile,
        "--wait",
        "--timeout",
        "30s",
        "--json",
      ]);
      const [entry] = (
        JSON.parse(stdout) as {
          results: {
            outcome: string;
            final?: { state: string; vendorState?: string; vendorResult?: string };
            error?: { message: string };
          }[];
        }
      ).results;
      return {
        via: "cancel-job",
        vendor: target.provider,
        ids: ids(target),
        outcome: entry?.outcome ?? `error: ${entry?.error?.message}`,
        final: entry?.final
          ? `${entry.final.state} (${[entry.final.vendorState, entry.final.vendorResult].filter(Boolean).join("/")})`
          : "-",
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      };
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      return {
        via: "cancel-job",
        vendor: target.provider,
        ids: ids(target),
        outcome: `error: ${(e.stderr || e.message).trim()}`,
        final: "-",
        seconds: "-",
      };
    }
  });

  const rows = await Promise.all([...viaSdk, ...viaCli]);
  const columns: (keyof Row)[] = ["vendor", "via", "ids", "outcome", "final", "seconds"];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  rows.sort((a, b) =>
    a.vendor === b.vendor ? a.via.localeCompare(b.via) : a.vendor.localeCompare(b.vendor),
  );
  console.log(line(columns));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
  const cancelled = rows.filter((r) => r.final.startsWith("cancelled"));
  console.log(
    `\n${cancelled.length} of ${rows.length} runs cancelled and ended, on simulators at ${Object.values(urls).join(", ")} (verifying each vendor's auth).`,
  );
  if (cancelled.length !== rows.length) process.exitCode = 1;
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
