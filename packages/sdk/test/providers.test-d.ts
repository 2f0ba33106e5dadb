import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelClient,
  type CancelResult,
  type CancelTarget,
  createCancelClient,
  type EmrServerlessTarget,
  type RunStatus,
  type TargetOf,
} from "../src/client.js";
import { databricks } from "../src/databricks.js";
import { emrServerless } from "../src/emr-serverless.js";
import { huaweiDli } from "../src/huawei-dli.js";
import * as root from "../src/index.js";

const emr = createCancelClient({ providers: [emrServerless], emrServerless: {} });
const emrTarget = { provider: "emr-serverless", applicationId: "a", jobRunId: "b" } as const;

describe("a client of some providers", () => {
  it("is typed by the adapters it was given", () => {
    expectTypeOf(emr).toEqualTypeOf<CancelClient<"emr-serverless">>();
    expectTypeOf(emr.providers).toEqualTypeOf<readonly "emr-serverless"[]>();
    const two = createCancelClient({ providers: [databricks, huaweiDli] });
    expectTypeOf(two).toEqualTypeOf<CancelClient<"databricks" | "huawei-dli">>();
    // The root's client is the one of all five, as before.
    expectTypeOf(root.createCancelClient({})).toEqualTypeOf<CancelClient>();
    expectTypeOf<CancelTarget<"emr-serverless">>().toEqualTypeOf<TargetOf<"emr-serverless">>();
  });

  it("takes its providers' targets, with the same result types", async () => {
    const result = await emr.cancel(emrTarget);
    expectTypeOf(result).toEqualTypeOf<CancelResult<typeof emrTarget>>();
    const waited = await emr.cancel(emrTarget, { wait: true });
    expectTypeOf(waited.final).toEqualTypeOf<RunStatus<typeof emrTarget>>();
    expectTypeOf(waited.final.target).toMatchTypeOf<EmrServerlessTarget>();
    void emr.cancelMany([emrTarget]);
    void emr.status(emrTarget);
    void emr.providerClient("emr-serverless");
  });

  it("refuses the targets, clients and configuration keys of other providers", () => {
    // @ts-expect-error databricks is not a provider of this client
    void emr.cancel({ provider: "databricks", runId: 1 });
    // @ts-expect-error nor in cancelMany
    void emr.cancelMany([{ provider: "huawei-dli", projectId: "p", jobId: "j" }]);
    // @ts-expect-error nor for a status read
    void emr.status({ provider: "databricks", runId: 1 });
    // @ts-expect-error nor its provider client
    void emr.providerClient("databricks");
    // @ts-expect-error a configuration key of a provider the client is not made with
    void createCancelClient({ providers: [emrServerless], databricks: {} });
    // @ts-expect-error another vendor's fields, as in the full client
    void emr.cancel({ ...emrTarget, runId: 1 });
  });

  it("needs providers, as adapters", () => {
    // @ts-expect-error no providers
    void createCancelClient({ emrServerless: {} });
    // @ts-expect-error provider ids are not adapters
    void createCancelClient({ providers: ["emr-serverless"] });
  });
});
