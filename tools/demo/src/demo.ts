// The README's first command ends here: every provider's generated client cancels a run and reads
// its status against an in-process mock (msw) that answers with the vendor's documented examples.
// No credentials, no network.
import { isAlreadyTerminal } from "@cancel/core";
import * as databricks from "@cancel/databricks";
import * as emr from "@cancel/emr-serverless";
import * as fabric from "@cancel/fabric-workload";
import * as dli from "@cancel/huawei-dli";
import * as mrs from "@cancel/huawei-mrs";
import { specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";

interface Row {
  provider: string;
  call: string;
  wire: string;
  result: string;
  ms: string;
}

function example(spec: string, operationId: string): { status: number; body: unknown } {
  const op = specExamples(spec)[operationId];
  const first = op?.success[0];
  return { status: Number(first?.status ?? 200), body: first?.value };
}

function respond(spec: string, operationId: string) {
  const { status, body } = example(spec, operationId);
  return () =>
    body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
}

const wire: string[] = [];
const server = setupServer(
  http.post("https://*/api/2.2/jobs/runs/cancel", respond("databricks", "cancelRun")),
  http.get("https://*/api/2.2/jobs/runs/get", respond("databricks", "getRun")),
  http.delete(
    "https://*/applications/:app/jobruns/:run",
    respond("emr-serverless", "cancelJobRun"),
  ),
  http.get("https://*/applications/:app/jobruns/:run", respond("emr-serverless", "getJobRun")),
  http.post(
    "https://*/v2/:project/clusters/:cluster/job-executions/:job/kill",
    respond("huawei-mrs", "stopJob"),
  ),
  http.get(
    "https://*/v2/:project/clusters/:cluster/job-executions/:job",
    respond("huawei-mrs", "showSingleJobExe"),
  ),
  http.delete("https://*/v1.0/:project/jobs/:job", respond("huawei-dli", "cancelSqlJob")),
  http.get("https://*/v1.0/:project/jobs/:job/status", respond("huawei-dli", "showSqlJobStatus")),
  http.post(
    "https://*/workspaces/:w/items/:t/:i/jobTypes/:j/instances/:n/cancel",
    respond("fabric-workload", "cancelItemJobInstance"),
  ),
  http.get(
    "https://*/workspaces/:w/items/:t/:i/jobTypes/:j/instances/:n",
    respond("fabric-workload", "getItemJobInstanceState"),
  ),
);
server.events.on("request:start", ({ request }) => {
  const url = new URL(request.url);
  wire.push(`${request.method} ${url.host}${url.pathname}${url.search}`);
});

// A plain header stands in for vendor auth here; each package documents its real auth.
const plainAuth = (name: string, value: string) => (request: Request) => {
  request.headers.set(name, value);
  return request;
};

async function step(
  provider: string,
  call: string,
  run: () => Promise<unknown>,
  show: (r: never) => string,
): Promise<Row> {
  const started = performance.now();
  const before = wire.length;
  let result: string;
  try {
    result = show((await run()) as never);
  } catch (error) {
    result = `error: ${(error as Error).message}`;
  }
  return {
    provider,
    call,
    wire: wire.slice(before).join(", "),
    result,
    ms: (performance.now() - started).toFixed(1),
  };
}

server.listen({ onUnhandledFrame: "error" });
const project = "37caa80116e1403ab603e5eeb48a2f74";
const fabricIds = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
  activityId: crypto.randomUUID(),
  requestId: crypto.randomUUID(),
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
};

