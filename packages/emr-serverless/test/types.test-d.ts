import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelJobRunInput,
  type CancelJobRunOutput,
  cancelJobRun,
  createClient,
  getJobRun,
  type GetJobRunOutput,
  type ListJobRunsInput,
  type ListJobRunsOutput,
  listJobRuns,
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

describe("listJobRuns types", () => {
  it("requires the application; the filters and paging fields are optional", () => {
    void listJobRuns(client, { applicationId: "a" });
    void listJobRuns(client, { applicationId: "a", states: ["RUNNING"], maxResults: 50 });
    // @ts-expect-error the application is required
    void listJobRuns(client, {});
    // @ts-expect-error states is a list of documented states
    void listJobRuns(client, { applicationId: "a", states: ["DONE"] });
    // @ts-expect-error states is a list, not one state
    void listJobRuns(client, { applicationId: "a", states: "RUNNING" });
    // @ts-expect-error createdAtAfter is an ISO 8601 string, not epoch seconds
    void listJobRuns(client, { applicationId: "a", createdAtAfter: 1717430400 });
    expectTypeOf<ListJobRunsInput["nextToken"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ListJobRunsInput["mode"]>().toEqualTypeOf<"BATCH" | "STREAMING" | undefined>();
  });

  it("returns summaries whose state has GetJobRun's type", () => {
    expectTypeOf(listJobRuns).returns.resolves.toEqualTypeOf<ListJobRunsOutput>();
    type Summary = ListJobRunsOutput["jobRuns"][number];
    expectTypeOf<Summary["state"]>().toEqualTypeOf<GetJobRunOutput["jobRun"]["state"]>();
    expectTypeOf<Summary["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Summary["createdAt"]>().toEqualTypeOf<number>();
    expectTypeOf<ListJobRunsOutput["nextToken"]>().toEqualTypeOf<string | undefined>();
  });
});
