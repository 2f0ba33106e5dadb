import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelJobRunInput,
  type CancelJobRunOutput,
  cancelJobRun,
  createClient,
  getJobRun,
} from "../src/index.js";

const client = createClient();

describe("cancelJobRun types", () => {
  it("requires applicationId and jobRunId as strings", () => {
    // @ts-expect-error jobRunId is missing
    void cancelJobRun(client, { applicationId: "a" });
    // @ts-expect-error applicationId must be a string
    void cancelJobRun(client, { applicationId: 1, jobRunId: "b" });
    const ids = { applicationId: "a", jobRunId: "b" };
    // @ts-expect-error the grace period is a number
    void cancelJobRun(client, { ...ids, shutdownGracePeriodInSeconds: "30" });
    // @ts-expect-error unknown fields do not compile
    void cancelJobRun(client, { applicationId: "a", jobRunId: "b", jobRunID: "c" });
    expectTypeOf<CancelJobRunInput>().toEqualTypeOf<{
      applicationId: string;
      jobRunId: string;
      shutdownGracePeriodInSeconds?: number;
    }>();
  });

  it("returns the typed body", () => {
    expectTypeOf(cancelJobRun).returns.resolves.toEqualTypeOf<CancelJobRunOutput>();
    expectTypeOf<CancelJobRunOutput>().toMatchTypeOf<{ applicationId: string; jobRunId: string }>();
  });

  it("types the job run state", () => {
    expectTypeOf(getJobRun).returns.resolves.toHaveProperty("jobRun");
  });
});
