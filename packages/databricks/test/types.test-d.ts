import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelAllRunsInput,
  type CancelAllRunsOutput,
  type CancelRunErrorBody,
  type CancelRunInput,
  type CancelRunOutput,
  cancelAllRuns,
  cancelRun,
  createClient,
  type DatabricksClient,
  type GetRunInput,
  type GetRunOutput,
  getRun,
  type ListRunsInput,
  type ListRunsOutput,
  listRuns,
} from "../src/index.js";

const client = createClient();

describe("cancelRun types", () => {
  it("requires runId as a number", () => {
    // @ts-expect-error runId is missing
    void cancelRun(client, {});
    // @ts-expect-error the input object is required
    void cancelRun(client);
    // @ts-expect-error runId must be a number, not a string
    void cancelRun(client, { runId: "455644833" });
    // @ts-expect-error runId must be a number, not a bigint
    void cancelRun(client, { runId: 455644833n });
    // @ts-expect-error the wire name run_id is not an input field
    void cancelRun(client, { run_id: 455644833 });
    // @ts-expect-error unknown fields do not compile
    void cancelRun(client, { runId: 1, jobId: 2 });
    // @ts-expect-error the first argument must be a client
    void cancelRun({}, { runId: 1 });
    // @ts-expect-error workspaceId is a string (the X-Databricks-Workspace-Id header)
    void cancelRun(client, { runId: 1, workspaceId: 1234567890123456 });
    expectTypeOf<CancelRunInput>().toEqualTypeOf<{ runId: number; workspaceId?: string }>();
    expectTypeOf(cancelRun).parameter(0).toEqualTypeOf<DatabricksClient>();
  });

  it("returns the empty-object body", () => {
    expectTypeOf(cancelRun).returns.resolves.toEqualTypeOf<CancelRunOutput>();
    expectTypeOf<CancelRunOutput>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it("types the error body: the envelope (error_code a string, or a legacy integer) or the API 1.2 form", () => {
    type Envelope = Extract<CancelRunErrorBody, { error_code: unknown }>;
    type Api12 = Exclude<CancelRunErrorBody, Envelope>;
    expectTypeOf<Envelope["error_code"]>().toEqualTypeOf<string | number>();
    expectTypeOf<Envelope["message"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Envelope["details"]>[number]["request_id"]>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<Api12["error"]>().toEqualTypeOf<string>();
  });
});

describe("cancelAllRuns types", () => {
  it("takes an optional job id and queued-runs flag", () => {
    void cancelAllRuns(client);
    void cancelAllRuns(client, {});
    void cancelAllRuns(client, { allQueuedRuns: true });
    // @ts-expect-error jobId must be a number
    void cancelAllRuns(client, { jobId: "11223344" });
    // @ts-expect-error allQueuedRuns must be a boolean
    void cancelAllRuns(client, { allQueuedRuns: "true" });
    // @ts-expect-error allQueuedRuns must be a boolean, not a number
    void cancelAllRuns(client, { jobId: 1, allQueuedRuns: 1 });
    // @ts-expect-error unknown fields do not compile
    void cancelAllRuns(client, { runId: 1 });
    expectTypeOf<CancelAllRunsInput>().toEqualTypeOf<{
      jobId?: number;
      allQueuedRuns?: boolean;
      workspaceId?: string;
    }>();
    expectTypeOf(cancelAllRuns).returns.resolves.toEqualTypeOf<CancelAllRunsOutput>();
  });
});

describe("getRun types", () => {
  it("requires runId and types the optional query parameters", () => {
    // @ts-expect-error runId is missing
    void getRun(client, { includeHistory: true });
    // @ts-expect-error runId must be a number
    void getRun(client, { runId: "1" });
    // @ts-expect-error includeHistory must be a boolean
    void getRun(client, { runId: 1, includeHistory: "true" });
    // @ts-expect-error includeResolvedValues must be a boolean
    void getRun(client, { runId: 1, includeResolvedValues: 0 });
    // @ts-expect-error pageToken must be a string
    void getRun(client, { runId: 1, pageToken: 2 });
    // @ts-expect-error the wire name page_token is not an input field
    void getRun(client, { runId: 1, page_token: "t" });
    expectTypeOf<GetRunInput>().toEqualTypeOf<{
      runId: number;
      includeHistory?: boolean;
      includeResolvedValues?: boolean;
      pageToken?: string;
      workspaceId?: string;
    }>();
  });

  it("returns the typed run with open enums", () => {
    expectTypeOf(getRun).returns.resolves.toEqualTypeOf<GetRunOutput>();
    type State = NonNullable<GetRunOutput["state"]>;
    expectTypeOf<"TERMINATED">().toExtend<NonNullable<State["life_cycle_state"]>>();
    expectTypeOf<"CANCELED">().toExtend<NonNullable<State["result_state"]>>();
    type Status = NonNullable<GetRunOutput["status"]>;
    expectTypeOf<"TERMINATED">().toExtend<NonNullable<Status["state"]>>();
    type Code = NonNullable<NonNullable<Status["termination_details"]>["code"]>;
    expectTypeOf<"USER_CANCELED" | "BREAKING_CHANGE">().toExtend<Code>();
    // Open enum: a value Databricks adds later is still a string the type admits.
    expectTypeOf<string>().toExtend<NonNullable<State["life_cycle_state"]>>();
    expectTypeOf<GetRunOutput["run_id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<GetRunOutput["has_more"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<GetRunOutput["next_page_token"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<GetRunOutput["tasks"]>[number]["task_key"]>().toEqualTypeOf<
      string | undefined
    >();
  });
});

describe("listRuns types", () => {
  it("takes only optional filters and paging fields", () => {
    void listRuns(client);
    void listRuns(client, { jobId: 1, activeOnly: true, limit: 25, pageToken: "t" });
    // @ts-expect-error runType is one of the three documented run types
    void listRuns(client, { runType: "TASK_RUN" });
    // @ts-expect-error limit is a number
    void listRuns(client, { limit: "25" });
    // @ts-expect-error startTimeFrom is epoch milliseconds, not a date string
    void listRuns(client, { startTimeFrom: "2022-01-18T16:00:00Z" });
    // @ts-expect-error the wire name page_token is not an input field
    void listRuns(client, { page_token: "t" });
    expectTypeOf<ListRunsInput>().toEqualTypeOf<{
      jobId?: number;
      activeOnly?: boolean;
      completedOnly?: boolean;
      offset?: number;
      limit?: number;
      runType?: "JOB_RUN" | "WORKFLOW_RUN" | "SUBMIT_RUN";
      expandTasks?: boolean;
      startTimeFrom?: number;
      startTimeTo?: number;
      pageToken?: string;
      workspaceId?: string;
    }>();
  });

  it("returns a page of runs with the same state types as getRun", () => {
    expectTypeOf(listRuns).returns.resolves.toEqualTypeOf<ListRunsOutput>();
    type Run = NonNullable<ListRunsOutput["runs"]>[number];
    expectTypeOf<Run["status"]>().toEqualTypeOf<GetRunOutput["status"]>();
    expectTypeOf<Run["state"]>().toEqualTypeOf<GetRunOutput["state"]>();
    expectTypeOf<Run["run_id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListRunsOutput["next_page_token"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ListRunsOutput["has_more"]>().toEqualTypeOf<boolean | undefined>();
  });
});

describe("createClient types", () => {
  it("accepts the spec's server variables only", () => {
    createClient({ server: { apiVersion: "2.1", host: "adb-1.2.azuredatabricks.net" } });
    // @ts-expect-error region is not a server variable of this spec
    createClient({ server: { region: "us-east-1" } });
    // @ts-expect-error apiVersion is a string
    createClient({ server: { apiVersion: 2.1 } });
    // @ts-expect-error authenticate must return a Request
    createClient({ authenticate: () => "Bearer x" });
  });

  it("takes the unified host's workspace id as a string", () => {
    createClient({ workspaceId: "1234567890123456" });
    // @ts-expect-error workspaceId is a string, not a number
    createClient({ workspaceId: 1234567890123456 });
  });
});
