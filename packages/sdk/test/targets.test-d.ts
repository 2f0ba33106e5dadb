import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelErrorKind,
  type CancelOutcome,
  type CancelResult,
  type CancelTarget,
  createCancelClient,
  type DatabricksTarget,
  type RunStatus,
} from "../src/index.js";

const sdk = createCancelClient({});

describe("the target union", () => {
  it("accepts each vendor's own identifiers", () => {
    void sdk.cancel({ provider: "databricks", runId: 1 });
    void sdk.cancel({ provider: "emr-serverless", applicationId: "a", jobRunId: "b" });
    void sdk.cancel({
      provider: "emr-serverless",
      applicationId: "a",
      jobRunId: "b",
      shutdownGracePeriodInSeconds: 30,
    });
    void sdk.cancel({ provider: "huawei-mrs", projectId: "p", jobExecutionId: "j" });
    void sdk.cancel({
      provider: "huawei-mrs",
      projectId: "p",
      jobExecutionId: "j",
      clusterId: "c",
    });
    void sdk.cancel({ provider: "huawei-dli", projectId: "p", jobId: "j" });
    void sdk.cancel({
      provider: "fabric-workload",
      workspaceId: "w",
      itemType: "T",
      itemId: "i",
      jobType: "j",
      jobInstanceId: "k",
    });
  });

  it("rejects a target that mixes vendors' fields, also through a variable", () => {
    // @ts-expect-error jobId is DLI's, not Databricks'
    void sdk.cancel({ provider: "databricks", runId: 1, jobId: "x" });
    // @ts-expect-error runId is Databricks', not EMR's
    void sdk.cancel({ provider: "emr-serverless", applicationId: "a", jobRunId: "b", runId: 1 });
    // @ts-expect-error clusterId is MRS', not DLI's
    void sdk.cancel({ provider: "huawei-dli", projectId: "p", jobId: "j", clusterId: "c" });
    const mixed = { provider: "databricks" as const, runId: 1, applicationId: "a" };
    // @ts-expect-error applicationId is EMR's
    void sdk.cancel(mixed);
    // @ts-expect-error a mixed target is not a CancelTarget
    const list: CancelTarget[] = [mixed];
    void list;
  });

  it("rejects missing or mistyped identifiers and unknown providers", () => {
    // @ts-expect-error runId is missing
    void sdk.cancel({ provider: "databricks" });
    // @ts-expect-error runId is a number
    void sdk.cancel({ provider: "databricks", runId: "1" });
    // @ts-expect-error jobRunId is missing
    void sdk.cancel({ provider: "emr-serverless", applicationId: "a" });
    // @ts-expect-error no such provider
    void sdk.cancel({ provider: "snowflake", runId: 1 });
    // @ts-expect-error the Fabric target needs jobType
    void sdk.cancel({
      provider: "fabric-workload",
      workspaceId: "w",
      itemType: "T",
      itemId: "i",
      jobInstanceId: "k",
    });
  });

  it("narrows by provider", () => {
    const target = {} as CancelTarget;
    if (target.provider === "databricks") expectTypeOf(target.runId).toEqualTypeOf<number>();
    if (target.provider === "huawei-mrs") {
      expectTypeOf(target.clusterId).toEqualTypeOf<string | undefined>();
    }
  });
});

describe("results", () => {
  it("carry the target's type, the outcome, and with wait the final state", async () => {
    const result = await sdk.cancel({ provider: "databricks", runId: 1 });
    expectTypeOf(result).toEqualTypeOf<CancelResult<{ provider: "databricks"; runId: number }>>();
    expectTypeOf(result.outcome).toEqualTypeOf<CancelOutcome>();
    expectTypeOf(result.final).toEqualTypeOf<
      RunStatus<{ provider: "databricks"; runId: number }> | undefined
    >();
    const waited = await sdk.cancel({ provider: "databricks", runId: 1 }, { wait: true });
    expectTypeOf(waited.final).toEqualTypeOf<
      RunStatus<{ provider: "databricks"; runId: number }>
    >();
    expectTypeOf(waited.final.target).toMatchTypeOf<DatabricksTarget>();
  });

  it("a CancelError's kind is a closed set", async () => {
    const entries = await sdk.cancelMany([]);
    const first = entries[0]!;
    if (!first.ok) {
      expectTypeOf(first.error.kind).toEqualTypeOf<CancelErrorKind>();
      // @ts-expect-error not a kind
      const kind: CancelErrorKind = "teapot";
      void kind;
    }
  });
});
