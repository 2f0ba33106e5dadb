import { ApiError, NotFoundError, ValidationError } from "@cancel/core";
import { createMockServer, specExamples } from "@cancel/testkit";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  allOperations,
  cancelJobRun,
  createClient,
  getJobRun,
  type ListJobRunsOutput,
  listJobRuns,
} from "../src/index.js";

const BASE = "https://emr-serverless.us-east-1.amazonaws.com";
const APP = "00f1r6ss7gs9ue09";
const RUN = "00f1s0tqg1gkas09";
const mock = createMockServer();
const examples = specExamples("emr-serverless");
// Auth at this stage is a plain header; SigV4 signing is tested in the auth suite.
const client = createClient({
  // One answer per call in this suite: retries are proven by the fault-injection suite.
  retry: false,
  authenticate: (request) => {
    request.headers.set("authorization", "test-auth");
    return request;
  },
});

beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const JOB_RUN = "/applications/:applicationId/jobruns/:jobRunId";
const JOB_RUNS = "/applications/:applicationId/jobruns";

function serve(
  method: "get" | "delete",
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  path = JOB_RUN,
) {
  const respond = () =>
    body === undefined
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body, { status, headers });
  mock.use(http[method](`${BASE}${path}`, respond));
}

describe("cancelJobRun", () => {
  it("sends DELETE with encoded path and the grace period as a query parameter", async () => {
    const example = examples.cancelJobRun!.success[0]!;
    serve("delete", 200, example.value, { "x-amzn-RequestId": "req-123" });
    const result = await cancelJobRun(client, {
      applicationId: APP,
      jobRunId: RUN,
      shutdownGracePeriodInSeconds: 300,
    });
    expect(result).toEqual(example.value);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("DELETE");
    expect(request!.url.href).toBe(
      `${BASE}/applications/${APP}/jobruns/${RUN}?shutdownGracePeriodInSeconds=300`,
    );
    expect(request!.headers.authorization).toBe("test-auth");
    expect(request!.body).toBe("");
  });

  it("omits the query parameter when no grace period is given", async () => {
    serve("delete", 200, { applicationId: APP, jobRunId: RUN });
    await cancelJobRun(client, { applicationId: APP, jobRunId: RUN });
    expect(mock.requests[0]!.url.href).toBe(`${BASE}/applications/${APP}/jobruns/${RUN}`);
  });
});

