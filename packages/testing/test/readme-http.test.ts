// The README's loopback example (one client per vendor), verbatim; readme-blocks.test.ts keeps
// the two in step.
import { expect, it } from "vitest";
import { cancelRun, createClient as databricksClient } from "@cancel/databricks";
import { cancelJobRun, createClient as emrClient } from "@cancel/emr-serverless";
import { cancelItemJobInstance, createClient as fabricClient } from "@cancel/fabric-workload";
import { cancelSqlJob, createClient as dliClient } from "@cancel/huawei-dli";
import { createClient as mrsClient, stopJob } from "@cancel/huawei-mrs";
import { startSimulators } from "@cancel/testing/node";

const { sims, urls, close } = await startSimulators();

sims.databricks.addRun({ runId: 42 });
const databricks = databricksClient({
  host: urls.databricks,
  token: "dapi-test",
  allowInsecureLoopback: true,
});
await cancelRun(databricks, { runId: 42 });

sims.emrServerless.addJobRun({ applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" });
const emr = emrClient({
  baseUrl: urls.emrServerless,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  allowInsecureLoopback: true,
});
await cancelJobRun(emr, { applicationId: "00f1r6ss7gs9ue09", jobRunId: "00f1s0tqg1gkas09" });

sims.huaweiMrs.addJob({ jobExecutionId: "431b135e-c090-489f-b1db-0abe3822b855" });
const mrs = mrsClient({
  baseUrl: urls.huaweiMrs,
  credentials: { ak: "AK", sk: "SK" },
  allowInsecureLoopback: true,
});
await stopJob(mrs, {
  projectId: "37caa80116e1403ab603e5eeb48a2f74",
  clusterId: "ef7b54f2-3d92-49b2-a6d7-94607e1ea7df",
  jobExecutionId: "431b135e-c090-489f-b1db-0abe3822b855",
});

sims.huaweiDli.addJob({ jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992" });
const dli = dliClient({
  baseUrl: urls.huaweiDli,
  credentials: { ak: "AK", sk: "SK" },
  allowInsecureLoopback: true,
});
await cancelSqlJob(dli, {
  projectId: "37caa80116e1403ab603e5eeb48a2f74",
  jobId: "6d2146a0-c2d5-41bd-8ca0-ca9694ada992",
});

const fabricJob = {
  workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
  itemType: "Contoso.FinanceAnalytics.Forecast",
  itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
  jobType: "calculateForecast",
  jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
};
sims.fabricWorkload.addJobInstance(fabricJob);
const fabric = fabricClient({
  baseUrl: urls.fabricWorkload,
  appToken: "eyJ0eXAiOiJKV1QifQ.app.sig", // a JWT, as Entra ID issues them
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  allowInsecureLoopback: true,
});
await cancelItemJobInstance(fabric, fabricJob);

await close();

it("cancels one run per vendor over the loopback servers", () => {
  expect(sims.requests().map((r) => `${r.vendor} ${r.operation} ${r.status}`)).toEqual([
    "databricks cancelRun 200",
    "emr-serverless cancelJobRun 200",
    "huawei-mrs stopJob 200",
    "huawei-dli cancelSqlJob 200",
    "fabric-workload cancelItemJobInstance 200",
  ]);
  expect(sims.requests().every((r) => r.url.startsWith("http://127.0.0.1:"))).toBe(true);
  expect(sims.databricks.runState(42)).toEqual({
    lifeCycleState: "TERMINATED",
    resultState: "CANCELED",
  });
  expect(sims.emrServerless.jobRunState("00f1r6ss7gs9ue09", "00f1s0tqg1gkas09")).toBe("CANCELLED");
  expect(sims.huaweiMrs.jobState("431b135e-c090-489f-b1db-0abe3822b855")).toBe("KILLED");
  expect(sims.huaweiDli.jobStatus("6d2146a0-c2d5-41bd-8ca0-ca9694ada992")).toBe("CANCELLED");
  expect(sims.fabricWorkload.jobInstanceStatus("63f77191-432d-4ee6-9c5f-31a1a6987072")).toBe(
    "Cancelled",
  );
});
