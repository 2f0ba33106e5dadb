import type { ApiError, ConfirmedCancel } from "@cancel/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelJobExecutionInput,
  type CancelJobExecutionOutput,
  cancelJobExecution,
  cancelJobExecutionConfirmed,
  createClient,
  type HuaweiMrsClientOptions,
  type JobExecutionStatus,
  type JobResult,
  type JobState,
  type ServerVariables,
  type ShowJobExecutionInput,
  type ShowJobExecutionOutput,
  type ShowJobExeListNewInput,
  type ShowJobExeListNewOutput,
  type ShowSingleJobExeInput,
  type ShowSingleJobExeOutput,
  type StopJobErrorBody,
  type StopJobInput,
  type StopJobOutput,
  showJobExecution,
  showJobExeListNew,
  showSingleJobExe,
  stopJob,
  stopJobConfirmed,
} from "../src/index.js";

const client = createClient();
const ids = { projectId: "p", clusterId: "c", jobExecutionId: "j" };

describe("stopJob types", () => {
  it("requires projectId, clusterId and jobExecutionId as strings", () => {
    // @ts-expect-error clusterId is missing
    void stopJob(client, { projectId: "p", jobExecutionId: "j" });
    // @ts-expect-error projectId is missing
    void stopJob(client, { clusterId: "c", jobExecutionId: "j" });
    // @ts-expect-error jobExecutionId is missing
    void stopJob(client, { projectId: "p", clusterId: "c" });
    // @ts-expect-error jobExecutionId must be a string
    void stopJob(client, { projectId: "p", clusterId: "c", jobExecutionId: 42 });
    // @ts-expect-error clusterId must be a string
    void stopJob(client, { projectId: "p", clusterId: null, jobExecutionId: "j" });
    // @ts-expect-error projectId must not be undefined
    void stopJob(client, { projectId: undefined, clusterId: "c", jobExecutionId: "j" });
    // @ts-expect-error wire names are not input keys
    void stopJob(client, { project_id: "p", cluster_id: "c", job_execution_id: "j" });
    // @ts-expect-error unknown fields do not compile
    void stopJob(client, { ...ids, body: {} });
    // @ts-expect-error the input object is required
    void stopJob(client);
    // @ts-expect-error the client is required
    void stopJob(ids);
    expectTypeOf<StopJobInput>().toEqualTypeOf<{
      projectId: string;
      clusterId: string;
      jobExecutionId: string;
    }>();
  });

  it("resolves undefined (no body); a 0175 is thrown by stopJob and settled by stopJobConfirmed", () => {
    expectTypeOf<StopJobOutput>().toEqualTypeOf<undefined>();
    expectTypeOf(stopJob).returns.resolves.toEqualTypeOf<undefined>();
    expectTypeOf(stopJobConfirmed).parameter(1).toEqualTypeOf<StopJobInput>();
    expectTypeOf(stopJobConfirmed).returns.resolves.toEqualTypeOf<
      ConfirmedCancel<undefined, ShowSingleJobExeOutput>
    >();
  });

  it("types the documented error body", () => {
    expectTypeOf<StopJobErrorBody>().toMatchTypeOf<{
      error_code?: string;
      error_msg?: string;
      message?: string;
    }>();
    expectTypeOf<ApiError["code"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("showSingleJobExe types", () => {
  it("requires the same three ids", () => {
    // @ts-expect-error clusterId is missing
    void showSingleJobExe(client, { projectId: "p", jobExecutionId: "j" });
    // @ts-expect-error jobExecutionId must be a string
    void showSingleJobExe(client, { projectId: "p", clusterId: "c", jobExecutionId: ["j"] });
    expectTypeOf<ShowSingleJobExeInput>().toEqualTypeOf<StopJobInput>();
  });

  it("returns the typed job_detail", () => {
    expectTypeOf(showSingleJobExe).returns.resolves.toEqualTypeOf<ShowSingleJobExeOutput>();
    // Open enums: the documented values complete in an editor, any other string is accepted.
    expectTypeOf<ShowSingleJobExeOutput["job_detail"]["job_state"]>().toEqualTypeOf<
      JobState | undefined
    >();
    expectTypeOf<ShowSingleJobExeOutput["job_detail"]["job_result"]>().toEqualTypeOf<
      JobResult | undefined
    >();
    expectTypeOf<"KILLED">().toMatchTypeOf<JobState>();
    expectTypeOf<"SOMETHING_NEW">().toMatchTypeOf<JobState>();
    expectTypeOf<ShowSingleJobExeOutput["job_detail"]["job_progress"]>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<ShowSingleJobExeOutput["job_detail"]["finished_time"]>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<ShowSingleJobExeOutput["job_detail"]["properties"]>().toEqualTypeOf<
      string | { [key: string]: unknown } | undefined
    >();
    expectTypeOf<ShowSingleJobExeOutput["job_detail"]["arguments"]>().toEqualTypeOf<
      string | string[] | undefined
    >();
    // @ts-expect-error job_detail is not optional: no `?.` needed, and no other top-level member
    void ((r: ShowSingleJobExeOutput) => r.job_details);
  });
});

describe("cancelJobExecution types", () => {
  it("takes projectId and jobExecutionId only", () => {
    // @ts-expect-error jobExecutionId is missing
    void cancelJobExecution(client, { projectId: "p" });
    // @ts-expect-error projectId must be a string
    void cancelJobExecution(client, { projectId: 1, jobExecutionId: "j" });
    // @ts-expect-error the V1.1 API has no cluster id
    void cancelJobExecution(client, { projectId: "p", clusterId: "c", jobExecutionId: "j" });
    expectTypeOf<CancelJobExecutionInput>().toEqualTypeOf<{
      projectId: string;
      jobExecutionId: string;
    }>();
  });

  it("returns the nullable Sahara fields of job_execution", () => {
    type Execution = CancelJobExecutionOutput["job_execution"];
    expectTypeOf(cancelJobExecution).returns.resolves.toEqualTypeOf<CancelJobExecutionOutput>();
    expectTypeOf<Execution["end_time"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Execution["is_protected"]>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<Execution["id"]>().toEqualTypeOf<string | undefined>();
    // Free-form Sahara objects are open maps (not `Record<string, never>`), with the documented
    // members of mrs_02_0051 typed.
    type Configs = NonNullable<Execution["job_configs"]>;
    expectTypeOf<Configs["args"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Configs["anything"]>().toEqualTypeOf<unknown>();
    const configs: Execution["job_configs"] = { configs: { "mapreduce.job.queue": "default" } };
    void configs;
    // info: null, or an object whose status is the job execution's state (an open enum).
    expectTypeOf<Extract<Execution["info"], null>>().toEqualTypeOf<null>();
    expectTypeOf<NonNullable<Execution["info"]>["status"]>().toEqualTypeOf<
      JobExecutionStatus | undefined
    >();
    expectTypeOf<NonNullable<Execution["info"]>["anything"]>().toEqualTypeOf<unknown>();
    // @ts-expect-error info is a key-value set, not a string
    const info: Execution["info"] = "RUNNING";
    void info;
    expectTypeOf<Execution>().toHaveProperty("engine_job_id");
    expectTypeOf<Execution>().toHaveProperty("data_source_urls");
  });

  it("is confirmed through showJobExecution, which reads the same job execution", () => {
    expectTypeOf<ShowJobExecutionInput>().toEqualTypeOf<CancelJobExecutionInput>();
    expectTypeOf<ShowJobExecutionOutput["job_execution"]>().toEqualTypeOf<
      CancelJobExecutionOutput["job_execution"]
    >();
    expectTypeOf(showJobExecution).returns.resolves.toEqualTypeOf<ShowJobExecutionOutput>();
    // @ts-expect-error the V1.1 read has no cluster id either
    void showJobExecution(client, { projectId: "p", clusterId: "c", jobExecutionId: "j" });
    expectTypeOf(cancelJobExecutionConfirmed).returns.resolves.toEqualTypeOf<
      ConfirmedCancel<CancelJobExecutionOutput, ShowJobExecutionOutput>
    >();
  });
});

describe("createClient types", () => {
  it("accepts server variables, and only those", () => {
    expectTypeOf<ServerVariables>().toEqualTypeOf<{
      domainSuffix?: "myhuaweicloud.com" | "myhuaweicloud.cn" | "myhuaweicloud.eu";
      region?: string;
    }>();
    // @ts-expect-error a suffix outside the spec's enum does not compile
    void createClient({ server: { domainSuffix: "myhuaweicloud.org" } });
    expectTypeOf(createClient).parameter(0).toEqualTypeOf<HuaweiMrsClientOptions | undefined>();
    // @ts-expect-error region must be a string
    void createClient({ server: { region: 4 } });
    // @ts-expect-error unknown server variables do not compile
    void createClient({ server: { zone: "a" } });
    // @ts-expect-error the hook must return a Request
    void createClient({ authenticate: () => "token" });
    // @ts-expect-error timeoutMs is a number
    void createClient({ timeoutMs: "5s" });
  });
});

describe("showJobExeListNew types", () => {
  it("requires the project and cluster; filters and the page are optional", () => {
    const cluster = { projectId: "p", clusterId: "c" };
    void showJobExeListNew(client, cluster);
    void showJobExeListNew(client, { ...cluster, jobState: "RUNNING", limit: 100, offset: 2 });
    // @ts-expect-error the cluster is required
    void showJobExeListNew(client, { projectId: "p" });
    // @ts-expect-error job_state takes the SDK's spelling NEW, not the page's New
    void showJobExeListNew(client, { ...cluster, jobState: "New" });
    // @ts-expect-error offset is a number (a page number)
    void showJobExeListNew(client, { ...cluster, offset: "1" });
    expectTypeOf<ShowJobExeListNewInput["sortBy"]>().toEqualTypeOf<"asc" | "desc" | undefined>();
  });

  it("returns JobQueryBeans, as showSingleJobExe's job_detail", () => {
    expectTypeOf(showJobExeListNew).returns.resolves.toEqualTypeOf<ShowJobExeListNewOutput>();
    type Job = NonNullable<ShowJobExeListNewOutput["job_list"]>[number];
    expectTypeOf<Job>().toEqualTypeOf<ShowSingleJobExeOutput["job_detail"]>();
    expectTypeOf<ShowJobExeListNewOutput["total_record"]>().toEqualTypeOf<number | undefined>();
  });
});