describe("getJobRun", () => {
  it("sends GET with the attempt query parameter and returns the typed job run", async () => {
    const example = examples.getJobRun!.success[0]!;
    serve("get", 200, example.value);
    const result = await getJobRun(client, { applicationId: APP, jobRunId: RUN, attempt: 2 });
    expect(result).toEqual(example.value);
    expect(result.jobRun.state).toBe((example.value as { jobRun: { state: string } }).jobRun.state);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/applications/${APP}/jobruns/${RUN}?attempt=2`);
  });
});

describe("listJobRuns", () => {
  const page = (name: string) =>
    examples.listJobRuns!.success.find((e) => e.name === name)!.value as ListJobRunsOutput;

  it.each(examples.listJobRuns!.success.map((e) => [e.name, e] as const))(
    "returns the typed page of the %s example",
    async (_name, example) => {
      serve("get", 200, example.value, {}, JOB_RUNS);
      expect(await listJobRuns(client, { applicationId: APP })).toEqual(example.value);
    },
  );

  it("reads each summary's id, state and creation time (epoch seconds) and the next token", async () => {
    serve("get", 200, page("firstPage"), {}, JOB_RUNS);
    const result = await listJobRuns(client, { applicationId: APP });
    expect(result.jobRuns.map((run) => [run.id, run.state, run.createdAt])).toEqual([
      [RUN, "RUNNING", 1717430400.123],
      ["00f1rq3bcd8nlu09", "CANCELLED", 1717344000.5],
    ]);
    expect(result.nextToken).toBe(
      "AAMA-EFRSURBSGhNdHJQcWxGVDJ6eHNiZkJ4SVp0c0c1VHpHbDRSeDdXQWZIUVF3",
    );
    expect(page("lastPage").nextToken).toBeUndefined();
  });

  it.each([
    { name: "only the application", input: {}, search: "" },
    {
      name: "states as repeated parameters",
      input: { states: ["RUNNING" as const, "QUEUED" as const] },
      search: "?states=RUNNING&states=QUEUED",
    },
    {
      name: "every filter, in the spec's order",
      input: {
        mode: "BATCH" as const,
        states: ["CANCELLING" as const],
        createdAtBefore: "2024-06-04T16:00:00Z",
        createdAtAfter: "2024-06-03T16:00:00+02:00",
        maxResults: 50,
        nextToken: "AAMA-EFRSURB==",
      },
      search:
        "?nextToken=AAMA-EFRSURB%3D%3D&maxResults=50&createdAtAfter=2024-06-03T16%3A00%3A00%2B02%3A00&createdAtBefore=2024-06-04T16%3A00%3A00Z&states=CANCELLING&mode=BATCH",
    },
    { name: "an empty states list", input: { states: [] }, search: "" },
  ])("sends GET …/jobruns with $name", async ({ input, search }) => {
    serve("get", 200, page("noJobRuns"), {}, JOB_RUNS);
    await listJobRuns(client, { applicationId: APP, ...input });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url.href).toBe(`${BASE}/applications/${APP}/jobruns${search}`);
    expect(request!.body).toBe("");
  });

  it("pages with nextToken, keeping the filters, until an answer has none", async () => {
    mock.use(
      http.get(`${BASE}${JOB_RUNS}`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.has("nextToken") ? page("lastPage") : page("firstPage"),
        ),
      ),
    );
    const ids: string[] = [];
    let nextToken: string | undefined;
    do {
      const result = await listJobRuns(client, {
        applicationId: APP,
        states: ["RUNNING", "SUCCESS", "CANCELLED"],
        maxResults: 2,
        ...(nextToken ? { nextToken } : {}),
      });
      ids.push(...result.jobRuns.map((run) => run.id));
      nextToken = result.nextToken;
    } while (nextToken);
    expect(ids).toEqual([RUN, "00f1rq3bcd8nlu09", "00f1rk2l0mnkvs09"]);
    expect(mock.requests.map((r) => r.url.search)).toEqual([
      "?maxResults=2&states=RUNNING&states=SUCCESS&states=CANCELLED",
      "?nextToken=AAMA-EFRSURBSGhNdHJQcWxGVDJ6eHNiZkJ4SVp0c0c1VHpHbDRSeDdXQWZIUVF3&maxResults=2&states=RUNNING&states=SUCCESS&states=CANCELLED",
    ]);
  });
});

describe("listJobRuns rejects invalid input", () => {
  it.each([
    { name: "no applicationId", input: {}, field: "applicationId" },
    { name: "maxResults 0", input: { applicationId: APP, maxResults: 0 }, field: "maxResults" },
    { name: "maxResults 51", input: { applicationId: APP, maxResults: 51 }, field: "maxResults" },
    {
      name: "fractional maxResults",
      input: { applicationId: APP, maxResults: 2.5 },
      field: "maxResults",
    },
    { name: "empty nextToken", input: { applicationId: APP, nextToken: "" }, field: "nextToken" },
    {
      name: "nextToken outside its pattern",
      input: { applicationId: APP, nextToken: "a/b" },
      field: "nextToken",
    },
    {
      name: "1025-character nextToken",
      input: { applicationId: APP, nextToken: "a".repeat(1025) },
      field: "nextToken",
    },
    {
      name: "unknown state",
      input: { applicationId: APP, states: ["RUNNING", "DONE"] },
      field: "states",
    },
    {
      name: "nine states",
      input: { applicationId: APP, states: Array(9).fill("RUNNING") },
      field: "states",
    },
    {
      name: "one state not in a list",
      input: { applicationId: APP, states: "RUNNING" },
      field: "states",
    },
    {
      name: "createdAtAfter without a time zone",
      input: { applicationId: APP, createdAtAfter: "2024-06-03T16:00:00" },
      field: "createdAtAfter",
    },
    {
      name: "createdAtBefore as epoch seconds",
      input: { applicationId: APP, createdAtBefore: 1717430400 },
      field: "createdAtBefore",
    },
    { name: "unknown mode", input: { applicationId: APP, mode: "batch" }, field: "mode" },
    {
      name: "wire-style field",
      input: { applicationId: APP, next_token: "abc" },
      field: "next_token",
    },
  ])("$name", async ({ input, field }) => {
    const error = await listJobRuns(client, input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toEqual([field]);
    expect((error as ValidationError).operation).toBe("listJobRuns");
    expect(mock.requests).toHaveLength(0);
  });
});

// Every documented error example of every operation becomes a typed error carrying the vendor's
// error type (from X-Amzn-ErrorType, as restJson1 sends it), message and request id.
const errorCases = Object.entries(examples).flatMap(([operationId, op]) =>
  op.errors.map((example) => ({ operationId, method: op.method, ...example })),
);

describe.each(errorCases)(
  "$operationId answers $status ($name)",
  ({ operationId, method, status, summary, value }) => {
    it("throws a typed ApiError with the vendor's code, message and request id", async () => {
      const errorType = summary!.split(" ")[0]!;
      serve(
        method.toLowerCase() as "get" | "delete",
        Number(status),
        value,
        {
          "X-Amzn-ErrorType": `${errorType}:http://internal.amazon.com/coral/com.amazonaws.emrserverless/`,
          "x-amzn-RequestId": "req-err-1",
        },
        operationId === "listJobRuns" ? JOB_RUNS : JOB_RUN,
      );
      const operation = allOperations[operationId as keyof typeof allOperations];
      const error = await (
        operation === allOperations.listJobRuns
          ? listJobRuns(client, { applicationId: APP })
          : (operation === allOperations.cancelJobRun ? cancelJobRun : getJobRun)(client, {
              applicationId: APP,
              jobRunId: RUN,
            })
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.status).toBe(Number(status));
      expect(apiError.code).toBe(errorType);
      expect(apiError.vendorMessage).toBe((value as { message: string }).message);
      expect(apiError.requestId).toBe("req-err-1");
      expect(apiError.provider).toBe("emr-serverless");
      expect(apiError.operation).toBe(operationId);
      if (status === "404") expect(apiError).toBeInstanceOf(NotFoundError);
      expect(mock.requests).toHaveLength(1);
    });
  },
);

