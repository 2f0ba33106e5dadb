import { describe, expectTypeOf, it } from "vitest";
import { createCancelClient as createClientOf } from "../src/client.js";
import { emrServerless } from "../src/emr-serverless.js";
import {
  type CancelReason,
  createCancelClient,
  type FollowedRun,
  followRun,
  type RunStatus,
} from "../src/index.js";

const sdk = createCancelClient({});

describe("followRun's types", () => {
  it("keeps the target's own type through the handle, its outcomes and its wait", () => {
    const run = followRun(
      sdk,
      { provider: "databricks", runId: 1 },
      {
        onCancel: (outcome) => {
          expectTypeOf(outcome.reason).toEqualTypeOf<CancelReason>();
          if (outcome.kind === "cancelled") expectTypeOf(outcome.result.target.runId).toBeNumber();
        },
      },
    );
    expectTypeOf(run.target.runId).toBeNumber();
    expectTypeOf(run.wait()).resolves.toEqualTypeOf<
      RunStatus<{ provider: "databricks"; runId: number }>
    >();
    expectTypeOf(run).toExtend<AsyncDisposable>();
    expectTypeOf(run).toExtend<FollowedRun>();
  });

  it("refuses a target of a provider the client was not made with, and an unknown reason", () => {
    const emr = createClientOf({ providers: [emrServerless], emrServerless: {} });
    void followRun(emr, { provider: "emr-serverless", applicationId: "a", jobRunId: "b" });
    // @ts-expect-error: databricks is not one of this client's providers
    void followRun(emr, { provider: "databricks", runId: 1 });
    // @ts-expect-error: not a cancel reason
    void followRun(sdk, { provider: "databricks", runId: 1 }, { reason: "later" });
  });
});
