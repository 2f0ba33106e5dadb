import type { ConfirmedCancel } from "@cancel/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelSqlJobErrorBody,
  type CancelSqlJobInput,
  type CancelSqlJobOutput,
  cancelSqlJob,
  cancelSqlJobConfirmed,
  type components,
  createClient,
  type JobStatus,
  type ListSqlJobsInput,
  type ListSqlJobsOutput,
  listSqlJobs,
  type ServerVariables,
  type ShowSqlJobStatusInput,
  type ShowSqlJobStatusOutput,
  showSqlJobStatus,
} from "../src/index.js";

const client = createClient();

describe("cancelSqlJob types", () => {
  it("requires projectId and jobId as strings", () => {
    // @ts-expect-error jobId is missing
    void cancelSqlJob(client, { projectId: "p" });
    // @ts-expect-error projectId is missing
    void cancelSqlJob(client, { jobId: "j" });
    // @ts-expect-error jobId must be a string
    void cancelSqlJob(client, { projectId: "p", jobId: 7 });
    // @ts-expect-error projectId must be a string
    void cancelSqlJob(client, { projectId: ["p"], jobId: "j" });
    // @ts-expect-error wire names are not input keys
    void cancelSqlJob(client, { project_id: "p", job_id: "j" });
    // @ts-expect-error the discarded API's queue name is not a field
    void cancelSqlJob(client, { projectId: "p", jobId: "j", queueName: "default" });
    // @ts-expect-error the input object is required
    void cancelSqlJob(client);
    expectTypeOf<CancelSqlJobInput>().toEqualTypeOf<{ projectId: string; jobId: string }>();
  });

  it("returns {is_success?, message?}", () => {
    expectTypeOf(cancelSqlJob).returns.resolves.toEqualTypeOf<CancelSqlJobOutput>();
    expectTypeOf<CancelSqlJobOutput>().toEqualTypeOf<{ is_success?: boolean; message?: string }>();
    expectTypeOf<CancelSqlJobErrorBody>().toMatchTypeOf<{
      error_code?: string;
      error_msg?: string;
    }>();
  });
});

describe("cancelSqlJobConfirmed types", () => {
  it("takes the cancel's input and returns the confirmed outcome with both bodies typed", () => {
    expectTypeOf(cancelSqlJobConfirmed).parameter(1).toEqualTypeOf<CancelSqlJobInput>();
    expectTypeOf(cancelSqlJobConfirmed).returns.resolves.toEqualTypeOf<
      ConfirmedCancel<CancelSqlJobOutput, ShowSqlJobStatusOutput>
    >();
    // @ts-expect-error jobId is missing
    void cancelSqlJobConfirmed(client, { projectId: "p" });
  });
});

describe("showSqlJobStatus types", () => {
  it("takes the same input", () => {
    expectTypeOf<ShowSqlJobStatusInput>().toEqualTypeOf<CancelSqlJobInput>();
    // @ts-expect-error jobId must be a string
    void showSqlJobStatus(client, { projectId: "p", jobId: undefined });
  });

  it("returns a required job_id and status", () => {
    expectTypeOf(showSqlJobStatus).returns.resolves.toEqualTypeOf<ShowSqlJobStatusOutput>();
    // Open enums: the documented values stay in the type, any other string is accepted.
    expectTypeOf<ShowSqlJobStatusOutput["status"]>().toEqualTypeOf<JobStatus>();
    expectTypeOf<"CANCELLED">().toMatchTypeOf<ShowSqlJobStatusOutput["status"]>();
    expectTypeOf<"SOME_FUTURE_STATE">().toMatchTypeOf<ShowSqlJobStatusOutput["status"]>();
    type JobType = components["schemas"]["JobType"];
    expectTypeOf<ShowSqlJobStatusOutput["job_type"]>().toEqualTypeOf<JobType | undefined>();
    expectTypeOf<JobType>().not.toEqualTypeOf<string>();
    expectTypeOf<"SCALE_QUEUE" | "DATA_MIGRATION" | "SOME_NEW_TYPE">().toMatchTypeOf<JobType>();
    expectTypeOf<Extract<JobType, "QUERY" | "INSERT">>().toEqualTypeOf<"QUERY" | "INSERT">();
    type JobMode = components["schemas"]["JobMode"];
    expectTypeOf<ShowSqlJobStatusOutput["job_mode"]>().toEqualTypeOf<JobMode | undefined>();
    expectTypeOf<Extract<JobMode, "async" | "sync">>().toEqualTypeOf<"async" | "sync">();
    expectTypeOf<"sync" | "other">().toMatchTypeOf<JobMode>();
    expectTypeOf<ShowSqlJobStatusOutput["job_id"]>().toEqualTypeOf<string>();
    expectTypeOf<ShowSqlJobStatusOutput["start_time"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<ShowSqlJobStatusOutput["tags"]>[number]>().toEqualTypeOf<{
      key: string;
      value: string;
    }>();
    // @ts-expect-error is_success is optional and may be undefined
    const ok: boolean = ({} as ShowSqlJobStatusOutput).is_success;
    void ok;
  });
});

describe("createClient types", () => {
  it("accepts only the spec's server variables", () => {
    expectTypeOf<ServerVariables>().toEqualTypeOf<{
      domainSuffix?: "myhuaweicloud.com" | "myhuaweicloud.eu";
      region?: string;
    }>();
    // @ts-expect-error a suffix outside the spec's enum does not compile
    void createClient({ server: { domainSuffix: "myhuaweicloud.cn" } });
    // @ts-expect-error unknown server variables do not compile
    void createClient({ server: { suffix: "myhuaweicloud.eu" } });
    // @ts-expect-error region must be a string
    void createClient({ server: { region: true } });
  });
});

describe("listSqlJobs types", () => {
  it("requires the project; the filters and page fields are optional, with the vendor's values", () => {
    void listSqlJobs(client, { projectId: "p" });
    void listSqlJobs(client, {
      projectId: "p",
      pageSize: 100,
      currentPage: 2,
      jobStatus: "RUNNING",
    });
    // @ts-expect-error the project is required
    void listSqlJobs(client, {});
    // @ts-expect-error job-status is one of the documented statuses
    void listSqlJobs(client, { projectId: "p", jobStatus: "KILLED" });
    // @ts-expect-error job_types is a list
    void listSqlJobs(client, { projectId: "p", jobTypes: "QUERY" });
    // @ts-expect-error the wire name page-size is not an input key
    void listSqlJobs(client, { projectId: "p", "page-size": 10 });
    expectTypeOf<ListSqlJobsInput["currentPage"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListSqlJobsInput["start"]>().toEqualTypeOf<number | undefined>();
  });

  it("returns the total count and jobs whose status is showSqlJobStatus's", () => {
    expectTypeOf(listSqlJobs).returns.resolves.toEqualTypeOf<ListSqlJobsOutput>();
    expectTypeOf<ListSqlJobsOutput["job_count"]>().toEqualTypeOf<number>();
    type Job = ListSqlJobsOutput["jobs"][number];
    expectTypeOf<Job["status"]>().toEqualTypeOf<ShowSqlJobStatusOutput["status"]>();
    expectTypeOf<Job["job_id"]>().toEqualTypeOf<string>();
    expectTypeOf<Job["start_time"]>().toEqualTypeOf<number>();
  });
});