const invalidInputs: { name: string; input: Record<string, unknown>; field: string }[] = [
  { name: "missing applicationId", input: { jobRunId: RUN }, field: "applicationId" },
  { name: "missing jobRunId", input: { applicationId: APP }, field: "jobRunId" },
  {
    name: "upper-case applicationId",
    input: { applicationId: "App1", jobRunId: RUN },
    field: "applicationId",
  },
  { name: "empty jobRunId", input: { applicationId: APP, jobRunId: "" }, field: "jobRunId" },
  {
    name: "65-character jobRunId",
    input: { applicationId: APP, jobRunId: "a".repeat(65) },
    field: "jobRunId",
  },
  {
    name: "jobRunId with a slash",
    input: { applicationId: APP, jobRunId: "a/b" },
    field: "jobRunId",
  },
  { name: "jobRunId '..'", input: { applicationId: APP, jobRunId: ".." }, field: "jobRunId" },
  { name: "numeric jobRunId", input: { applicationId: APP, jobRunId: 42 }, field: "jobRunId" },
  {
    name: "grace period 5 s",
    input: { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 5 },
    field: "shutdownGracePeriodInSeconds",
  },
  {
    name: "grace period 1801 s",
    input: { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 1801 },
    field: "shutdownGracePeriodInSeconds",
  },
  {
    name: "fractional grace period",
    input: { applicationId: APP, jobRunId: RUN, shutdownGracePeriodInSeconds: 15.5 },
    field: "shutdownGracePeriodInSeconds",
  },
  {
    name: "unknown field",
    input: { applicationId: APP, jobRunId: RUN, jobRunID: RUN },
    field: "jobRunID",
  },
];

describe.each(invalidInputs)("cancelJobRun rejects $name", ({ input, field }) => {
  it("throws a ValidationError naming the field and sends nothing", async () => {
    const error = await cancelJobRun(client, input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toContain(field);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("getJobRun rejects invalid input", () => {
  // AttemptNumber is a Smithy integer (int32), at least 1.
  it.each([0, -1, 1.5, 2 ** 31])("attempt %s", async (attempt) => {
    const error = await getJobRun(client, { applicationId: APP, jobRunId: RUN, attempt }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(mock.requests).toHaveLength(0);
  });
});
