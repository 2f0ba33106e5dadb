// Property: for any string used as an id, the request is either refused with a ValidationError
// (nothing sent) or goes to the client's own origin with exactly the template's segment count.
import { serializePath, ValidationError } from "@cancel/core";
import * as emr from "@cancel/emr-serverless";
import * as fabric from "@cancel/fabric-workload";
import * as dli from "@cancel/huawei-dli";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    ".",
    "..",
    "...",
    "/",
    "//",
    "../x",
    "%2e%2e",
    "%2F",
    "?a=1",
    "#frag",
    "a/../../b",
    "\\..\\",
    "@evil.example",
    " ",
    "\r\n",
    "\u0000",
    "é/é",
  ),
  fc
    .array(fc.constantFrom(".", "/", "%", "?", "#", "a", "\\", "@", ":"), { maxLength: 8 })
    .map((parts) => parts.join("")),
);

function capture() {
  const urls: URL[] = [];
  const fetch = async (url: string) => {
    urls.push(new URL(url));
    return Response.json({
      status: "Cancelled",
      applicationId: "a",
      jobRunId: "b",
      is_success: true,
    });
  };
  return { urls, fetch };
}

async function check(send: () => Promise<unknown>, urls: URL[], origin: string, segments: number) {
  const before = urls.length;
  const outcome = await send().then(
    () => undefined,
    (error: unknown) => error,
  );
  if (outcome !== undefined) {
    expect(outcome).toBeInstanceOf(ValidationError);
    expect(urls.length).toBe(before);
    return;
  }
  expect(urls.length).toBe(before + 1);
  const url = urls[urls.length - 1]!;
  expect(url.origin).toBe(origin);
  expect(url.pathname.split("/").length - 1).toBe(segments);
}

describe("path building keeps origin and shape for any id", () => {
  it("core serializePath: one segment per value or a ValidationError", () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        try {
          const path = serializePath("/x/{a}/y/{b}", { a, b });
          const url = new URL(`https://h.example${path}`);
          return (
            url.origin === "https://h.example" &&
            url.pathname.split("/").length - 1 === 4 &&
            url.search === "" &&
            url.hash === ""
          );
        } catch (error) {
          return error instanceof ValidationError;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("fabric (free-form itemType and jobType)", async () => {
    const { urls, fetch } = capture();
    const client = fabric.createClient({
      fetch,
      baseUrl: "https://workload.example/api",
      authenticate: (r) => r,
      retry: false,
    });
    const ids = {
      workspaceId: "e5ef604d-e14f-4a59-9133-75d5a0cb9334",
      itemId: "b14cb7e7-d346-4751-9cfd-8c2767d53111",
      jobInstanceId: "63f77191-432d-4ee6-9c5f-31a1a6987072",
      activityId: "a",
      requestId: "r",
      tenantId: "t",
    };
    await fc.assert(
      fc.asyncProperty(nasty, nasty, async (itemType, jobType) => {
        await check(
          () => fabric.cancelItemJobInstance(client, { ...ids, itemType, jobType }),
          urls,
          "https://workload.example",
          // /api/workspaces/{w}/items/{t}/{i}/jobTypes/{j}/instances/{n}/cancel
          11,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("EMR (pattern-constrained ids)", async () => {
    const { urls, fetch } = capture();
    const client = emr.createClient({
      fetch,
      baseUrl: "https://emr-serverless.us-east-1.amazonaws.com",
      authenticate: (r) => r,
      retry: false,
    });
    await fc.assert(
      fc.asyncProperty(
        nasty,
        fc.oneof(nasty, fc.stringMatching(/^[0-9a-z]{1,64}$/)),
        async (applicationId, jobRunId) => {
          await check(
            () => emr.cancelJobRun(client, { applicationId, jobRunId }),
            urls,
            "https://emr-serverless.us-east-1.amazonaws.com",
            4,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("DLI (job ids with hyphens)", async () => {
    const { urls, fetch } = capture();
    const client = dli.createClient({
      fetch,
      baseUrl: "https://dli.cn-north-4.myhuaweicloud.com",
      authenticate: (r) => r,
      retry: false,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(nasty, fc.stringMatching(/^[A-Za-z0-9]{1,64}$/)),
        nasty,
        async (projectId, jobId) => {
          await check(
            () => dli.cancelSqlJob(client, { projectId, jobId }),
            urls,
            "https://dli.cn-north-4.myhuaweicloud.com",
            4,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
