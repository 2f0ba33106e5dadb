import type { AlreadyTerminal } from "@cancel/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CancelSqlJobErrorBody,
  type CancelSqlJobInput,
  type CancelSqlJobOutput,
  cancelSqlJob,
  createClient,
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

  it("returns {is_success?, message?}, or AlreadyTerminal for a finished job", () => {
    expectTypeOf(cancelSqlJob).returns.resolves.toEqualTypeOf<CancelSqlJobOutput>();
    expectTypeOf<CancelSqlJobOutput>().toEqualTypeOf<
      { is_success?: boolean; message?: string } | AlreadyTerminal
    >();
    expectTypeOf<CancelSqlJobErrorBody>().toMatchTypeOf<{
      error_code?: string;
      error_msg?: string;
    }>();
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
    expectTypeOf<ShowSqlJobStatusOutput["status"]>().toEqualTypeOf<string>();
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