const dbx = databricks.createClient({
  server: { host: "dbc-a1b2345c-d6e7.cloud.databricks.com" },
  authenticate: plainAuth("authorization", "Bearer demo"),
});
const aws = emr.createClient({
  server: { region: "eu-west-1" },
  authenticate: plainAuth("authorization", "demo"),
});
const mrsClient = mrs.createClient({
  server: { region: "ap-southeast-1", domainSuffix: "myhuaweicloud.cn" },
  authenticate: plainAuth("x-auth-token", "demo"),
});
const dliClient = dli.createClient({
  server: { region: "eu-west-101", domainSuffix: "myhuaweicloud.eu" },
  authenticate: plainAuth("x-auth-token", "demo"),
});
const fab = fabric.createClient({
  authenticate: plainAuth(
    "authorization",
    'SubjectAndAppToken1.0 subjectToken="", appToken="eyJdemo"',
  ),
});

const rows: Row[] = [
  await step(
    "databricks",
    "cancelRun",
    () => databricks.cancelRun(dbx, { runId: 455644833 }),
    () => "accepted ({})",
  ),
  await step(
    "databricks",
    "getRun",
    () => databricks.getRun(dbx, { runId: 455644833 }),
    (r: databricks.GetRunOutput) =>
      `life_cycle_state ${r.state?.life_cycle_state}, result_state ${r.state?.result_state}`,
  ),
  await step(
    "emr-serverless",
    "cancelJobRun",
    () =>
      emr.cancelJobRun(aws, {
        applicationId: "00f1r6ss7gs9ue09",
        jobRunId: "00f1s0tqg1gkas09",
        shutdownGracePeriodInSeconds: 300,
      }),
    (r: emr.CancelJobRunOutput) => `accepted ${r.jobRunId}`,
  ),
  await step(
    "emr-serverless",
    "getJobRun",
    () => emr.getJobRun(aws, { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" }),
    (r: emr.GetJobRunOutput) => `state ${r.jobRun.state}`,
  ),
  await step(
    "huawei-mrs",
    "stopJob (v2)",
    () =>
      mrs.stopJob(mrsClient, {
        projectId: project,
        clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
        jobExecutionId: "2de74673-1a78-48af-a95b-e1fec4a4ae9c",
      }),
    () => "accepted (no body)",
  ),
  await step(
    "huawei-mrs",
    "showSingleJobExe",
    () =>
      mrs.showSingleJobExe(mrsClient, {
        projectId: project,
        clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
        jobExecutionId: "2de74673-1a78-48af-a95b-e1fec4a4ae9c",
      }),
    (r: mrs.ShowSingleJobExeOutput) => `job_state ${r.job_detail?.job_state}`,
  ),
  await step(
    "huawei-dli",
    "cancelSqlJob",
    () =>
      dli.cancelSqlJob(dliClient, {
        projectId: project,
        jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992",
      }),
    (r: dli.CancelSqlJobOutput) =>
      isAlreadyTerminal(r) ? "already finished" : `is_success ${r.is_success}`,
  ),
  await step(
    "huawei-dli",
    "showSqlJobStatus",
    () =>
      dli.showSqlJobStatus(dliClient, {
        projectId: project,
        jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992",
      }),
    (r: dli.ShowSqlJobStatusOutput) => `status ${r.status}`,
  ),
  await step(
    "fabric-workload",
    "cancelItemJobInstance",
    () => fabric.cancelItemJobInstance(fab, fabricIds),
    (r: fabric.CancelItemJobInstanceOutput) =>
      isAlreadyTerminal(r) ? "already finished" : `status ${r.status}`,
  ),
  await step(
    "fabric-workload",
    "getItemJobInstanceState",
    () => fabric.getItemJobInstanceState(fab, fabricIds),
    (r: fabric.GetItemJobInstanceStateOutput) => `status ${r.status}`,
  ),
];
server.close();

const columns: (keyof Row)[] = ["provider", "call", "result", "ms", "wire"];
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
console.log(line(columns));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(columns.map((c) => row[c])));
const failed = rows.filter((r) => r.result.startsWith("error"));
console.log(
  `\n${rows.length - failed.length} of ${rows.length} calls succeeded against the in-process mock.`,
);
if (failed.length > 0) process.exitCode = 1;
